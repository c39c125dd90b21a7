import '@/components/ui/panel.css';
import './style.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { runFeatures } from '@/utils/content/features';
import { followPageScheme } from '@/utils/content/page-theme';
import { newPlanningTab } from './planning-tab';
import { planningTime } from './planning-time';

// Wiring only: which Calendar features exist and where each runs. The planning panel and block badges
// are a chunk imported on day, week, custom-days and month views (utils/build/lazy-chunks.ts, issue 5):
// Calendar's other pages (settings, search, event editing) load nothing else.
export default defineContentScript({
  matches: ['https://calendar.google.com/calendar/*'],
  cssInjectionMode: 'ui',
  // WXT would post its "script started" message, with the extension's id, to every page script; nothing
  // of Tandem listens for it (see utils/content/features.ts).
  noScriptStartedPostMessage: true,
  // An anonymous IIFE (WXT 0.21's default; 0.20, kept for Node 20, names it): no `calendar` variable in the
  // isolated world, and no `calendar;` footer copied into the on-demand chunks built from this config.
  globalName: false,
  main(ctx) {
    performance.mark('tandem:calendar:start');
    // Before any Tandem UI mounts: light or dark as Calendar is shown, not as the system is set.
    followPageScheme(ctx.signal);
    // What planning time keeps for the life of the tab, across Calendar's single-page navigations (the
    // panel open or closed, its loaded code, the teacher's choices): one object, handed to each page view.
    const planningTab = newPlanningTab();
    runFeatures(ctx, [planningTime(planningTab)]);
  },
});
