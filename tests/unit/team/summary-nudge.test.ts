import { describe, expect, it } from 'vitest';
import type { PlanSummary } from '../../../utils/schema/plan';
import type { ModelId } from '../../../utils/schema/vocabulary';
import { leadAndRoamInSummaries } from '../../../utils/team/summary-nudge';

// The class summary's nudge: the Team page's threshold (8 of the last 10), over the list page's plan summaries.

const TODAY = '2026-10-30';
const lesson = (
  day: number,
  model: ModelId | null,
  dueDate: string | undefined = `2026-10-${String(day).padStart(2, '0')}`,
): PlanSummary => ({
  itemId: String(638600120000 + day),
  model,
  status: 'taught',
  supportNames: [],
  ...(dueDate ? { dueDate } : {}),
});
const run = (models: Array<ModelId | null>) => models.map((model, index) => lesson(index + 1, model));

describe('leadAndRoamInSummaries', () => {
  it('nudges at 8 of the last 10, not at 7', () => {
    const eight = run(['stations', 'stations', ...Array(8).fill('lead-and-roam')]);
    expect(leadAndRoamInSummaries(eight, TODAY)).toEqual({ count: 8, of: 10 });
    const seven = run(['stations', 'stations', 'parallel', ...Array(7).fill('lead-and-roam')]);
    expect(leadAndRoamInSummaries(seven, TODAY)).toBeNull();
  });

  it('says nothing with fewer than 10 planned lessons', () => {
    expect(leadAndRoamInSummaries(run(Array(9).fill('lead-and-roam')), TODAY)).toBeNull();
  });

  it('counts the last 10 by due date, leaving out lessons due after today, without a date or a model', () => {
    const older = run(Array(10).fill('lead-and-roam')); // Oct 1–10
    const recent = [11, 12, 13].map((day) => lesson(day, 'stations')); // the last 10 are Oct 4–13: 7 of 10
    expect(leadAndRoamInSummaries([...recent, ...older], TODAY)).toBeNull();
    const later = [
      lesson(31, 'stations', '2026-10-31'),
      lesson(0, 'stations', undefined),
      lesson(0, null, '2026-10-20'),
    ];
    expect(leadAndRoamInSummaries([...later, ...older], TODAY)).toEqual({ count: 10, of: 10 });
  });
});
