// @vitest-environment jsdom
import '../db/test-db';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ThankYouSection } from '../../../components/options/ThankYouSection';
import type { Note } from '../../../utils/schema/note';
import type { Person } from '../../../utils/schema/person';
import { afterPreactPaint } from '../dom-root';

// The thank-you message's Copy button when the browser refuses the clipboard: the status tells the
// teacher the message is selected and to press Ctrl+C, so it must really be selected.

vi.mock('../../../components/ui/trusted', () => ({ trusted: <T,>(handler: T) => handler }));
vi.mock('../../../utils/i18n', async () => ({ t: (await import('../planning-time/labels')).english }));

const MARCUS: Person = {
  id: 'person:marcus',
  name: 'Marcus Lee',
  kind: 'paraprofessional',
  archived: false,
  createdAt: '2026-11-01T08:00:00.000Z',
  updatedAt: '2026-11-01T08:00:00.000Z',
};
const NOTE: Note = {
  id: 'note:1',
  text: 'Ran the stations while I was out',
  kind: 'thank-you',
  personId: MARCUS.id,
  done: false,
  createdAt: new Date().toISOString(),
  updatedAt: new Date().toISOString(),
};

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(async () => {
  render(null, root);
  root.remove();
  vi.unstubAllGlobals();
  await afterPreactPaint();
});

async function settle() {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 20));
  });
}

describe('ThankYouSection', () => {
  it('selects the whole message when the browser refuses to copy it', async () => {
    const writeText = vi.fn(() => Promise.reject(new DOMException('Document is not focused', 'NotAllowedError')));
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    await act(() =>
      render(<ThankYouSection people={[MARCUS]} myName="Dana Rivera" thankYouNotes={async () => [NOTE]} />, root),
    );
    await settle();
    const message = root.querySelector('textarea');
    if (!message) throw new Error('no message shown');
    expect(message.value).toContain('• Ran the stations while I was out');

    const copy = [...root.querySelectorAll('button')].find((button) => button.textContent === 'Copy message');
    await act(async () => copy?.click());
    await settle();

    expect(writeText).toHaveBeenCalledWith(message.value);
    expect(root.querySelector('[role=status]')?.textContent).toContain('The message is selected');
    expect(document.activeElement).toBe(message);
    expect([message.selectionStart, message.selectionEnd]).toEqual([0, message.value.length]);
  });
});
