import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type CDPSession, type Locator, type Page, selectors } from '@playwright/test';

// Reaching Tandem's UI inside CLOSED shadow roots, in the shipped build, from Playwright.
//
// Usage. The shared helpers already go through it: panel, classSummary, badgeLinks, chooseOption
// (lesson-plan-page.ts); planningPanel, planningLauncher, blockBadges, chooseOption, typeTime (planning-time-page.ts).
// For anything else of Tandem's in a Google page:
//
//   import { tandemUi, tandemRoot } from './support/closed-roots';
//   tandemUi(page).getByRole('link', { name: /^No plan yet/ })      // inside every Tandem root
//   tandemRoot(page, 'tandem-plan').getByRole('region', { name: … }) // inside one host kind
//   await chooseOption(select, 'Lead a station');  // not locator.selectOption (see below)
//   await typeTime(timeField, '13:00');            // not locator.fill on <input type=time>
//   const results = await axeInside(page, '[data-tandem-host="tandem-plan"]');
//
// Why and how. Tandem's UI in Google's pages lives in closed shadow roots (utils/content/mount-ui.ts), so
// the page's scripts cannot reach it — nor can Playwright, whose locators only enter open roots. Tests
// use DevTools' privileges instead, as a person inspecting the page would: a custom selector engine,
// `tandem-root`, runs in Playwright's utility world (an isolated world: neither Google's page nor Tandem
// sees its variables) and returns the shadow roots of Tandem's hosts as the scope for the rest of the
// chain, so getByRole, fill, click, check and toHaveValue work as in an open root, and clicks and typing
// stay real input events. The engine cannot open a closed root itself: over CDP, DOM.describeNode
// ({pierce}) gives each host's shadow root and DOM.resolveNode hands it to the utility world, where it is
// kept on the host as an expando (per world: the page's world never sees it). Hosts come and go (a new
// page view, Google re-rendering, a reload), so the engine asks for the roots it does not know yet
// through a CDP binding, and Playwright's retrying locators find them on the next try.
//
// Chromium's accessibility tree over CDP (Accessibility.queryAXTree) also reaches closed roots, but gives
// nodes, not Locators: every spec would have to be rewritten around it. This keeps the specs as they
// were.
//
// Two things the guard in utils/content/trusted-events.ts refuses, because they are events a script
// makes (isTrusted false), exactly what a hostile page could do: locator.selectOption and locator.fill
// on date and time inputs. chooseOption and typeTime below do the same from the keyboard, as a person.
//
// Until the engine has been handed the roots of a new host, a locator inside it matches nothing: assert
// something that must be there before asserting that something is absent (as with any UI that renders
// late).

const ENGINE = 'tandem-root';
const BINDING = '__tandemTestNeedsRoots';
const ROOT_KEY = '__tandemTestShadowRoot';
/** Every host Tandem puts in Google's pages: the mounted UIs, Classroom's badges, Calendar's block badges. */
const HOSTS = '[data-tandem-host], tandem-badge, tandem-block-badge';
/** Playwright's isolated world, where locators are evaluated: its UTILITY_WORLD_NAME, then the page's id. */
const UTILITY_WORLD = '__playwright_utility_world_';

/** The engine, as Playwright runs it in the utility world. `name` is a host kind or `*`. */
const engineSource = `({
  queryAll(scope, name) {
    const found = [];
    if (!scope.querySelectorAll) return found;
    let missing = false;
    for (const host of scope.querySelectorAll(${JSON.stringify(HOSTS)})) {
      const kind = host.getAttribute('data-tandem-host') || host.localName;
      if (name !== '*' && name !== kind) continue;
      const root = host[${JSON.stringify(ROOT_KEY)}];
      if (root) found.push(root);
      else missing = true;
    }
    if (missing && typeof globalThis[${JSON.stringify(BINDING)}] === 'function') globalThis[${JSON.stringify(BINDING)}]('');
    return found;
  }
})`;

let registered: Promise<void> | undefined;
function registerEngine(): Promise<void> {
  registered ??= selectors.register(ENGINE, engineSource, { contentScript: true });
  return registered;
}
// Registered when this module loads, long before a test's browser starts (Playwright hands registered
// engines to contexts created later, and to the ones already open).
void registerEngine();

