import '@/components/ui/panel.css';
import './style.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { runFeatures } from '@/utils/content/features';
import { lazyFeature } from '@/utils/content/lazy';
import { isMonth, isTimeGrid } from '@/utils/pages/calendar/urls';

// Wiring only: which Calendar features exist and where each runs. The planning panel and block badges
// are a chunk imported on day, week, custom-days and month views (utils/build/lazy-chunks.ts, issue 5):
// Calendar's other pages (settings, search, event editing) load nothing else.
export default defineContentScript({
  matches: ['https://calendar.google.com/calendar/*'],
  cssInjectionMode: 'ui',
  // WXT would post its "script started" message, with the extension's id, to every page script; nothing
  // of Tandem listens for it (see utils/content/features.ts).
  noScriptStartedPostMessage: true,
  main(ctx) {
    performance.mark('tandem:calendar:start');
    runFeatures(ctx, [lazyFeature({ name: 'planning-time', site: 'calendar', include: [isTimeGrid, isMonth] })]);
  },
});
