// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The notice an old tab shows after an update, when a new page view starts: its words come from the
// cache filled before the update, it is shown once, and it comes back when the page's re-render drops it.

vi.mock('../../../utils/content/shared-sheet', () => ({ sharedSheet: () => ({}) }));

const messages = new Map([['extensionUpdated', 'Tandem was updated — reload this tab to keep planning.']]);
let i18nAnswers = true;
vi.mock('wxt/browser', () => ({
  browser: {
    i18n: {
      getMessage: (key: string) => {
        if (!i18nAnswers) throw new Error('Extension context invalidated.');
        return messages.get(key) ?? '';
      },
    },
  },
}));

const { preloadUpdateNotice, showUpdateNotice } = await import('../../../utils/content/update-notice');

beforeEach(() => {
  document.body.replaceChildren();
  i18nAnswers = true;
});
afterEach(() => {
  i18nAnswers = true;
});

describe('showUpdateNotice', () => {
  it('says "Tandem was updated — reload this tab" in words cached before the update, in a closed root', () => {
    preloadUpdateNotice();
    i18nAnswers = false; // the extension went away
    const root = showUpdateNotice();
    const host = document.querySelector('[data-tandem-host="tandem-update-notice"]');
    expect(host).not.toBeNull();
    expect(host?.shadowRoot).toBeNull();
    expect(root.querySelector('[role="alert"]')?.textContent).toBe(
      'Tandem was updated — reload this tab to keep planning.',
    );
  });

  it('is shown once however many page views start, and put back when the page removed it', () => {
    const first = showUpdateNotice();
    expect(showUpdateNotice()).toBe(first);
    expect(document.querySelectorAll('[data-tandem-host="tandem-update-notice"]')).toHaveLength(1);
    document.body.replaceChildren();
    const again = showUpdateNotice();
    expect(again).not.toBe(first);
    expect(document.querySelectorAll('[data-tandem-host="tandem-update-notice"]')).toHaveLength(1);
  });

  it("replaces a copy of its host made by the page (no root of Tandem's inside)", () => {
    const root = showUpdateNotice();
    const host = document.querySelector('[data-tandem-host="tandem-update-notice"]') as Element;
    host.replaceWith(host.cloneNode(true));
    const replaced = showUpdateNotice();
    expect(replaced).not.toBe(root);
    expect(replaced.querySelector('[role="alert"]')).not.toBeNull();
    expect(document.querySelectorAll('[data-tandem-host="tandem-update-notice"]')).toHaveLength(1);
  });
});