const attached = new WeakMap<Page, Promise<void>>();

/** Starts handing `page`'s closed Tandem roots to the engine (once per page; idempotent). */
export function watchClosedRoots(page: Page): Promise<void> {
  let done = attached.get(page);
  if (!done) {
    done = attach(page).catch(() => undefined); // the page closed meanwhile
    attached.set(page, done);
  }
  return done;
}

async function attach(page: Page): Promise<void> {
  await registerEngine();
  const session = await page.context().newCDPSession(page);
  // The utility worlds Playwright has made, by frame (the top frame is the one that matters here).
  const worlds = new Map<number, string | undefined>();
  session.on('Runtime.executionContextDestroyed', ({ executionContextId }) => worlds.delete(executionContextId));
  session.on('Runtime.executionContextsCleared', () => worlds.clear());
  let running: Promise<void> | null = null;
  let again = false;
  const refresh = () => {
    if (running) {
      again = true;
      return;
    }
    running = Promise.all([...worlds.keys()].map((world) => handOver(session, world).catch(() => undefined)))
      .then(() => undefined)
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          refresh();
        }
      });
  };
  const bound = new Set<string>();
  session.on('Runtime.executionContextCreated', ({ context }) => {
    if (!context.name.startsWith(UTILITY_WORLD)) return;
    worlds.set(context.id, context.auxData?.frameId);
    // The binding is exposed to every context of that name, now and after navigations.
    if (!bound.has(context.name)) {
      bound.add(context.name);
      session.send('Runtime.addBinding', { name: BINDING, executionContextName: context.name }).catch(() => undefined);
    }
    refresh();
  });
  session.on('Runtime.bindingCalled', (event) => {
    if (event.name === BINDING) refresh();
  });
  await session.send('Runtime.enable');
}

/** Gives every Tandem host that utility world `world` sees its shadow root. */
async function handOver(session: CDPSession, world: number): Promise<void> {
  const { result } = await session.send('Runtime.evaluate', {
    contextId: world,
    expression: `[...document.querySelectorAll(${JSON.stringify(HOSTS)})].filter((host) => !host[${JSON.stringify(ROOT_KEY)}])`,
    objectGroup: 'tandem-roots',
  });
  if (!result.objectId) return;
  try {
    const { result: items } = await session.send('Runtime.getProperties', {
      objectId: result.objectId,
      ownProperties: true,
    });
    for (const item of items) {
      const host = item.value?.objectId;
      if (!host || !/^\d+$/.test(item.name)) continue;
      const { node } = await session.send('DOM.describeNode', { objectId: host, depth: 0, pierce: true });
      const shadow = node.shadowRoots?.[0];
      if (!shadow) continue;
      const { object } = await session.send('DOM.resolveNode', {
        backendNodeId: shadow.backendNodeId,
        executionContextId: world,
        objectGroup: 'tandem-roots',
      });
      await session.send('Runtime.callFunctionOn', {
        objectId: host,
        functionDeclaration: `function (root) { this[${JSON.stringify(ROOT_KEY)}] = root; }`,
        arguments: [{ objectId: object.objectId }],
      });
    }
  } finally {
    await session.send('Runtime.releaseObjectGroup', { objectGroup: 'tandem-roots' });
  }
}

/** Every Tandem UI in the page or under `scope` (all hosts' closed roots): chain getByRole etc. from it. */
export function tandemUi(scope: Page | Locator): Locator {
  return tandemRoot(scope, '*');
}

/** The closed roots of one kind of Tandem host (a `data-tandem-host` name or a badge's tag) in `scope`. */
export function tandemRoot(scope: Page | Locator, kind: string): Locator {
  void watchClosedRoots('page' in scope ? scope.page() : scope);
  return scope.locator(`${ENGINE}=${kind}`);
}

/**
 * Chooses `label` in a <select> from the keyboard (focus, then arrow keys), as a person does: the
 * browser fires trusted input and change events. Passes through the options in between.
 */
