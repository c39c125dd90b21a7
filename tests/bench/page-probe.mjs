// What the bench installs in every Google page it loads, in BOTH browsers (so the control pays for the same
// instrumentation), and how it reads the page's costs through the Chrome DevTools Protocol.

/**
 * Runs in the page's main world before any of the page's own code (Playwright's addInitScript). Collects:
 *  - long tasks (PerformanceObserver 'longtask', buffered), as [startTime, duration, name];
 *  - `t.plan`: when the lesson panel first shows a loaded plan for the lesson whose title is `expectTitle`
 *    (any title when unset), compact or open: the content script's own mark `tandem:panel:plan-shown`
 *    (entrypoints/classroom.content/lesson-plan.chunk.tsx, detail { title, open }), set right after the render
 *    that puts the plan (the compact plan on a first visit, issue 14) and the page's title in the panel;
 *  - `t.badges`: when at least `expectBadges` Calendar block badges (`tandem-block-badge`) are in the page;
 *  and for each of those `…Painted`: the first task after the next animation frame (rAF → setTimeout 0), an
 *  approximation of "on screen". `t.dcl` / `t.dclPainted` are the same for DOMContentLoaded: the floor a UI
 *  put in at that moment could reach (the control for panel latency). Times are performance.now() of the page.
 *
 * Issue 11 closed Tandem's shadow roots (utils/content/mount-ui.ts), so this world gets null from
 * host.shadowRoot and cannot look inside Tandem's UI any more:
 *  - `t.plan` was a MutationObserver inside the panel's open root (radio group not hidden, `.lesson-title` =
 *    `expectTitle`); it is now the mark above, which the content script sets in the same task as that render
 *    (performance marks are one timeline for the page and its content scripts' isolated worlds). Its time is
 *    the mark's own startTime (exact; the old observer ran at the microtask after the render, the same
 *    moment give or take the render's other work). The observer is told of the mark a task or a frame
 *    later (`t.planSeen`, reported by the bench), too late to request the next frame from there, so while a
 *    panel is awaited the probe records every frame (a rAF loop, in Tandem's browser only, stopped once the
 *    plan is painted) and `planPainted` is the first task after the first frame whose rAF callbacks ran
 *    after the mark: the same moment `stamp` takes (rAF requested at the mark → setTimeout 0).
 *  - `t.ui` ("every Tandem host has a shadow root with text", with its time) is gone: whether the UI is up
 *    is checked once, after the load is measured, over CDP from outside the page (`tandemUiUp` below),
 *    so a load records no time for it.
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
  const stamp = (key, at = performance.now()) => {
    if (bench.t[key] !== undefined) return;
    const t = bench.t;
    t[key] = at;
    requestAnimationFrame(() =>
      setTimeout(() => {
        t[`${key}Painted`] ??= performance.now();
      }, 0),
    );
  };
  // Frames while a panel is awaited (`expectTitle` set: Tandem's latency loads and navigations only):
  // [when its rAF callbacks ran, the first task after it]. The observer below is told of the panel's mark
  // a task or a frame after it was set, too late to request "the next frame" from there as `stamp` does.
  const frames = [];
  let watching = false;
  const settlePlan = () => {
    const t = bench.t;
    if (t.plan === undefined || t.planPainted !== undefined) return;
    const frame = frames.find(([raf, after]) => raf >= t.plan && after !== undefined);
    if (frame) t.planPainted = frame[1];
  };
  const watchFrames = () => {
    if (watching || !bench.expectTitle) return;
    watching = true;
    frames.length = 0;
    const next = () =>
      requestAnimationFrame(() => {
        const frame = [performance.now(), undefined];
        frames.push(frame);
        setTimeout(() => {
          frame[1] = performance.now();
          settlePlan();
        }, 0);
        if (bench.t.planPainted === undefined) next();
        else watching = false;
      });
    next();
  };
  // The lesson panel's mark, set by the content script in its isolated world (same timeline).
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name !== 'tandem:panel:plan-shown') continue;
      const { title, open } = entry.detail ?? {};
      // A mark from before the bench's last reset (a single-page navigation) belongs to the previous view.
      if (bench.t.render !== undefined && entry.startTime < bench.t.render) continue;
      // Compact (a first visit, issue 14) or with the full plan open: the first paint of the loaded plan either way.
      if ((!bench.expectTitle || title === bench.expectTitle) && bench.t.plan === undefined) {
        bench.t.planOpen = open === true;
        bench.t.planSeen = performance.now();
        bench.t.plan = entry.startTime;
        settlePlan();
      }
    }
  }).observe({ type: 'mark', buffered: true });
  // `expectTitle` is set by the init script right after this function.
  queueMicrotask(watchFrames);
  bench.watchFrames = watchFrames;
  const check = () => {
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

/** Every host of Tandem's UI that mount-ui.ts puts in a Google page (badges excluded, as before). */
const HOSTS = '[data-tandem-host]';

/**
 * Whether Tandem's UI is up in the page `cdp` is attached to: at least one host, and every host's closed
 * shadow root holds text. Seen from outside the page, as DevTools sees it (tests/e2e/support/closed-roots.ts
 * does the same for the e2e tests): DOM.describeNode({ pierce }) gives each host's shadow root, and
 * DOM.resolveNode hands it, for this one call, to a world of the bench's own (the page never sees it).
 * Called after a load's costs are read, so its CDP traffic is not counted in them.
 */
export async function tandemUiUp(cdp) {
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
    frameId: frameTree.frame.id,
    worldName: 'tandem-bench-ui',
  });
  const group = 'tandem-bench-ui';
  try {
    const { result } = await cdp.send('Runtime.evaluate', {
      contextId: executionContextId,
      expression: `[...document.querySelectorAll(${JSON.stringify(HOSTS)})]`,
      objectGroup: group,
    });
    if (!result.objectId) return false;
    const { result: items } = await cdp.send('Runtime.getProperties', {
      objectId: result.objectId,
      ownProperties: true,
    });
    const hosts = items.filter((item) => /^\d+$/.test(item.name) && item.value?.objectId);
    if (hosts.length === 0) return false;
    for (const item of hosts) {
      const { node } = await cdp.send('DOM.describeNode', { objectId: item.value.objectId, depth: 0, pierce: true });
      const shadow = node.shadowRoots?.[0];
      if (!shadow) return false;
      const { object } = await cdp.send('DOM.resolveNode', {
        backendNodeId: shadow.backendNodeId,
        executionContextId,
        objectGroup: group,
      });
      const { result: text } = await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId,
        functionDeclaration: 'function () { return (this.textContent ?? "").trim().length > 0; }',
        returnByValue: true,
      });
      if (!text.value) return false;
    }
    return true;
  } finally {
    await cdp.send('Runtime.releaseObjectGroup', { objectGroup: group }).catch(() => undefined);
  }
}

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
