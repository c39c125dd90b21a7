import { useLayoutEffect, useRef } from 'preact/hooks';
import { t } from '../../utils/i18n';
import type { Note, NoteUpdate } from '../../utils/schema/note';
import type { Person } from '../../utils/schema/person';
import { trusted } from '../ui/trusted';
import { SEARCH_ID } from './NoteFilters';
import { NoteItem } from './NoteItem';
import type { NoteList as NoteListState } from './use-note-list';

/**
 * Focuses the first control of a note in the list, found by its id (after Show more, after Undo). False when
 * the note is not listed (a filter hides it, or it could not be brought back).
 */
export function focusNote(id: string): boolean {
  const item = [...document.querySelectorAll<HTMLElement>('[data-note-id]')].find((el) => el.dataset.noteId === id);
  const control = item?.querySelector<HTMLElement>('input, button');
  control?.focus();
  return control !== undefined && control !== null;
}

/**
 * When a change took its note out of the list (ticked Done with "Hide done" on, or edited so the search no
 * longer finds it), the control that had focus went with it: focus the note now in its place (or the last
 * one), else the search box, rather than the top of the popup. Call once the list has re-rendered.
 */
export function refocusAfterLeaving(index: number): void {
  if (document.activeElement && document.activeElement !== document.body) return;
  const items = document.querySelectorAll<HTMLElement>('[data-note-id]');
  const item = items[Math.min(index, items.length - 1)];
  const control = item?.querySelector<HTMLElement>('input, button') ?? document.getElementById(SEARCH_ID);
  control?.focus();
}

/** Recent notes, newest first, with plain-words empty states and "Show more". */
export function NoteList(props: {
  list: NoteListState;
  /** Whether a search or filter is narrowing the list (changes the empty state's words). */
  filtered: boolean;
  people: readonly Person[];
  knownNames: readonly string[];
  initialsOnly?: boolean;
  onUpdate: (update: NoteUpdate) => Promise<boolean>;
  onDelete: (note: Note) => void;
}) {
  const { list } = props;
  // "Show more" moves focus to the first note it added: the button itself may be gone after the last page.
  const firstNew = useRef<number | null>(null);
  useLayoutEffect(() => {
    const index = firstNew.current;
    const note = index === null ? undefined : list.notes[index];
    if (note) {
      firstNew.current = null;
      focusNote(note.id);
    }
  }, [list.notes]);

  if (list.state === 'failed') {
    return (
      <p role="alert" class="notice warning">
        {t('notesLoadFailed')}
      </p>
    );
  }
  if (list.state === 'loading' && list.notes.length === 0) return <p class="empty">{t('notesLoading')}</p>;
  if (list.notes.length === 0) {
    return <p class="empty">{props.filtered ? t('notesNoMatch') : t('notesEmpty')}</p>;
  }
  return (
    <>
      <ul class="notes" aria-label={t('notesListName')}>
        {list.notes.map((note) => (
          <NoteItem
            key={note.id}
            note={note}
            people={props.people}
            knownNames={props.knownNames}
            initialsOnly={props.initialsOnly}
            onUpdate={props.onUpdate}
            onDelete={props.onDelete}
          />
        ))}
      </ul>
      {list.more && (
        <button
          type="button"
          class="button quiet show-more"
          onClick={trusted(() => {
            firstNew.current = list.notes.length;
            list.showMore();
          })}
        >
          {t('notesShowMore')}
        </button>
      )}
    </>
  );
}
