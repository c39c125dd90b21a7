// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { QuickNoteForm, type QuickNoteInput } from '../../../components/notes/QuickNoteForm';
import { domRootPerTest } from '../dom-root';

// The quick-note form around a save: what the teacher types while a note is being saved is not lost.

vi.mock('../../../components/ui/trusted', () => ({ trusted: <T,>(handler: T) => handler }));
vi.mock('../../../utils/i18n', async () => ({ t: (await import('../planning-time/labels')).english }));

const root = domRootPerTest();

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

async function type(area: HTMLTextAreaElement, value: string) {
  await act(async () => {
    area.value = value;
    area.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('QuickNoteForm', () => {
  it('keeps what was typed while the note was being saved, as the start of the next note', async () => {
    const saving = deferred<boolean>();
    const onSave = vi.fn((_input: QuickNoteInput) => saving.promise);
    const draft = { load: async () => '', save: vi.fn() };
    await act(() =>
      render(<QuickNoteForm people={[]} knownNames={[]} knownPhrases={[]} onSave={onSave} draft={draft} />, root()),
    );
    const area = root().querySelector('textarea');
    if (!area) throw new Error('no text box');

    await type(area, 'Group B needs the density table again');
    const save = [...root().querySelectorAll('button')].find((button) => button.textContent === 'Save note');
    await act(async () => save?.click());
    expect(onSave).toHaveBeenCalledWith({ text: 'Group B needs the density table again', kind: 'observation' });
    // The teacher goes on typing the next note before the save has finished.
    await type(area, 'Group B needs the density table again Thank Marcus');
    await act(async () => saving.resolve(true));

    expect(area.value).toBe('Thank Marcus');
    expect(draft.save).toHaveBeenLastCalledWith('Thank Marcus');
  });

  it('clears the text box after a save when nothing more was typed', async () => {
    const draft = { load: async () => '', save: vi.fn() };
    await act(() =>
      render(
        <QuickNoteForm people={[]} knownNames={[]} knownPhrases={[]} onSave={async () => true} draft={draft} />,
        root(),
      ),
    );
    const area = root().querySelector('textarea') as HTMLTextAreaElement;
    await type(area, 'Order more graduated cylinders');
    const save = [...root().querySelectorAll('button')].find((button) => button.textContent === 'Save note');
    await act(async () => save?.click());
    expect(area.value).toBe('');
    expect(draft.save).toHaveBeenLastCalledWith('');
  });
});
