import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import type { Note } from '../../utils/schema/note';
import { trusted } from '../ui/trusted';
import { SEARCH_ID } from './NoteFilters';
import { focusNote } from './NoteList';

/** How long a deleted note can be brought back. */
export const UNDO_MS = 8000;

/**
 * "Note deleted. Undo" for a few seconds after a delete. Focus moves to Undo (the Delete button that had
 * it is gone with its note); after Undo it goes to the restored note, and when the offer runs out while
 * focus is still on it (or the note cannot be shown), to the search box rather than the top of the page.
 */
export function UndoStatus(props: {
  deleted: Note | null;
  onUndo: (note: Note) => Promise<void>;
  onExpired: () => void;
}) {
  const { deleted, onExpired } = props;
  const button = useRef<HTMLButtonElement>(null);
  const [restored, setRestored] = useState(false);
  useLayoutEffect(() => {
    if (!deleted) return;
    setRestored(false);
    button.current?.focus();
    const timer = setTimeout(() => {
      const hadFocus = document.activeElement === button.current;
      onExpired();
      if (hadFocus) document.getElementById(SEARCH_ID)?.focus();
    }, UNDO_MS);
    return () => clearTimeout(timer);
  }, [deleted, onExpired]);

  const undo = async (note: Note) => {
    await props.onUndo(note);
    setRestored(true);
    // After the list has re-rendered with the note back in it. When it is not there (a search typed since
    // hides it, or it could not be restored: the alert says so), the search box, as when the offer runs out.
    setTimeout(() => {
      if (!focusNote(note.id)) document.getElementById(SEARCH_ID)?.focus();
    }, 0);
  };
  return (
    <div role="status" class="undo-status">
      {deleted && (
        <>
          <span>{t('notesDeleted')}</span>
          <button type="button" class="button quiet" ref={button} onClick={trusted(() => void undo(deleted))}>
            {t('notesUndo')}
          </button>
        </>
      )}
      {!deleted && restored && <span>{t('notesRestored')}</span>}
    </div>
  );
}
