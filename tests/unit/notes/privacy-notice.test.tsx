// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PRIVACY_PAUSE_MS, PrivacyNotice } from '../../../components/notes/PrivacyNotice';
import { afterPreactPaint } from '../dom-root';

// The privacy notice is a live region: it must change when typing pauses, not on every keystroke, or a
// screen reader reads out "Jayden Sm", "Jayden Smi", "Jayden Smit"… one after another.

vi.mock('../../../utils/i18n', async () => ({ t: (await import('../planning-time/labels')).english }));

let root: HTMLElement;
beforeEach(() => {
  vi.useFakeTimers();
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(async () => {
  render(null, root);
  root.remove();
  vi.useRealTimers();
  await afterPreactPaint();
});

const show = (text: string) => act(() => render(<PrivacyNotice text={text} knownNames={[]} knownPhrases={[]} />, root));
const status = () => root.querySelector('[role="status"]')?.textContent ?? '';

describe('privacy notice', () => {
  it('speaks once typing pauses, with the name found, and not while letters keep coming', async () => {
    await show(''); // the popup opens with an empty box
    for (const typed of ['Jayden Sm', 'Jayden Smi', 'Jayden Smit', 'Jayden Smith']) {
      await show(typed);
      await act(() => {
        vi.advanceTimersByTime(PRIVACY_PAUSE_MS / 4);
      });
      expect(status()).toBe('');
    }
    await act(() => {
      vi.advanceTimersByTime(PRIVACY_PAUSE_MS);
    });
    expect(status()).toContain('Jayden Smith');
    expect(status()).not.toContain('Jayden Smit,');
  });

  it('clears at once when the box is emptied after saving', async () => {
    await show('Jayden Smith hit Mia');
    await act(() => {
      vi.advanceTimersByTime(PRIVACY_PAUSE_MS);
    });
    expect(status()).toContain('Jayden Smith');
    await show('');
    expect(status()).toBe('');
  });
});

it('checks a restored draft at once (nothing is being typed)', async () => {
  await show('Jayden Smith left early');
  expect(status()).toContain('Jayden Smith');
});
