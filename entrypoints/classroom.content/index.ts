import '@/components/ui/panel.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { runFeatures } from '@/utils/content/features';
import { followPageScheme } from '@/utils/content/page-theme';
import { lessonPlan } from './lesson-plan';
import { listPage } from './list-page';
import { answerExtensionPages } from './page-messages';

// Wiring only: which Classroom features exist and where each runs. What is loaded on every Classroom page
// is this script: badges, the answer to the popup, and the URL predicates. The lesson panel and the class
// summary are chunks imported on the pages that show them (utils/build/lazy-chunks.ts, issue 5).
export default defineContentScript({
  matches: ['https://classroom.google.com/*'],
  cssInjectionMode: 'ui',
  // WXT would post its "script started" message, with the extension's id, to every page script; nothing
  // of Tandem listens for it (see utils/content/features.ts).
  noScriptStartedPostMessage: true,
  // An anonymous IIFE (WXT 0.21's default; 0.20, kept for Node 20, names it): no `classroom` variable in the
  // isolated world, and no `classroom;` footer copied into the on-demand chunks built from this config.
  globalName: false,
  main(ctx) {
    // For the bench and for DevTools: where Tandem's own time on a page starts.
    performance.mark('tandem:classroom:start');
    // Before any Tandem UI mounts: light or dark as Classroom is shown, not as the system is set.
    followPageScheme(ctx.signal);
    answerExtensionPages(ctx);
    runFeatures(ctx, [lessonPlan, listPage]);
  },
});
