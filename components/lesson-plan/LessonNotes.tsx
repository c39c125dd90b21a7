import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import type { Note } from '../../utils/schema/note';
import type { Person } from '../../utils/schema/person';
import { vocabKey } from '../../utils/vocabulary';
import { Button, Section } from '../ui/fields';

/** A lesson's notes as the panel knows them; `notes` is null until the first answer. */
export interface LessonNotesState {
  notes: Note[] | null;
  /** Why the last load failed, or null. Notes already shown stay shown after a failed refresh. */
  error: 'timeout' | 'invalidated' | 'failed' | null;
}

/** Enough to see what was said lately without pushing the lesson far down the page. */
export const SHOWN_AT_FIRST = 20;

const ERROR_KEYS = {
  timeout: 'lessonNotesTimeout',
  invalidated: 'lessonNotesInvalidated',
  failed: 'lessonNotesFailed',
} as const;

/** The notes written about this lesson from the popup, newest first (the order they arrive in). */
export function LessonNotes(props: { state: LessonNotesState; people: readonly Person[]; onRetry: () => void }) {
  const { notes, error } = props.state;
  const [showAll, setShowAll] = useState(false);
  const listId = 'tandem-lesson-notes';
  const shown = notes && !showAll ? notes.slice(0, SHOWN_AT_FIRST) : notes;
  return (
    <Section title={t('lessonNotesTitle')}>
      {error && (
        <div class="notice warning lesson-notes-error" role="alert">
          <span>{t(ERROR_KEYS[error])}</span>
          {/* After an update nothing can answer this tab: only a reload helps, so no retry. */}
          {error !== 'invalidated' && <Button onPress={props.onRetry}>{t('retry')}</Button>}
        </div>
      )}
      {notes?.length === 0 && <p class="empty">{t('lessonNotesEmpty')}</p>}
      {shown && shown.length > 0 && (
        <ul class="rows lesson-notes" id={listId} aria-label={t('lessonNotesTitle')}>
          {shown.map((note) => (
            <LessonNote key={note.id} note={note} people={props.people} />
          ))}
        </ul>
      )}
      {notes && notes.length > SHOWN_AT_FIRST && (
        <Button onPress={() => setShowAll(!showAll)} expanded={showAll} controls={listId}>
          {showAll ? t('lessonNotesShowFewer') : t('lessonNotesShowAll', String(notes.length))}
        </Button>
      )}
    </Section>
  );
}

function LessonNote(props: { note: Note; people: readonly Person[] }) {
  const { note } = props;
  // Archived people are included in `people`; someone deleted outright is not named rather than shown as an id.
  const person = note.personId ? props.people.find((candidate) => candidate.id === note.personId) : undefined;
  return (
    <li class="lesson-note">
      <p class="lesson-note-meta">
        <span class="lesson-note-kind">{t(vocabKey('note', note.kind))}</span>
        <span> · </span>
        <time dateTime={note.createdAt}>{formatDate(note.createdAt)}</time>
        {person && <span> · {person.name}</span>}
        {note.done && (
          <>
            <span> · </span>
            <span class="lesson-note-done">{t('lessonNotesDone')}</span>
          </>
        )}
      </p>
      {/* Typed by a user: rendered as text, line breaks kept by CSS. */}
      <p class="lesson-note-text">{note.text}</p>
    </li>
  );
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : dateFormat.format(date);
}
