import { loadChunk } from '@/utils/content/lazy';
import { t } from '@/utils/i18n';
import type { DockModule, PlanningTab } from './planning-tab';

/**
 * Loads the panel's code into the tab (once), then repaints whichever page view is current. After an
 * update the old script cannot load the new panel: the launcher then says so, and a later press tries again.
 */
export function loadDock(tab: PlanningTab): void {
  if (tab.dockLoading) return;
  tab.dockLoading = loadChunk<DockModule>('calendar', 'planning-panel').then(
    (module) => {
      tab.dock = module;
      tab.dockProblem = null;
      tab.repaintCurrentView?.();
    },
    (error: unknown) => {
      console.warn('[Tandem] Could not load the planning panel:', error);
      tab.dockLoading = null;
      tab.panelOpen = false;
      tab.dockProblem = t('extensionUpdated');
      tab.repaintCurrentView?.();
    },
  );
}
