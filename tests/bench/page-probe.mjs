// What the bench installs in every Google page it loads, in BOTH browsers (so the control pays for the same
// instrumentation), and how it reads the page's costs through the Chrome DevTools Protocol.

/**
 * Runs in the page's main world before any of the page's own code (Playwright's addInitScript). Collects:
 *  - long tasks (PerformanceObserver 'longtask', buffered), as [startTime, duration, name];
 *  - `t.ui`: when every Tandem host (`[data-tandem-host]`) has a shadow root with text;
 *  - `t.plan`: when the lesson panel shows a loaded plan (its "Co-teaching model" radio group is not inside a
 *    hidden element) for the lesson whose title is `expectTitle` (any title when unset);
 *  - `t.badges`: when at least `expectBadges` Calendar block badges (`tandem-block-badge`) are in the page;
 *  and for each of those `…Painted`: the first task after the next animation frame (rAF → setTimeout 0), an
 *  approximation of "on screen". `t.dcl` / `t.dclPainted` are the same for DOMContentLoaded: the floor a UI
 *  put in at that moment could reach (the control for panel latency). Shadow roots are observed as they appear (a document observer does not
 *  see inside them). Times are performance.now() of the page.
 * The bench resets `t` and sets `expectTitle` / `expectBadges` / `t.render` itself before a single-page
 * navigation or a re-render.
 */
export function pageProbe() {
  const bench = { longtasks: [], t: {}, expectTitle: null, expectBadges: 0 };
  Object.defineProperty(window, '__bench', { value: bench, enumerable: false });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) bench.longtasks.push([entry.startTime, entry.duration, entry.name]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    bench.longtasks = null; // not supported: reported as such
  }
  const stamp = (key) => {
    if (bench.t[key] !== undefined) return;
    const t = bench.t;
    t[key] = performance.now();
    requestAnimationFrame(() =>
      setTimeout(() => {
        t[`${key}Painted`] ??= performance.now();
      }, 0),
    );
  };
  const watched = new WeakSet();
  const check = () => {
    const hosts = document.querySelectorAll('[data-tandem-host]');
    let allRendered = hosts.length > 0;
    for (const host of hosts) {
      const root = host.shadowRoot;
      if (root && !watched.has(root)) {
        watched.add(root);
        new MutationObserver(check).observe(root, {
          subtree: true,
          childList: true,
          attributes: true,
          characterData: true,
        });
      }
      if (!(root?.textContent ?? '').trim()) allRendered = false;
      if (host.getAttribute('data-tandem-host') === 'tandem-plan' && root && host.isConnected) {
        const group = root.querySelector('[role="radiogroup"]');
        const title = root.querySelector('.lesson-title')?.textContent ?? '';
        if (group && !group.closest('[hidden]') && (!bench.expectTitle || title === bench.expectTitle)) stamp('plan');
      }
    }
    if (allRendered) stamp('ui');
    if (bench.expectBadges > 0 && document.querySelectorAll('tandem-block-badge').length >= bench.expectBadges) {
      stamp('badges');
    }
  };
  bench.check = check;
  bench.stamp = stamp;
  // The floor any UI started at DOMContentLoaded could reach: the first task after the next frame.
  document.addEventListener('DOMContentLoaded', () => stamp('dcl'), { once: true });
  new MutationObserver(check).observe(document, { subtree: true, childList: true });
}

/** The init script's source, for page.addInitScript. */
export const PAGE_PROBE = `(${pageProbe.toString()})();`;

/** Performance.getMetrics as { name: value } (durations in ms, sizes in bytes). */
export async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  const byName = Object.fromEntries(list.map((metric) => [metric.name, metric.value]));
  return {
    script: (byName.ScriptDuration ?? 0) * 1000,
    task: (byName.TaskDuration ?? 0) * 1000,
    layout: (byName.LayoutDuration ?? 0) * 1000,
    style: (byName.RecalcStyleDuration ?? 0) * 1000,
    heap: byName.JSHeapUsedSize ?? 0,
  };
}

/**
 * Time (ms) in a CPU profile with Tandem's code on the stack: samples whose call stack contains a frame from
 * `urlPrefix` (chrome-extension://<id>/), so it includes the DOM and layout work Tandem's calls cause and
 * its promise continuations (which Performance.getMetrics' ScriptDuration does not count). Garbage
 * collection and style/layout done later, outside Tandem's calls, are not included; layout Tandem forces is
 * included even when the page would have needed it anyway. Also returns the profile's busy (non-idle) time and
 * when Tandem's code was first seen (µs, the monotonic clock CDP timestamps use).
 */
export function attributeProfile(profile, urlPrefix) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const ours = new Map();
  const isOurs = (id) => {
    if (ours.has(id)) return ours.get(id);
    let result = (nodes.get(id)?.callFrame.url ?? '').startsWith(urlPrefix);
    if (!result && parentOf.has(id)) result = isOurs(parentOf.get(id));
    ours.set(id, result);
    return result;
  };
  let tandem = 0;
  let busy = 0;
  let firstTandemUs = Number.NaN;
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let at = profile.startTime ?? 0;
  for (let i = 0; i < samples.length; i++) {
    at += deltas[i] ?? 0;
    // timeDeltas[i] is the time since the previous sample: sample i covers the interval up to sample i+1.
    const duration = (deltas[i + 1] ?? 0) / 1000;
    const name = nodes.get(samples[i])?.callFrame.functionName;
    if (name === '(idle)') continue;
    busy += duration;
    if (isOurs(samples[i])) {
      tandem += duration;
      if (Number.isNaN(firstTandemUs)) firstTandemUs = at;
    }
  }
  return { tandem, busy, firstTandemUs };
}

/**
 * Where Tandem's time in a CPU profile goes: self time (ms) per function, over the samples whose stack
 * holds Tandem's code, largest first. Printed by the bench with TANDEM_BENCH_TOP=1 (a diagnosis aid, not
 * a figure): "name file:line" for Tandem's own frames, the built-in's name otherwise (e.g. "(garbage
 * collector)", "closest").
 */
export function topFunctions(profile, urlPrefix, count = 15) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const underTandem = (id) => {
    for (let at = id; at !== undefined; at = parentOf.get(at)) {
      if ((nodes.get(at)?.callFrame.url ?? '').startsWith(urlPrefix)) return true;
    }
    return false;
  };
  const self = new Map();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    if (!underTandem(samples[i])) continue;
    const frame = nodes.get(samples[i])?.callFrame;
    const file = frame?.url
      ? `${frame.url.slice(urlPrefix.length)}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`
      : '';
    const name = `${frame?.functionName || '(anonymous)'} ${file}`.trim();
    self.set(name, (self.get(name) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
  }
  return [...self].sort((a, b) => b[1] - a[1]).slice(0, count);
}