export async function chooseOption(select: Locator, label: string): Promise<void> {
  const { current, target } = await select.evaluate((element, wanted) => {
    const options = [...(element as HTMLSelectElement).options].filter((option) => !option.disabled);
    return {
      current: options.findIndex((option) => option.selected),
      target: options.findIndex((option) => option.label === wanted || option.text.trim() === wanted),
    };
  }, label);
  if (target < 0) throw new Error(`chooseOption: ${select} has no option "${label}"`);
  await select.focus();
  const key = target > current ? 'ArrowDown' : 'ArrowUp';
  for (let step = 0; step < Math.abs(target - current); step++) await select.press(key);
}

/**
 * Types a time ("13:00") into an <input type="time"> from the keyboard, field by field, as a person
 * does (12-hour fields with AM/PM in the en-US browser the tests run, 24-hour otherwise).
 */
export async function typeTime(input: Locator, time: string): Promise<void> {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  const twelveHour = await input.evaluate(
    () => new Intl.DateTimeFormat(undefined, { hour: 'numeric' }).resolvedOptions().hour12,
  );
  await input.click({ position: { x: 8, y: 8 } }); // the hour field
  const hour = twelveHour ? ((hours + 11) % 12) + 1 : hours;
  await input.pressSequentially(`${String(hour).padStart(2, '0')}${String(minutes).padStart(2, '0')}`);
  if (twelveHour) await input.press(hours < 12 ? 'a' : 'p');
}

/**
 * Runs axe-core inside Tandem's closed roots: in an isolated world of its own (neither the page nor
 * Tandem sees it), where the hosts matching `include` are given their closed roots as `shadowRoot`, which
 * is what axe walks. Resolves with axe's results for those hosts.
 */
export async function axeInside(
  page: Page,
  include: string,
): Promise<{ violations: { id: string; impact?: string | null; help: string }[]; passes: unknown[] }> {
  const session = await page.context().newCDPSession(page);
  try {
    const { frameTree } = await session.send('Page.getFrameTree');
    const { executionContextId } = await session.send('Page.createIsolatedWorld', {
      frameId: frameTree.frame.id,
      worldName: 'tandem-test-axe',
    });
    const { result } = await session.send('Runtime.evaluate', {
      contextId: executionContextId,
      expression: `[...document.querySelectorAll(${JSON.stringify(include)})]`,
    });
    if (!result.objectId) throw new Error(`axeInside: nothing matches ${include}`);
    const { result: items } = await session.send('Runtime.getProperties', {
      objectId: result.objectId,
      ownProperties: true,
    });
    const hosts = items.filter((item) => /^\d+$/.test(item.name) && item.value?.objectId);
    if (hosts.length === 0) throw new Error(`axeInside: nothing matches ${include}`);
    for (const item of hosts) {
      const host = item.value?.objectId as string;
      const { node } = await session.send('DOM.describeNode', { objectId: host, depth: 0, pierce: true });
      const shadow = node.shadowRoots?.[0];
      if (!shadow) continue;
      const { object } = await session.send('DOM.resolveNode', {
        backendNodeId: shadow.backendNodeId,
        executionContextId,
      });
      await session.send('Runtime.callFunctionOn', {
        objectId: host,
        functionDeclaration: `function (root) { Object.defineProperty(this, 'shadowRoot', { value: root }); }`,
        arguments: [{ objectId: object.objectId }],
      });
    }
    await session.send('Runtime.evaluate', { contextId: executionContextId, expression: axeSource() });
    const run = await session.send('Runtime.evaluate', {
      contextId: executionContextId,
      expression: `axe.run({ include: [...document.querySelectorAll(${JSON.stringify(include)})] }, { resultTypes: ['violations', 'passes'] }).then((r) => ({ violations: r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length })), passes: r.passes.map((p) => p.id) }))`,
      awaitPromise: true,
      returnByValue: true,
    });
    if (run.exceptionDetails) throw new Error(`axeInside: ${run.exceptionDetails.exception?.description}`);
    return run.result.value;
  } finally {
    await session.detach().catch(() => undefined);
  }
}

let axe: string | undefined;
function axeSource(): string {
  axe ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  return axe;
}
