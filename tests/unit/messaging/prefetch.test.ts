import { describe, expect, it, vi } from 'vitest';
import type { Call } from '../../../utils/lesson-plan/session';
import { prefetchingCall } from '../../../utils/messaging/prefetch';

function fakeBackground() {
  let answers = 0;
  const sent: Array<[string, unknown]> = [];
  const call = vi.fn((type: string, payload: unknown) => {
    sent.push([type, payload]);
    return Promise.resolve({ ok: true as const, data: { answer: ++answers, type } });
  }) as unknown as Call;
  return { call, sent };
}

describe('prefetchingCall', () => {
  it('sends the prefetched requests at once, before anyone calls', () => {
    const { call, sent } = fakeBackground();
    prefetchingCall(call, [
      ['plan.get', { courseId: '1', itemId: '2' }],
      ['people.list', {}],
    ]);
    expect(sent).toEqual([
      ['plan.get', { courseId: '1', itemId: '2' }],
      ['people.list', {}],
    ]);
  });

  it('answers the first matching call from the prefetch, and asks again the second time', async () => {
    const { call, sent } = fakeBackground();
    const early = prefetchingCall(call, [['plan.get', { courseId: '1', itemId: '2' }]]);
    await expect(early('plan.get', { courseId: '1', itemId: '2' })).resolves.toEqual({
      ok: true,
      data: { answer: 1, type: 'plan.get' },
    });
    expect(sent).toHaveLength(1);
    // A retry or a refresh must see the database as it is now, not the prefetched answer.
    await expect(early('plan.get', { courseId: '1', itemId: '2' })).resolves.toMatchObject({ data: { answer: 2 } });
    expect(sent).toHaveLength(2);
  });

  it('tells requests apart by payload: same type, other payload goes to the background', async () => {
    const { call, sent } = fakeBackground();
    const early = prefetchingCall(call, [
      ['people.list', {}],
      ['people.list', { includeArchived: true }],
    ]);
    await expect(early('people.list', { includeArchived: true })).resolves.toMatchObject({ data: { answer: 2 } });
    await expect(early('people.list', {})).resolves.toMatchObject({ data: { answer: 1 } });
    await expect(early('plan.get', { courseId: '9', itemId: '9' })).resolves.toMatchObject({ data: { answer: 3 } });
    expect(sent).toHaveLength(3);
  });

  it('hands over a failed prefetch as the failure it was (the panel says so and offers a retry)', async () => {
    const failing = vi.fn(() =>
      Promise.resolve({ ok: false as const, error: { code: 'timeout' as const, message: 'No answer' } }),
    ) as unknown as Call;
    const early = prefetchingCall(failing, [['plan.get', { courseId: '1', itemId: '2' }]]);
    await expect(early('plan.get', { courseId: '1', itemId: '2' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'timeout' },
    });
  });
});
