import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { stoppedByInitialsRule } from '../../utils/notes/privacy';
import type { Note, NoteUpdate } from '../../utils/schema/note';
import type { Person } from '../../utils/schema/person';
import type { NoteKind } from '../../utils/schema/vocabulary';
import { SelectField } from '../ui/fields';
import { trusted } from '../ui/trusted';
import { kindOptions, personOptions } from './note-options';
import { PrivacyNotice } from './PrivacyNotice';

/** A note's text, kind and person, edited in place. Escape cancels, Ctrl+Enter (⌘+Return) saves. */
export function NoteEditor(props: {
  note: Note;
  people: readonly Person[];
  knownNames: readonly string[];
  /** The school's "initials only" rule (utils/school-policy/policy.ts). */
  initialsOnly?: boolean;
  onSave: (change: Omit<NoteUpdate, 'id'>) => void;
  onCancel: () => void;
}) {
  const { note } = props;
  const [text, setText] = useState(note.text);
  const [kind, setKind] = useState<NoteKind>(note.kind);
  const [personId, setPersonId] = useState(note.personId ?? '');
  const [stopped, setStopped] = useState(false);
  const area = useRef<HTMLTextAreaElement>(null);
  // A layout effect: focus moves before the next keystroke, which would otherwise land on the Edit button.
  useLayoutEffect(() => area.current?.focus(), []);
  const linkPhrases = note.link ? [note.link.title, note.link.courseName ?? ''] : [];

  const save = () => {
    if (!text.trim()) {
      area.current?.focus();
      return;
    }
    if (stoppedByInitialsRule(props.initialsOnly === true, text, props.knownNames, { knownPhrases: linkPhrases })) {
      setStopped(true);
      area.current?.focus();
      return;
    }
    props.onSave({ text, kind, personId: personId || null });
  };
  const onKeyDown = trusted((event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      props.onCancel();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      save();
    }
  });
  const areaId = `edit-${note.id}`;
  return (
    // Keyboard shortcuts for the fields inside; every action also has its own button.
    <fieldset class="note-edit" onKeyDown={onKeyDown}>
      <legend class="visually-hidden">{t('notesEditText')}</legend>
      <div class="field">
        <label for={areaId}>{t('notesEditText')}</label>
        <textarea
          id={areaId}
          ref={area}
          rows={4}
          maxLength={4000}
          value={text}
          onInput={(event) => {
            setText((event.currentTarget as HTMLTextAreaElement).value);
            setStopped(false);
          }}
        />
      </div>
      <PrivacyNotice
        text={text}
        knownNames={props.knownNames}
        knownPhrases={linkPhrases}
        initialsOnly={props.initialsOnly}
      />
      {stopped && (
        <p role="alert" class="notice warning">
          {t('noteNotSavedInitialsOnly')}
        </p>
      )}
      <div class="edit-fields">
        <SelectField
          label={t('notesEditKind')}
          value={kind}
          options={kindOptions()}
          onValue={(value) => setKind(value as NoteKind)}
        />
        <SelectField
          label={t('notesEditPerson')}
          value={personId}
          options={personOptions(props.people, t('popupNobody'), note.personId)}
          onValue={setPersonId}
        />
      </div>
      <div class="note-actions">
        <button type="button" class="button primary" onClick={trusted(save)} disabled={!text.trim()}>
          {t('notesSaveEdit')}
        </button>
        <button type="button" class="button quiet" onClick={trusted(props.onCancel)}>
          {t('notesCancelEdit')}
        </button>
      </div>
    </fieldset>
  );
}
