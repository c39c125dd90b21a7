import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import type { Note, NoteUpdate } from '../../utils/schema/note';
import type { Person } from '../../utils/schema/person';
import { formatWhen } from '../options/format-when';
import { trusted } from '../ui/trusted';
import { NoteEditor } from './NoteEditor';
import { kindLabel } from './note-options';

export interface NoteItemProps {
  note: Note;
  people: readonly Person[];
  knownNames: readonly string[];
  /** The school's "initials only" rule (utils/school-policy/policy.ts). */
  initialsOnly?: boolean;
  /** Resolves false when the change could not be saved. */
  onUpdate: (update: NoteUpdate) => Promise<boolean>;
  onDelete: (note: Note) => void;
}

/**
 * One note in the list: what it is, when, about whom and which lesson, then its text (as text), with
 * Done, Edit and Delete. Editing happens in place; Escape cancels, Ctrl+Enter saves, and focus returns
 * to the Edit button either way. Every control is described by the note's text, so a screen reader user
 * moving from button to button hears which note "Edit" belongs to.
 */
export function NoteItem(props: NoteItemProps) {
  const { note } = props;
  const [editing, setEditing] = useState(false);
  const [failed, setFailed] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const focusEditButton = useRef(false);
  useLayoutEffect(() => {
    if (!editing && focusEditButton.current) {
      focusEditButton.current = false;
      editButton.current?.focus();
    }
  }, [editing]);

  const finishEditing = () => {
    focusEditButton.current = true;
    setEditing(false);
  };
  const update = async (change: Omit<NoteUpdate, 'id'>): Promise<boolean> => {
    const ok = await props.onUpdate({ id: note.id, ...change });
    setFailed(!ok);
    return ok;
  };

  const textId = `text-${note.id}`;
  const person = props.people.find((candidate) => candidate.id === note.personId);
  return (
    <li class={`note${note.done ? ' done' : ''}`} data-note-id={note.id}>
      <p class="note-meta">
        <span class="note-kind">{kindLabel(note.kind)}</span>
        <span>
          <time dateTime={note.createdAt}>{formatWhen(note.createdAt)}</time>
        </span>
        {person && <span>{person.name}</span>}
      </p>
      {note.link && <p class="note-link">{note.link.title}</p>}
      {editing ? (
        <NoteEditor
          note={note}
          people={props.people}
          knownNames={props.knownNames}
          initialsOnly={props.initialsOnly}
          onSave={async (change) => {
            if (await update(change)) finishEditing();
          }}
          onCancel={finishEditing}
        />
      ) : (
        <>
          <p class="note-text" id={textId}>
            {note.text}
          </p>
          <div class="note-actions">
            <label class="checkbox">
              <input
                type="checkbox"
                checked={note.done}
                aria-describedby={textId}
                onChange={trusted((event: Event) =>
                  update({ done: (event.currentTarget as HTMLInputElement).checked }),
                )}
              />
              <span>{t('notesDone')}</span>
            </label>
            <button
              type="button"
              class="button quiet"
              ref={editButton}
              aria-describedby={textId}
              onClick={trusted(() => setEditing(true))}
            >
              {t('notesEdit')}
            </button>
            <button
              type="button"
              class="button quiet"
              aria-describedby={textId}
              onClick={trusted(() => props.onDelete(note))}
            >
              {t('notesDelete')}
            </button>
          </div>
        </>
      )}
      {failed && (
        <p role="alert" class="notice warning">
          {t('notesChangeFailed')}
        </p>
      )}
    </li>
  );
}
