import { describe, expect, it } from 'vitest';
import { type QuickModels, quickModels, readClassModels } from '../../../utils/lesson-plan/quick-models';
import type { Call } from '../../../utils/lesson-plan/session';
import type { ModelId } from '../../../utils/schema/vocabulary';

// The compact panel's quick models (issue 14): the class's three most used, ties and no history in the
// vocabulary's order (the everyday three first), the lesson's own model always shown.

const cases: Array<{ name: string; history: Array<ModelId | null>; current: ModelId | null; expected: QuickModels }> = [
  {
    name: 'no history: the everyday three',
    history: [],
    current: null,
    expected: { quick: ['lead-and-roam', 'parallel', 'stations'], more: ['alternative', 'team', 'observe'] },
  },
  {
    name: 'lessons without a model count for nothing',
    history: [null, null],
    current: null,
    expected: { quick: ['lead-and-roam', 'parallel', 'stations'], more: ['alternative', 'team', 'observe'] },
  },
  {
    name: 'most used first, then the vocabulary order',
    history: ['team', 'team', 'alternative'],
    current: null,
    expected: { quick: ['team', 'alternative', 'lead-and-roam'], more: ['parallel', 'stations', 'observe'] },
  },
  {
    name: 'a tie keeps the vocabulary order',
    history: ['observe', 'stations', 'observe', 'stations', 'team'],
    current: null,
    expected: { quick: ['stations', 'observe', 'team'], more: ['lead-and-roam', 'parallel', 'alternative'] },
  },
  {
    name: 'the lesson’s own model, when not quick, is shown after them',
    history: [],
    current: 'observe',
    expected: { quick: ['lead-and-roam', 'parallel', 'stations', 'observe'], more: ['alternative', 'team'] },
  },
  {
    name: 'the lesson’s own model among the quick ones adds nothing',
    history: [],
    current: 'parallel',
    expected: { quick: ['lead-and-roam', 'parallel', 'stations'], more: ['alternative', 'team', 'observe'] },
  },
];

describe('quickModels', () => {
  it.each(cases)('$name', ({ history, current, expected }) => {
    expect(quickModels(history, current)).toEqual(expected);
  });
});

describe('readClassModels', () => {
  const lesson = { courseId: '638595247147', itemId: '638600123456' };
  const answering = (result: unknown): Call => (() => Promise.resolve(result)) as unknown as Call;

  it('reads the class’s other lessons’ models, leaving this lesson out', async () => {
    const call = answering({
      ok: true,
      data: [
        { itemId: '638600123456', model: 'observe', status: 'draft', supportNames: [] },
        { itemId: '638600120001', model: 'team', status: 'draft', supportNames: [] },
        { itemId: '638600120002', model: null, status: 'draft', supportNames: [] },
      ],
    });
    expect(await readClassModels(call, lesson)).toEqual(['team', null]);
  });

  it('is empty (the everyday three) when the background fails or throws', async () => {
    expect(await readClassModels(answering({ ok: false, error: 'x' }), lesson)).toEqual([]);
    const throwing = (() => Promise.reject(new Error('Extension context invalidated.'))) as unknown as Call;
    expect(await readClassModels(throwing, lesson)).toEqual([]);
  });
});
