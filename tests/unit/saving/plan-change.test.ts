import { describe, expect, it } from 'vitest';
import { PlanChange } from '../../../utils/schema/plan-change';
import { LAB_REPORT } from '../db/sample';

const at = 1_800_000_000_000;

describe('PlanChange', () => {
  it('accepts a change of known fields, each with its edit time', () => {
    expect(PlanChange.safeParse({ lesson: LAB_REPORT, content: { goal: 'x' }, editedAt: { goal: at } }).success).toBe(
      true,
    );
  });

  it.each([
    ['no field at all', { content: {}, editedAt: {} }],
    ['an unknown field', { content: { goal: 'x', grade: 'A' }, editedAt: { goal: at, grade: at } }],
    ['a field without its edit time', { content: { goal: 'x' }, editedAt: {} }],
    ['an edit time that is no clock', { content: { goal: 'x' }, editedAt: { goal: 12 } }],
    ['a value of the wrong type', { content: { model: 'lecture' }, editedAt: { model: at } }],
  ])('refuses %s', (_what, change) => {
    expect(PlanChange.safeParse({ lesson: LAB_REPORT, ...change }).success).toBe(false);
  });

  it('refuses unknown keys beside the change', () => {
    expect(
      PlanChange.safeParse({ lesson: LAB_REPORT, content: { goal: 'x' }, editedAt: { goal: at }, extra: 1 }).success,
    ).toBe(false);
  });
});
