// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { GUARDED_EVENTS, refuseUntrustedEvents } from '../../../utils/content/trusted-events';

// The guard on Tandem's shadow roots: an event a script makes (isTrusted false) never reaches a handler
// inside, and its default action is cancelled. Trusted events cannot be made here; that they pass is
// shown end to end (tests/e2e/untrusted-events.spec.ts and every spec that clicks and types).

function guardedRoot() {
  const host = document.createElement('tandem-test');
  document.body.append(host);
  const root = host.attachShadow({ mode: 'closed' });
  refuseUntrustedEvents(root);
  return root;
}

describe('refuseUntrustedEvents', () => {
  it('stops every guarded kind of page-made event before a handler inside sees it', () => {
    const root = guardedRoot();
    const button = document.createElement('button');
    root.append(button);
    const handler = vi.fn();
    for (const type of GUARDED_EVENTS) button.addEventListener(type, handler);
    for (const type of GUARDED_EVENTS) button.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
    button.click();
    expect(handler).not.toHaveBeenCalled();
  });

  it('undoes a scripted click on a checkbox or radio, so no change follows', () => {
    const root = guardedRoot();
    const checkbox = Object.assign(document.createElement('input'), { type: 'checkbox' });
    const radio = Object.assign(document.createElement('input'), { type: 'radio', name: 'model' });
    root.append(checkbox, radio);
    const changed = vi.fn();
    root.addEventListener('change', changed);
    checkbox.click();
    radio.click();
    expect(checkbox.checked).toBe(false);
    expect(radio.checked).toBe(false);
    expect(changed).not.toHaveBeenCalled();
  });

  it('cancels a scripted submit', () => {
    const root = guardedRoot();
    const form = document.createElement('form');
    root.append(form);
    const submitted = vi.fn();
    form.addEventListener('submit', submitted);
    const event = new Event('submit', { bubbles: true, cancelable: true });
    form.dispatchEvent(event);
    expect(submitted).not.toHaveBeenCalled();
    expect(event.defaultPrevented).toBe(true);
  });

  it('leaves events outside the root alone', () => {
    guardedRoot();
    const outside = document.createElement('button');
    document.body.append(outside);
    const handler = vi.fn();
    outside.addEventListener('click', handler);
    outside.click();
    expect(handler).toHaveBeenCalledOnce();
  });
});
