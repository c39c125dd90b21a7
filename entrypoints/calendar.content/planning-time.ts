import { lazyFeature } from '@/utils/content/lazy';
import { isMonth, isTimeGrid } from '@/utils/pages/calendar/urls';
import type { PlanningTab } from './planning-tab';

/**
 * Planning time: the planning panel and block badges on day, week, custom-days and month views. Its code
 * is the planning-time chunk (planning-time.chunk.ts); `tab` is what the feature keeps for the life of
 * the tab (planning-tab.ts), handed to each page view.
 */
export function planningTime(tab: PlanningTab) {
  return lazyFeature<PlanningTab>({
    name: 'planning-time',
    site: 'calendar',
    include: [isTimeGrid, isMonth],
    early: () => tab,
  });
}
