import '@/components/ui/panel.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { runFeatures } from '@/utils/content/features';
import { whenIdle } from '@/utils/content/wait-for';
import { preloadMessages } from '@/utils/i18n';
import { classSummary } from './class-summary';
import { lessonPanel } from './lesson-panel';
import { listBadges } from './list-badges';
import { answerExtensionPages } from './page-messages';

// Wiring only: which Classroom features exist. Where each runs is declared in the feature itself.
export default defineContentScript({
  matches: ['https://classroom.google.com/*'],
  cssInjectionMode: 'ui',
  main(ctx) {
    // For the bench and for DevTools: where Tandem's own time on a page starts.
    performance.mark('tandem:classroom:start');
    answerExtensionPages(ctx);
    runFeatures(ctx, [lessonPanel, listBadges, classSummary]);
    // Shown only after an update, when the i18n API no longer answers this (old) script. Not needed for the
    // first paint, so cached once the page is idle (long before a teacher could install an update).
    whenIdle(() => preloadMessages(['extensionUpdated', 'saveFailed', 'retry', 'lessonNotesInvalidated']));
  },
});
