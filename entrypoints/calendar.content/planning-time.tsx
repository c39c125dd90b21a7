import { render } from 'preact';
import { PlanningPanel } from '@/components/planning-panel/PlanningPanel';
import { EXTENSION_GONE, type Feature } from '@/utils/content/features';
import { mountShadowUi } from '@/utils/content/mount-ui';
import { onDomChange } from '@/utils/content/observe';
import { waitFor } from '@/utils/content/wait-for';
import { t } from '@/utils/i18n';
import { call } from '@/utils/messaging/client';
import { readGrid } from '@/utils/pages/calendar/read-grid';
import { readMonth } from '@/utils/pages/calendar/read-month';
import { isMonth, isTimeGrid, parseCalendarUrl } from '@/utils/pages/calendar/urls';
import { createPlanningSession, type PageReading } from '@/utils/planning/session';
import { decorateBlockChips, removeBlockBadges } from './block-badges';
import { download, newUid, openTab, userTimeZone } from './browser-actions';
import { Dock } from './Dock';

/** How long to wait for Calendar to render its grid before saying it could not be read. */
const READ_TIMEOUT_MS = 4000;

/** Open or closed, remembered while the tab lives, across Calendar's single-page navigations. */
let panelOpen = false;

/**
 * The planning panel on Calendar's day, week and custom-days views (and month view, for the agenda of
 * a recorded block and the month's planned vs lost minutes), plus badges on recorded planning blocks.
 */
export const planningTime: Feature = {
  name: 'planning-time',
  include: [isTimeGrid, isMonth],
  async init({ url, signal, ctx }) {
    const route = parseCalendarUrl(url);
    if (route?.kind !== 'grid') return;
    const month = isMonth(url);
    let container: HTMLElement | null = null;
    let focusPanel = false;

    const setOpen = (open: boolean, options: { focus?: boolean } = {}) => {
      panelOpen = open;
      focusPanel = options.focus ?? false;
      paint();
    };
    const paint = () => {
      if (!container) return;
      render(
        <Dock open={panelOpen} onToggle={() => setOpen(!panelOpen, { focus: !panelOpen })} focusPanel={focusPanel}>
          <PlanningPanel
            state={session.getState()}
            actions={session.actions}
            tally={session.tally()}
            onClose={() => setOpen(false)}
          />
        </Dock>,
        container,
      );
      focusPanel = false;
      decorate();
    };
    const session = createPlanningSession({
      call,
      onChange: () => paint(),
      timeZone: userTimeZone(),
      account: route.account,
      openTab,
      download,
      newUid,
      now: () => new Date(),
      t,
    });
    const decorate = () => {
      const page = session.getState().page;
      const data = session.getState().data;
      if (!page?.reading.ok || !data || signal.aborted) return;
      decorateBlockChips(page.reading.events, session.actions.blockChips(), data.blocks, (blockId, date) => {
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
      unrender: (element) => render(null, element),
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
    let signature = '';
    let warned = false;
    const update = (ready?: PageReading) => {
      // Never throw into Calendar: one odd chip must not break the page or flood the console.
      try {
        const page = ready ?? read();
        const next = pageSignature(page);
        if (next === signature) {
          session.actions.refreshElements(page);
          decorate();
          return;
        }
        signature = next;
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
    // Calendar re-renders chips and pages between weeks without reloading: read again after each change.
    onDomChange(() => update(), signal);
  },
};

/** What matters about a reading: days and each event's place. Our own badges do not change it. */
function pageSignature(page: PageReading): string {
  if (!page.reading.ok) return `${page.kind}:${page.reading.problem}`;
  // Labels too: renaming an event into or out of a block's title changes which blocks are present.
  const events = page.reading.events.map(
    (event) => `${event.key}@${event.date}/${event.start}-${event.end}:${event.label}`,
  );
  return `${page.kind}:${page.reading.days.join(',')}|${events.join(';')}`;
}
