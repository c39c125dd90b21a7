import { EXTENSION_GONE, type FeatureRun } from '@/utils/content/features';
import { mountShadowUi } from '@/utils/content/mount-ui';
import { onDomChange } from '@/utils/content/observe';
import { waitFor } from '@/utils/content/wait-for';
import { preloadMessages, t } from '@/utils/i18n';
import { call } from '@/utils/messaging/client';
import { readGrid } from '@/utils/pages/calendar/read-grid';
import { readMonth } from '@/utils/pages/calendar/read-month';
import { readingSignature } from '@/utils/pages/calendar/signature';
import { isMonth, parseCalendarUrl } from '@/utils/pages/calendar/urls';
import { createPlanningSession } from '@/utils/planning-time/session/create-session';
import type { PageReading } from '@/utils/planning-time/session/state';
import { browserOutbox } from '@/utils/saving/browser-outbox';
import { DURABLE_TYPES, durableCall } from '@/utils/saving/durable-call';
import type { PlanningBlock } from '@/utils/schema/calendar';
import { decorateBlockChips, isTandemNode, removeBlockBadges } from './block-badges';
import { download, newUid, openTab, userTimeZone } from './browser-actions';
import { loadDock } from './dock-loader';
import { paintLauncher } from './launcher';
import type { PlanningTab } from './planning-tab';

/** How long to wait for Calendar to render its grid before saying it could not be read. */
const READ_TIMEOUT_MS = 4000;

/** What one page view keeps: made by init, and gone with the view when its signal aborts. */
interface PageView {
  /** The panel's host, once mounted. */
  container: HTMLElement | null;
  /** Whether the next paint moves focus into the panel (it was opened by the teacher just now). */
  focusPanel: boolean;
  /** The user's time zone, read when first needed. */
  timeZone: string | undefined;
  /** The signature of the last reading (utils/pages/calendar/signature.ts). */
  signature: string;
  /** Which chips are blocks', for the reading with `signature` and these `blocks`. */
  matched: { signature: string; blocks: readonly PlanningBlock[]; chips: Map<string, string> } | null;
  /** Whether a problem reading this view was already written to the console. */
  warned: boolean;
}

/**
 * The planning panel on Calendar's day, week and custom-days views (and month view, for the agenda of
 * a recorded block and the month's planned vs lost minutes), plus badges on recorded planning blocks.
 * A chunk (utils/build/lazy-chunks.ts): index.ts says where it runs.
 */
