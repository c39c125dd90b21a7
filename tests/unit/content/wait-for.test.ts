import { afterEach, describe, expect, it, vi } from 'vitest';
import { nextTask, whenIdle } from '../../../utils/content/wait-for';

// The scheduling helpers that split the content script's start into short tasks.

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('nextTask', () => {
  it('resolves in a later task, after everything already queued as a microtask', async () => {
    const order: string[] = [];
    const done = nextTask().then(() => order.push('next task'));
    void Promise.resolve().then(() => order.push('microtask'));
    await done;
    expect(order).toEqual(['microtask', 'next task']);
  });

  it('uses scheduler.yield where the browser has it', async () => {
    const yieldToPage = vi.fn(() => Promise.resolve());
    vi.stubGlobal('scheduler', { yield: yieldToPage });
    await nextTask();
    expect(yieldToPage).toHaveBeenCalledTimes(1);
  });
});

describe('whenIdle', () => {
  it('never runs the work right away', async () => {
    const work = vi.fn();
    whenIdle(work);
    expect(work).not.toHaveBeenCalled();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('asks requestIdleCallback, with a deadline, where the browser has it', () => {
    const requestIdle = vi.fn();
    vi.stubGlobal('requestIdleCallback', requestIdle);
    whenIdle(() => undefined, 800);
    expect(requestIdle).toHaveBeenCalledWith(expect.any(Function), { timeout: 800 });
  });
});
