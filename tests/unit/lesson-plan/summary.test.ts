import { describe, expect, it } from 'vitest';
import { summarizeClass } from '../../../utils/lesson-plan/summary';
import type { PlanSummary } from '../../../utils/schema/plan';

const plan = (itemId: string, model: PlanSummary['model'], dueDate?: string): PlanSummary => ({
  itemId,
  model,
  status: 'draft',
  supportNames: [],
  ...(dueDate ? { dueDate } : {}),
});

describe('class summary', () => {
  const today = new Date(2025, 8, 15); // Mon Sep 15 2025, local time

  it('counts lessons due in the next two weeks with and without a plan', () => {
    const items = [
      { itemId: '1', dueDate: '2025-09-19' }, // planned, in window
      { itemId: '2', dueDate: '2025-09-22' }, // unplanned, in window
      { itemId: '3', dueDate: '2025-09-29' }, // last day of the window (today + 14)
      { itemId: '4', dueDate: '2025-09-30' }, // outside
      { itemId: '5', dueDate: '2025-09-14' }, // yesterday: outside
      { itemId: '6', dueDate: null }, // no due date: not counted in the window
    ];
    const summary = summarizeClass(items, [plan('1', 'stations'), plan('6', 'team')], today);
    expect(summary.upcoming).toEqual({ planned: 1, unplanned: 2 });
    expect(summary.onPage).toEqual({ planned: 2, total: 6 });
  });

  it('counts a stored plan due soon even when its row is not on this page', () => {
    const summary = summarizeClass([], [plan('9', 'parallel', '2025-09-16')], today);
    expect(summary.upcoming).toEqual({ planned: 1, unplanned: 0 });
  });

  it('prefers the due date on the page over the one stored with the plan', () => {
    const summary = summarizeClass([{ itemId: '1', dueDate: '2025-10-30' }], [plan('1', 'team', '2025-09-16')], today);
    expect(summary.upcoming).toEqual({ planned: 0, unplanned: 0 });
  });

  it('orders the model mix by use, then by the vocabulary order, and skips plans without a model', () => {
    const plans = [
      plan('1', 'team'),
      plan('2', 'stations'),
      plan('3', 'team'),
      plan('4', 'lead-and-roam'),
      plan('5', null),
    ];
    expect(summarizeClass([], plans, today).modelMix).toEqual([
      { model: 'team', count: 2 },
      { model: 'lead-and-roam', count: 1 },
      { model: 'stations', count: 1 },
    ]);
  });
});
