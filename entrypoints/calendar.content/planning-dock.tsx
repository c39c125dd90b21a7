import { render } from 'preact';
import type { Tally } from '@/components/planning-panel/LostTime';
import { PlanningPanel } from '@/components/planning-panel/PlanningPanel';
import type { PlanningActions, PlanningState } from '@/utils/planning/session';
import { Dock } from './Dock';

// Chunk (utils/build/lazy-chunks.ts): the planning panel itself, with Preact. Loaded by planning-time.tsx
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

export function renderDock(container: HTMLElement, props: DockProps): void {
  render(
    <Dock open={props.open} onToggle={props.onToggle} focusPanel={props.focusPanel}>
      <PlanningPanel state={props.state} actions={props.actions} tally={props.tally} onClose={props.onClose} />
    </Dock>,
    container,
  );
}

export function unrenderDock(container: HTMLElement): void {
  render(null, container);
}
