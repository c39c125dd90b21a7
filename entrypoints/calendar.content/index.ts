import '@/components/ui/panel.css';
import './style.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { runFeatures } from '@/utils/content/features';
import { preloadMessages } from '@/utils/i18n';
import { planningTime } from './planning-time';

// Wiring only: which Calendar features exist. Where each runs is declared in the feature itself.
export default defineContentScript({
  matches: ['https://calendar.google.com/calendar/*'],
  cssInjectionMode: 'ui',
  main(ctx) {
    performance.mark('tandem:calendar:start');
    // Shown only after an update, when the i18n API no longer answers this (old) script.
    preloadMessages(['extensionUpdated', 'planningPanelName', 'planningClose']);
    runFeatures(ctx, [planningTime]);
  },
});
