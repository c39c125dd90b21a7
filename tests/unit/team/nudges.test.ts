import { describe, expect, it } from 'vitest';
import type { ModelId } from '../../../utils/schema/vocabulary';
import type { CoverageRow } from '../../../utils/team/coverage-minutes';
import {
  COVERAGE_MINUTES_MONTH,
  LEAD_AND_ROAM_MIN,
  LEAD_AND_ROAM_WINDOW,
  LOST_PLANNING_WEEKS,
  NOT_LEADING_MIN_LESSONS,
} from '../../../utils/team/nudge-thresholds';
import { type NudgeInput, nudges } from '../../../utils/team/nudges';
import type { PlanningWeek } from '../../../utils/team/planning-weeks';
import { rolesHeld } from '../../../utils/team/roles-held';
import type { DatedLesson } from '../../../utils/team/select-lessons';
import { whoLeadsByMonth } from '../../../utils/team/who-leads';
import { plan } from './plans';

// Issue 15: each nudge appears exactly at its threshold and not one below (thresholds: utils/team/nudge-thresholds.ts).

const dated = (plans: ReturnType<typeof plan>[]): DatedLesson[] =>
  plans.map((p, i) => ({ plan: p, date: `2026-09-${String(i + 1).padStart(2, '0')}` }));
/** Who led is worked out from the lessons, as utils/team/team-report.ts does. */
const input = (patch: Partial<NudgeInput>): NudgeInput => {
  const lessons = patch.lessons ?? [];
  const leads = whoLeadsByMonth(lessons, [...new Set(lessons.map((lesson) => lesson.date.slice(0, 7)))]);
  return { lessons, roles: [], leads, planning: [], coverage: [], ...patch };
};
const kinds = (patch: Partial<NudgeInput>) => nudges(input(patch)).map((nudge) => nudge.kind);

/** `roam` Lead and roam lessons among the last `total`, oldest lessons first, the roaming ones last. */
function lessonsWithRoam(roam: number, total: number): DatedLesson[] {
  const models: ModelId[] = [...Array(total - roam).fill('stations'), ...Array(roam).fill('lead-and-roam')];
  return dated(models.map((model) => plan({ model })));
}

describe('nudges', () => {
  it('Lead and roam in 8 of the last 10 lessons, not in 7, nor before 10 lessons', () => {
    expect(nudges(input({ lessons: lessonsWithRoam(LEAD_AND_ROAM_MIN, LEAD_AND_ROAM_WINDOW) }))).toEqual([
      { kind: 'lead-and-roam', count: LEAD_AND_ROAM_MIN, of: LEAD_AND_ROAM_WINDOW },
    ]);
    expect(kinds({ lessons: lessonsWithRoam(LEAD_AND_ROAM_MIN - 1, LEAD_AND_ROAM_WINDOW) })).toEqual([]);
    expect(kinds({ lessons: lessonsWithRoam(LEAD_AND_ROAM_WINDOW - 1, LEAD_AND_ROAM_WINDOW - 1) })).toEqual([]);
    // Only the last 10 count: 8 roaming lessons followed by 3 station lessons is 7 of the last 10.
    const older = lessonsWithRoam(LEAD_AND_ROAM_MIN, LEAD_AND_ROAM_MIN);
    const later = dated([plan({ model: 'stations' }), plan({ model: 'stations' }), plan({ model: 'stations' })]).map(
      (lesson) => ({ ...lesson, date: `2026-10-${lesson.date.slice(8)}` }),
    );
    expect(kinds({ lessons: [...older, ...later] })).toEqual([]);
  });

  it('an adult in 4 lessons who led none; not at 3 lessons, and not once they lead one', () => {
    const prepares = () =>
      plan({ model: 'lead-and-roam', supports: [{ personId: 'p-marcus', role: 'prepare-materials' }] });
    const four = dated(Array.from({ length: NOT_LEADING_MIN_LESSONS }, prepares));
    expect(nudges(input({ lessons: four, roles: rolesHeld(four) }))).toEqual([
      { kind: 'not-leading', personId: 'p-marcus', lessons: NOT_LEADING_MIN_LESSONS },
    ]);
    const three = four.slice(1);
    expect(kinds({ lessons: three, roles: rolesHeld(three) })).toEqual([]);
    const leadsOnce = [
      ...four,
      ...dated([plan({ model: 'stations', stations: [{ id: 's', name: 'Read', leader: 'p-marcus', minutes: 15 }] })]),
    ];
    expect(kinds({ lessons: leadsOnce, roles: rolesHeld(leadsOnce) })).toEqual([]);
  });

  it('planning time lost 3 weeks in a row, with the minutes; not 2, nor 3 weeks with a gap', () => {
    const weeks = (lost: number[]): PlanningWeek[] =>
      lost.map((minutes, i) => ({ week: `2026-09-${String(7 * i + 7).padStart(2, '0')}`, planned: 45, lost: minutes }));
    const three = Array(LOST_PLANNING_WEEKS).fill(45);
    expect(nudges(input({ planning: weeks([0, ...three, 0]) }))).toEqual([
      { kind: 'planning-lost', weeks: LOST_PLANNING_WEEKS, minutes: 45 * LOST_PLANNING_WEEKS },
    ]);
    expect(kinds({ planning: weeks([0, ...three.slice(1), 0]) })).toEqual([]);
    expect(kinds({ planning: weeks([45, 45, 0, 45]) })).toEqual([]);
  });

  it('co-taught minutes lost to coverage in a month, at the threshold and not one minute below', () => {
    const row = (minutes: number): CoverageRow => ({
      personId: 'p-ana',
      minutes: { '2026-09': minutes, '2026-10': 0 },
      times: 3,
      total: minutes,
    });
    expect(nudges(input({ coverage: [row(COVERAGE_MINUTES_MONTH)] }))).toEqual([
      { kind: 'coverage', personId: 'p-ana', month: '2026-09', minutes: COVERAGE_MINUTES_MONTH },
    ]);
    expect(kinds({ coverage: [row(COVERAGE_MINUTES_MONTH - 1)] })).toEqual([]);
  });
});
