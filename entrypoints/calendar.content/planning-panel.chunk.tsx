import { render } from 'preact';
import type { Tally } from '@/components/planning-time/LostTime';
import { PlanningPanel } from '@/components/planning-time/PlanningPanel';
import { preloadMessages } from '@/utils/i18n';
import type { PlanningActions } from '@/utils/planning-time/session/create-session';
import type { PlanningState } from '@/utils/planning-time/session/state';
import { Dock } from './Dock';

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

export function renderDock(container: HTMLElement, props: DockProps): void {
  if (!rendered.has(container)) {
    // Preact would otherwise reuse the plain launcher's button (and its click listener) as its own.
    container.replaceChildren();
    rendered.add(container);
  }
  render(
    <Dock open={props.open} onToggle={props.onToggle} focusPanel={props.focusPanel}>
      <PlanningPanel state={props.state} actions={props.actions} tally={props.tally} onClose={props.onClose} />
    </Dock>,
    container,
  );
}

export function unrenderDock(container: HTMLElement): void {
  if (rendered.delete(container)) render(null, container);
  else container.replaceChildren();
}

// Shown by this chunk after an update, when the i18n API no longer answers it: translated while it can,
// into this chunk's own copy of the string cache (each chunk has its own; planning-time.ts fills its own).
preloadMessages(['extensionUpdated', 'planningPanelName', 'planningClose', 'planningLauncher']);
