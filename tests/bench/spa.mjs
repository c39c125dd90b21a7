// Single-page navigation and re-rendering, simulated on the script-less fixtures the way the e2e helpers do it
// (tests/e2e/support/spa.ts swapToFixture, tests/e2e/planning-time-page.ts swapCalendar), in plain JavaScript so
// bare node runs it. The bench additionally stamps `__bench.t.render` (page time) right after the new view is
// put in (and `renderPainted` after the next frame), and resets the probe's other stamps, so "→ panel
// updated" is measured from Google's render.

/** Defines `window.__benchSpa` in the page: `classroom(html)` and `calendar(html)` put a new view in place. */
function installSpa() {
  if (window.__benchSpa) return;
  // The fixtures' CSP requires Trusted Types but names no policies, so any policy name is allowed.
  const policy = window.trustedTypes.createPolicy('tandem-bench', { createHTML: (input) => input });
  const parse = (html) => new DOMParser().parseFromString(policy.createHTML(html), 'text/html');
  const imported = (nodes) => [...nodes].map((node) => document.importNode(node, true));
  const staleViews = (body) =>
    [...body.children].filter(
      (element) =>
        !element.hasAttribute('data-tandem-host') && /display\s*:\s*none/i.test(element.getAttribute('style') ?? ''),
    );
  const fixtureStyles = (head) =>
    [...head.querySelectorAll(':scope > style')].filter((style) => style.attributes.length === 0);
  window.__benchSpa = {
    // Classroom: title, banner, fixture styles, hidden stale views and the main area's children.
    classroom(html) {
      const next = parse(html);
      const main = document.querySelector('[role="main"]');
      const nextMain = next.querySelector('[role="main"]');
      document.title = next.title;
      const banner = document.querySelector('header[role="banner"]');
      const nextBanner = next.querySelector('header[role="banner"]');
      if (banner && nextBanner) banner.replaceChildren(...imported(nextBanner.childNodes));
      const styles = fixtureStyles(document.head);
      for (const style of styles.slice(1)) style.remove();
      const nextStyles = imported(fixtureStyles(next.head));
      if (styles[0]) styles[0].replaceWith(...nextStyles);
      else document.head.append(...nextStyles);
      for (const view of staleViews(document.body)) view.remove();
      main.before(...imported(staleViews(next.body)));
      main.replaceChildren(...imported(nextMain.childNodes));
    },
    // Calendar: every child of <body> except Tandem's own hosts is replaced (the grid and its chips too).
    calendar(html) {
      const next = parse(html);
      for (const child of [...document.body.children]) {
        if (!child.hasAttribute('data-tandem-host')) child.remove();
      }
      const hosts = document.body.firstChild;
      for (const child of [...next.body.children]) document.body.insertBefore(child, hosts);
      document.title = next.title;
    },
  };
}

/** Installs the helpers in the page (once per document; measured runs call this before they start). */
export async function prepareSpa(page) {
  await page.evaluate(installSpa);
}

/**
 * Classroom's single-page navigation to `url` showing `html`: pushState first, the new view 50 ms later (as
 * Classroom renders after the URL changes). `expectTitle` is the lesson title the panel must then show.
 */
export async function classroomNavigate(page, url, html, expectTitle) {
  await page.evaluate(installSpa);
  await page.evaluate(
    ({ url, html, expectTitle }) => {
      const bench = window.__bench;
      bench.t = {};
      bench.expectTitle = expectTitle;
      bench.watchFrames(); // frames from now until the new plan is painted (page-probe.mjs)
      history.pushState({}, '', url);
      setTimeout(() => {
        window.__benchSpa.classroom(html);
        bench.stamp('render'); // the new view is in the DOM
        bench.check();
      }, 50);
    },
    { url, html, expectTitle },
  );
}

/** Calendar re-renders the same view: the grid is replaced by a fresh copy of `html`, right now. */
export async function calendarRerender(page, html, expectBadges) {
  await page.evaluate(installSpa);
  await page.evaluate(
    ({ html, expectBadges }) => {
      const bench = window.__bench;
      bench.t = {};
      bench.expectBadges = expectBadges;
      window.__benchSpa.calendar(html);
      bench.stamp('render'); // the new grid is in the DOM
      bench.check();
    },
    { html, expectBadges },
  );
}
