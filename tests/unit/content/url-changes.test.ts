import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { POLL_MS, watchUrlChanges } from '../../../utils/content/url-changes';

// The feature runner's URL watcher: it reads the URL itself and never trusts what an event says, so an
// event the page dispatches can neither start a page view nor throw.

let href: string;
let controller: AbortController;
beforeEach(() => {
  href = 'https://classroom.google.com/u/0/w/NjM4NTk1MjQ3MTQ3/t/all';
  controller = new AbortController();
});
afterEach(() => {
  controller.abort();
  vi.useRealTimers();
});

describe('watchUrlChanges with the Navigation API', () => {
  it('ignores currententrychange events the page dispatched, whatever they carry', () => {
    const navigation = new EventTarget();
    const onChange = vi.fn();
    watchUrlChanges({ navigation, readHref: () => href, onChange, signal: controller.signal });
    href = 'https://classroom.google.com/u/0/c/NjM4NTk1MjQ3MTQ3';
    // Dispatched by script: isTrusted is false.
    expect(() => navigation.dispatchEvent(new Event('currententrychange'))).not.toThrow();
    expect(() =>
      navigation.dispatchEvent(new CustomEvent('navigate', { detail: { destination: null } })),
    ).not.toThrow();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('listens for the browser’s currententrychange only, and stops when aborted', () => {
    const navigation = new EventTarget();
    const listen = vi.spyOn(navigation, 'addEventListener');
    watchUrlChanges({ navigation, readHref: () => href, onChange: () => undefined, signal: controller.signal });
    expect(listen).toHaveBeenCalledTimes(1);
    expect(listen.mock.calls[0]?.[0]).toBe('currententrychange');
    expect(listen.mock.calls[0]?.[2]).toMatchObject({ signal: controller.signal });
  });
});

describe('watchUrlChanges without the Navigation API', () => {
  it('reports each new URL once, never the first one, and stops when aborted', () => {
    vi.useFakeTimers();
    const onChange = vi.fn();
    watchUrlChanges({ navigation: undefined, readHref: () => href, onChange, signal: controller.signal });
    vi.advanceTimersByTime(POLL_MS * 3);
    expect(onChange).not.toHaveBeenCalled();
    href = 'https://classroom.google.com/u/0/c/NjM4NTk1MjQ3MTQ3';
    vi.advanceTimersByTime(POLL_MS * 3);
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenCalledWith('https://classroom.google.com/u/0/c/NjM4NTk1MjQ3MTQ3');
    controller.abort();
    href = 'https://classroom.google.com/u/0/w/NjM4NTk1MjQ3MTQ3/t/all';
    vi.advanceTimersByTime(POLL_MS * 3);
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