export async function init({ url, signal, ctx }: FeatureRun, tab: PlanningTab): Promise<void> {
  const route = parseCalendarUrl(url);
  if (route?.kind !== 'grid') return;
  // Shown only after an update, when the i18n API no longer answers this (old) chunk.
  preloadMessages(['extensionUpdated', 'planningPanelName', 'planningClose']);
  const month = isMonth(url);
  const view: PageView = {
    container: null,
    focusPanel: false,
    timeZone: undefined,
    signature: '',
    matched: null,
    warned: false,
  };

  const setOpen = (open: boolean, options: { focus?: boolean } = {}) => {
    tab.panelOpen = open;
    view.focusPanel = options.focus ?? false;
    if (open && !tab.dock) {
      loadDock(tab);
      return;
    }
    paint();
  };
  const paint = () => {
    if (!view.container) return;
    if (tab.dock) {
      tab.dock.renderDock(view.container, {
        open: tab.panelOpen,
        focusPanel: view.focusPanel,
        onToggle: () => setOpen(!tab.panelOpen, { focus: !tab.panelOpen }),
        onClose: () => setOpen(false),
        state: session.getState(),
        actions: session.actions,
        tally: session.tally(),
      });
      view.focusPanel = false;
    } else {
      paintLauncher(view.container, () => setOpen(true, { focus: true }), tab.dockProblem);
    }
    decorate();
  };
  tab.repaintCurrentView = paint;
  // A view left for another stops being repainted; after an update the old view stays, to say so.
  signal.addEventListener(
    'abort',
    () => {
      if (tab.repaintCurrentView === paint && signal.reason !== EXTENSION_GONE) tab.repaintCurrentView = null;
    },
    { once: true },
  );
  // Settings and people are saved through the outbox, so a save survives a stopped worker or a tab closed
  // right after (utils/saving/durable-call.ts); a save made in another tab shows here as it happens.
  const outbox = browserOutbox();
  const session = createPlanningSession({
    call: durableCall(call, outbox),
    onChange: () => paint(),
    // Read when a block is made, not on every page view: the first Intl call costs ~20 ms at load.
    get timeZone() {
      view.timeZone ??= userTimeZone();
      return view.timeZone;
    },
    account: route.account,
    openTab,
    download,
    newUid,
    now: () => new Date(),
    t,
    // Remembered for the tab on purpose (planning-tab.ts): the next week's view starts with them.
    choices: tab.choices,
  });
  const stopHearing = outbox.subscribe((event) => {
    const fromElsewhere = event.kind === 'elsewhere' && (DURABLE_TYPES as readonly string[]).includes(event.type);
    if (fromElsewhere && session.getState().load === 'ready' && !signal.aborted) void session.actions.load();
  });
  signal.addEventListener('abort', stopHearing, { once: true });
  // Which chips are blocks' depends only on what the reading says (its signature: keys, days, times,
  // labels) and on the blocks: matched again only when one of those changed, not after every repaint of
  // the panel or every re-render of the same chips.
  const decorate = () => {
    const page = session.getState().page;
    const data = session.getState().data;
    if (!page?.reading.ok || !data || signal.aborted) return;
    if (view.matched?.signature !== view.signature || view.matched.blocks !== data.blocks) {
      view.matched = { signature: view.signature, blocks: data.blocks, chips: session.actions.blockChips() };
    }
    decorateBlockChips(page.reading.events, view.matched.chips, data.blocks, (blockId, date) => {
      void session.actions.showAgenda(blockId, date);
      setOpen(true, { focus: true });
    });
  };

  await mountShadowUi(ctx, {
    name: 'tandem-planning',
    signal,
    anchor: () => document.body,
    append: (anchor, host) => anchor.append(host),
    render: (element) => {
      view.container = element;
      paint();
    },
    unrender: (element) => (tab.dock ? tab.dock.unrenderDock(element) : element.replaceChildren()),
  });
  if (signal.aborted) return;
  signal.addEventListener(
    'abort',
    () => {
      if (signal.reason === EXTENSION_GONE) session.actions.markInvalidated();
      else removeBlockBadges();
    },
    { once: true },
  );
  void session.actions.load();

  const read = (): PageReading =>
    month ? { kind: 'month', reading: readMonth(document) } : { kind: 'grid', reading: readGrid(document) };
  const first = await waitFor(
    () => {
      const page = read();
      return page.reading.ok ? page : null;
    },
    { signal, timeoutMs: READ_TIMEOUT_MS },
  );
  if (signal.aborted) return;
  const update = (ready?: PageReading) => {
    // Never throw into Calendar: one odd chip must not break the page or flood the console.
    try {
      // The free times drawn on the grid follow its new columns (the panel's chunk; not loaded = none drawn).
      tab.dock?.followGrid();
      const page = ready ?? read();
      const next = readingSignature(page.kind, page.reading);
      if (next === view.signature) {
        session.actions.refreshElements(page);
        decorate();
        return;
      }
      view.signature = next;
      view.matched = null;
      if (!page.reading.ok && !view.warned) {
        view.warned = true;
        console.warn(`[Tandem] Could not read this Calendar view (${page.reading.problem}).`);
      }
      session.actions.setPage(page);
    } catch (error) {
      if (!view.warned) console.warn('[Tandem] Reading this Calendar view failed:', error);
      view.warned = true;
    }
  };
  // The reading waitFor found is used as is (after the timeout: whatever the page shows now).
  update(first ?? undefined);
  // Calendar re-renders chips and pages between weeks without reloading: read again after each change,
  // but not after our own badges or panel host come and go (that would read the whole grid twice), and
  // only once the frame is rendered, so reading visibility and the columns' height forces no layout.
  onDomChange(() => update(), signal, { ignore: isTandemNode, timing: 'after-frame' });
}
