// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { SchoolMessage } from '../../../components/ui/SchoolMessage';
import { domRootPerTest } from '../dom-root';

// The administrator's message (utils/school-policy/policy.ts schoolMessage) is whatever the district typed: HTML,
// several lines, or a right-to-left language on an English page.

vi.mock('../../../utils/i18n', async () => ({ t: (await import('../planning-time/labels')).english }));

const root = domRootPerTest();

describe('SchoolMessage', () => {
  it('shows HTML as text and lays out a right-to-left message by its own direction', async () => {
    const message = 'שימו לב: <img src=x onerror=alert(1)>\nגיבוי כל יום שישי!';
    await act(() => render(<SchoolMessage policy={{ schoolMessage: message }} />, root()));
    const text = root().querySelector('.school-message-text') as HTMLElement;
    expect(text.textContent).toBe(message);
    expect(root().querySelector('img')).toBeNull();
    // Without dir="auto" the Hebrew would be laid out in the page's left-to-right direction (its "!" at the left).
    expect(text.getAttribute('dir')).toBe('auto');
  });
});
