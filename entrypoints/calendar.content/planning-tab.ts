import { freshChoices, type PlanningChoices } from '@/utils/planning-time/session/state';
import type { DockProps } from './planning-panel.chunk';

// What the planning feature keeps on purpose for the life of the tab, across Calendar's single-page
// navigations (week to week): one object, created once by the content script (index.ts) and handed to
// each page view's run (planning-time.ts). Everything else belongs to one page view and goes with it.
// Imported by the content script itself, so it holds data only: no code of the panel's.

/** The panel's code (planning-panel.chunk.tsx), a chunk loaded the first time the teacher opens the panel. */
export interface DockModule {
  renderDock: (container: HTMLElement, props: DockProps) => void;
  unrenderDock: (container: HTMLElement) => void;
  /** Places the free times drawn on the grid again, after Calendar changed the grid. */
  followGrid: () => void;
}

export interface PlanningTab {
  /** Open or closed. */
  panelOpen: boolean;
  /** The teacher's choices in the panel (partner, length, repeat). */
  choices: PlanningChoices;
  /** The panel's code once loaded; until then the launcher is a plain button. It stays for the tab. */
  dock: DockModule | null;
  /** The panel's code on its way: one load however often the launcher is pressed meanwhile. */
  dockLoading: Promise<void> | null;
  /** Why the panel could not be opened (its chunk would not load), shown on the launcher. */
  dockProblem: string | null;
  /** Repaints the page view that is current now: a load may finish after a single-page navigation. */
  repaintCurrentView: (() => void) | null;
}

export function newPlanningTab(): PlanningTab {
  return {
    panelOpen: false,
    choices: freshChoices(),
    dock: null,
    dockLoading: null,
    dockProblem: null,
    repaintCurrentView: null,
  };
}
