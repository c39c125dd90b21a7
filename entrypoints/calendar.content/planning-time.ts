import { EXTENSION_GONE, type FeatureRun } from '@/utils/content/features';
import { loadChunk } from '@/utils/content/lazy';
import { mountShadowUi } from '@/utils/content/mount-ui';
import { onDomChange } from '@/utils/content/observe';
import { waitFor } from '@/utils/content/wait-for';
import { preloadMessages, t } from '@/utils/i18n';
import { call } from '@/utils/messaging/client';
import { readGrid } from '@/utils/pages/calendar/read-grid';
import { readMonth } from '@/utils/pages/calendar/read-month';
import { readingSignature } from '@/utils/pages/calendar/signature';
import { isMonth, parseCalendarUrl } from '@/utils/pages/calendar/urls';
import { createPlanningSession } from '@/utils/planning/session/create-session';
import { freshChoices, type PageReading } from '@/utils/planning/session/state';
import { browserOutbox } from '@/utils/saving/browser-outbox';
import { DURABLE_TYPES, durableCall } from '@/utils/saving/durable-call';
import { decorateBlockChips, isTandemNode, removeBlockBadges } from './block-badges';
import { download, newUid, openTab, userTimeZone } from './browser-actions';
import { paintLauncher } from './launcher';
import type { DockProps } from './planning-dock';

interface DockModule {
  renderDock: (container: HTMLElement, props: DockProps) => void;
  unrenderDock: (container: HTMLElement) => void;
}

/** How long to wait for Calendar to render its grid before saying it could not be read. */
const READ_TIMEOUT_MS = 4000;

/** Open or closed, remembered while the tab lives, across Calendar's single-page navigations. */
let panelOpen = false;

/**
 * The panel's code (Preact, the Dock), loaded the first time the teacher opens it; until then the
 * launcher is a plain button. Once loaded it stays for the tab, across single-page navigations.
 */
let dock: DockModule | null = null;
/** The panel's code on its way: one load however often the launcher is pressed meanwhile. */
let dockLoading: Promise<void> | null = null;
/** Why the panel could not be opened (its chunk would not load), shown on the launcher. */
let dockProblem: string | null = null;
/** Repaints the page view that is current now: a load may finish after a single-page navigation. */
let repaintCurrentView: (() => void) | null = null;
/** The teacher's choices in the panel (partner, length, repeat), remembered from week to week. */
const choices = freshChoices();

function loadDock(): void {
  if (dockLoading) return;
  dockLoading = loadChunk<DockModule>('calendar', 'planning-panel').then(
    (module) => {
      dock = module;
      dockProblem = null;
      repaintCurrentView?.();
    },
    (error: unknown) => {
      // After an update the old script cannot load the new panel: say so on the launcher.
      console.warn('[Tandem] Could not load the planning panel:', error);
      dockLoading = null;
      panelOpen = false;
      dockProblem = t('extensionUpdated');
      repaintCurrentView?.();
    },
  );
}

/**
 * The planning panel on Calendar's day, week and custom-days views (and month view, for the agenda of
 * a recorded block and the month's planned vs lost minutes), plus badges on recorded planning blocks.
 * A chunk (utils/build/lazy-chunks.ts): index.ts says where it runs.
 */
export async function init({ url, signal, ctx }: FeatureRun): Promise<void> {
  const route = parseCalendarUrl(url);
  if (route?.kind !== 'grid') return;
  // Shown only after an update, when the i18n API no longer answers this (old) chunk.
  preloadMessages(['extensionUpdated', 'planningPanelName', 'planningClose']);
  const month = isMonth(url);
  let container: HTMLElement | null = null;
  let focusPanel = false;

  const setOpen = (open: boolean, options: { focus?: boolean } = {}) => {
    panelOpen = open;
    focusPanel = options.focus ?? false;
    if (open && !dock) {
      loadDock();
      return;
    }
    paint();
  };
  const paint = () => {
    if (!container) return;
    if (dock) {
      dock.renderDock(container, {
        open: panelOpen,
        focusPanel,
        onToggle: () => setOpen(!panelOpen, { focus: !panelOpen }),
        onClose: () => setOpen(false),
        state: session.getState(),
        actions: session.actions,
        tally: session.tally(),
      });
      focusPanel = false;
    } else {
      paintLauncher(container, () => setOpen(true, { focus: true }), dockProblem);
    }
    decorate();
  };
  repaintCurrentView = paint;
  // A view left for another stops being repainted; after an update the old view stays, to say so.
  signal.addEventListener(
    'abort',
    () => {
      if (repaintCurrentView === paint && signal.reason !== EXTENSION_GONE) repaintCurrentView = null;
    },
    { once: true },
  );
  let timeZone: string | undefined;
  // Settings and people are saved through the outbox, so a save survives a stopped worker or a tab closed
  // right after (utils/saving/durable-call.ts); a save made in another tab shows here as it happens.
  const outbox = browserOutbox();
  const session = createPlanningSession({
    call: durableCall(call, outbox),
    onChange: () => paint(),
    // Read when a block is made, not on every page view: the first Intl call costs ~20 ms at load.
    get timeZone() {
      timeZone ??= userTimeZone();
      return timeZone;
    },
    account: route.account,
    openTab,
    download,
    newUid,
    now: () => new Date(),
    t,
    choices,
  });
  const stopHearing = outbox.subscribe((event) => {
    const fromElsewhere = event.kind === 'elsewhere' && (DURABLE_TYPES as readonly string[]).includes(event.type);
    if (fromElsewhere && session.getState().load === 'ready' && !signal.aborted) void session.actions.load();
  });
  signal.addEventListener('abort', stopHearing, { once: true });
  // Which chips are blocks' depends only on what the reading says (its signature: keys, days, times,
  // labels) and on the blocks: matched again only when one of those changed, not after every repaint of
  // the panel or every re-render of the same chips.
  let signature = '';
  let matched: { signature: string; blocks: unknown; chips: Map<string, string> } | null = null;
  const decorate = () => {
    const page = session.getState().page;
    const data = session.getState().data;
    if (!page?.reading.ok || !data || signal.aborted) return;
    if (matched?.signature !== signature || matched.blocks !== data.blocks) {
      matched = { signature, blocks: data.blocks, chips: session.actions.blockChips() };
    }
    decorateBlockChips(page.reading.events, matched.chips, data.blocks, (blockId, date) => {
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
      container = element;
      paint();
    },
    unrender: (element) => (dock ? dock.unrenderDock(element) : element.replaceChildren()),
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
  let warned = false;
  const update = (ready?: PageReading) => {
    // Never throw into Calendar: one odd chip must not break the page or flood the console.
    try {
      const page = ready ?? read();
      const next = readingSignature(page.kind, page.reading);
      if (next === signature) {
        session.actions.refreshElements(page);
        decorate();
        return;
      }
      signature = next;
      matched = null;
      if (!page.reading.ok && !warned) {
        warned = true;
        console.warn(`[Tandem] Could not read this Calendar view (${page.reading.problem}).`);
      }
      session.actions.setPage(page);
    } catch (error) {
      if (!warned) console.warn('[Tandem] Reading this Calendar view failed:', error);
      warned = true;
    }
  };
  // The reading waitFor found is used as is (after the timeout: whatever the page shows now).
  update(first ?? undefined);
  // Calendar re-renders chips and pages between weeks without reloading: read again after each change,
  // but not after our own badges or panel host come and go (that would read the whole grid twice), and
  // only once the frame is rendered, so reading visibility and the columns' height forces no layout.
  onDomChange(() => update(), signal, { ignore: isTandemNode, timing: 'after-frame' });
}
