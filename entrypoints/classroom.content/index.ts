import './style.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { runFeatures } from '@/utils/content/features';
import { classSummary } from './class-summary';
import { lessonPanel } from './lesson-panel';
import { listBadges } from './list-badges';

// Wiring only: which Classroom features exist. Where each runs is declared in the feature itself.
export default defineContentScript({
  matches: ['https://classroom.google.com/*'],
  cssInjectionMode: 'ui',
  main(ctx) {
    runFeatures(ctx, [lessonPanel, listBadges, classSummary]);
  },
});
