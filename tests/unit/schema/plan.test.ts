import { describe, expect, it } from 'vitest';
import { emptyPlanContent, planId } from '../../../utils/lesson-plan/defaults';
import { PlanContent, PlanInput } from '../../../utils/schema/plan';
import { MODEL_IDS, vocabKey } from '../../../utils/vocabulary';
import { planInput } from '../db/sample';

describe('plan schema', () => {
  it('accepts an empty plan', () => {
    expect(PlanContent.safeParse(emptyPlanContent()).success).toBe(true);
  });

  it('puts the three everyday models first', () => {
    expect(MODEL_IDS.slice(0, 3)).toEqual(['lead-and-roam', 'parallel', 'stations']);
    expect(MODEL_IDS).toHaveLength(6);
  });

  it('accepts a station plan with leaders, minutes and group codes', () => {
    const input = planInput({
      model: 'stations',
      stations: [
        { id: 's1', name: 'Measure', leader: 'teacher', minutes: 15 },
        { id: 's2', name: 'Practice', leader: 'independent', minutes: 15 },
      ],
      groups: ['A', 'B'],
    });
    expect(PlanInput.safeParse(input).success).toBe(true);
  });

  it.each([
    ['an unknown model', { model: 'lecture' }],
    ['zero-minute station', { stations: [{ id: 's', name: 'x', leader: 'teacher', minutes: 0 }] }],
    ['an empty group code', { groups: [' '] }],
    ['a three-way parallel split', { parallelGroups: Array(3).fill({ code: 'A', leader: 'teacher' }) }],
    ['an unknown role', { supports: [{ personId: 'p', role: 'copy-machine' }] }],
    ['an oversize goal', { goal: 'x'.repeat(5000) }],
  ])('rejects %s', (_label, content) => {
    expect(PlanInput.safeParse(planInput(content as never)).success).toBe(false);
  });

  it('rejects lesson ids that are not Classroom numeric ids', () => {
    expect(PlanInput.safeParse(planInput({}, { itemId: 'NjM4NjAwMTIzNDU2' })).success).toBe(false);
  });

  it('builds stable ids and i18n keys', () => {
    expect(planId('1', '2')).toBe('plan:1:2');
    expect(vocabKey('model', 'lead-and-roam', '_hint')).toBe('model_lead_and_roam_hint');
  });
});
