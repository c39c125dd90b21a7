// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SEARCH_ID } from '../../../components/notes/NoteFilters';
import { UndoStatus } from '../../../components/notes/UndoStatus';
import type { Note } from '../../../utils/schema/note';
import { afterPreactPaint } from '../dom-root';

// "Note deleted. Undo": where keyboard focus goes once Undo has been pressed.

vi.mock('../../../components/ui/trusted', () => ({ trusted: <T,>(handler: T) => handler }));
vi.mock('../../../utils/i18n', async () => ({ t: (await import('../planning-time/labels')).english }));

const NOTE: Note = {
  id: 'note:1',
  text: 'Book the laptop cart for Thursday',
  kind: 'follow-up',
  done: false,
  createdAt: '2026-11-20T10:00:00.000Z',
  updatedAt: '2026-11-20T10:00:00.000Z',
};

let root: HTMLElement;
let search: HTMLInputElement;
beforeEach(() => {
  search = document.createElement('input');
  search.id = SEARCH_ID;
  root = document.createElement('div');
  document.body.append(search, root);
});
afterEach(async () => {
  render(null, root);
  root.remove();
  search.remove();
  await afterPreactPaint();
});

async function pressUndo(list: () => void) {
  const onUndo = vi.fn(async () => list());
  await act(() => render(<UndoStatus deleted={NOTE} onUndo={onUndo} onExpired={() => undefined} />, root));
  const undo = root.querySelector('button');
  expect(document.activeElement).toBe(undo);
  await act(async () => undo?.click());
  // Undo clears the offer (the owner sets `deleted` to null), which removes the button that had focus.
  await act(() => render(<UndoStatus deleted={null} onUndo={onUndo} onExpired={() => undefined} />, root));
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 10));
  });
}

describe('UndoStatus', () => {
  it('focuses the restored note in the list', async () => {
    const list = document.createElement('ul');
    await pressUndo(() => {
      const item = document.createElement('li');
      item.dataset.noteId = NOTE.id;
      item.append(document.createElement('input'));
      list.append(item);
      document.body.append(list);
    });
    expect(document.activeElement).toBe(list.querySelector('input'));
    list.remove();
  });

  it('focuses the search box when the note is not listed (it could not be restored, or a search hides it)', async () => {
    await pressUndo(() => undefined);
    expect(document.activeElement).toBe(search);
  });
});
