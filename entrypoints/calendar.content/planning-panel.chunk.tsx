import { render } from 'preact';
import type { Tally } from '@/components/planning-time/LostTime';
import { PlanningPanel } from '@/components/planning-time/PlanningPanel';
import type { SlotHighlight } from '@/components/planning-time/SlotList';
import { preloadMessages } from '@/utils/i18n';
import type { PlanningActions } from '@/utils/planning-time/session/create-session';
import type { PlanningState } from '@/utils/planning-time/session/state';
import { Dock } from './Dock';
import { type FreeTimesInput, followGrid, showFreeTimes } from './free-times-layer';

// Chunk (utils/build/lazy-chunks.ts): the planning panel itself, with Preact. Loaded by planning-time.ts
// the first time the teacher opens the panel (the launcher or a block's badge), never on a page load:
// until then the launcher is a plain button (launcher.ts).

export interface DockProps {
  open: boolean;
  focusPanel: boolean;
  onToggle: () => void;
  onClose: () => void;
  state: PlanningState;
  actions: PlanningActions;
  tally: Tally | null;
}

/** Containers Preact renders the Dock into; the first render clears the plain launcher out of one. */
const rendered = new WeakSet<HTMLElement>();

/**
 * The offered time highlighted in the panel's list and on the grid (free-times-layer.tsx), and the last
 * props, to paint both again when it changes. One panel per tab, so one of each.
 */
let highlighted: string | null = null;
let last: { container: HTMLElement; props: DockProps } | null = null;

const highlight = (): SlotHighlight => ({
  key: highlighted,
  set: (key) => {
    if (key === highlighted) return;
    highlighted = key;
    if (last) renderDock(last.container, last.props);
  },
});

export function renderDock(container: HTMLElement, props: DockProps): void {
  if (!rendered.has(container)) {
    // Preact would otherwise reuse the plain launcher's button (and its click listener) as its own.
    container.replaceChildren();
    rendered.add(container);
  }
  last = { container, props };
  const shared = highlight();
  render(
    <Dock open={props.open} onToggle={props.onToggle} focusPanel={props.focusPanel}>
      <PlanningPanel
        state={props.state}
        actions={props.actions}
        tally={props.tally}
        onClose={props.onClose}
        highlight={shared}
      />
    </Dock>,
    container,
  );
  showFreeTimes(freeTimesShown(props, shared));
}

/** The times the open panel lists, to draw on the grid; null when the panel lists none. */
function freeTimesShown(props: DockProps, shared: SlotHighlight): FreeTimesInput | null {
  const { state, actions } = props;
  const listed =
    props.open &&
    state.load === 'ready' &&
    state.partnerId !== null &&
    state.shownAgenda === null &&
    state.page?.kind === 'grid' &&
    state.page.reading.ok;
  if (!listed) return null;
  return {
    slots: state.slots,
    highlight: shared,
    onBlock: (slot) => actions.block(slot, state.repeat),
    isDisabled: (slot) => state.recording || !actions.agendaReady(slot),
  };
}

export function unrenderDock(container: HTMLElement): void {
  if (last?.container === container) {
    last = null;
    showFreeTimes(null);
  }
  if (rendered.delete(container)) render(null, container);
  else container.replaceChildren();
}

/** Calendar re-rendered or changed its grid: the drawn free times are placed again. */
export { followGrid };

// Shown by this chunk after an update, when the i18n API no longer answers it: translated while it can,
// into this chunk's own copy of the string cache (each chunk has its own; planning-time.ts fills its own).
preloadMessages(['extensionUpdated', 'planningPanelName', 'planningClose', 'planningLauncher']);
