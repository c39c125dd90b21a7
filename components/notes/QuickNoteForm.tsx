import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { stoppedByInitialsRule } from '../../utils/notes/privacy';
import type { Person } from '../../utils/schema/person';
import type { NoteKind } from '../../utils/schema/vocabulary';
import { NOTE_KINDS } from '../../utils/vocabulary';
import { RadioGroup, SelectField } from '../ui/fields';
import { trusted } from '../ui/trusted';
import { kindOptions, personOptions } from './note-options';
import { PrivacyNotice } from './PrivacyNotice';

export interface QuickNoteInput {
  text: string;
  kind: NoteKind;
  personId?: string;
}

type Status = 'idle' | 'saving' | 'saved' | 'failed' | 'empty' | 'initials';

/** How long "Saved" stays before the status line clears. */
const SAVED_MS = 2500;
const DEFAULT_KIND: NoteKind = NOTE_KINDS[0];

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.userAgent);

/**
 * The quick-note form: text (focused when the popup opens), kind, person, Save. Ctrl+Enter (⌘+Return on
 * a Mac) saves from anywhere in the form. After saving, the text box is cleared and focused again for
 * the next note, and kind and person go back to their defaults so the next note is not filed under the
 * last one's person by accident.
 */
export function QuickNoteForm(props: {
  people: readonly Person[];
  knownNames: readonly string[];
  knownPhrases: readonly string[];
  onSave: (input: QuickNoteInput) => Promise<boolean>;
  /**
   * The school's "initials only" rule: a note that looks like it names a student is kept, not saved. null while the
   * policy is still being read: a save then waits for it, so a quick Ctrl+Enter cannot slip past the rule.
   */
  initialsOnly?: boolean | null;
  /** Keeps the text being typed, so it is still there when the popup is opened again. */
  draft: { load: () => Promise<string>; save: (text: string) => void };
  /** The link line, shown above the text box. */
  children?: ComponentChildren;
}) {
  const [text, setText] = useState('');
  const [kind, setKind] = useState<NoteKind>(DEFAULT_KIND);
  const [personId, setPersonId] = useState('');
  const [status, setStatus] = useState<Status>('idle');
  const [waitingForPolicy, setWaitingForPolicy] = useState(false);
  const textarea = useRef<HTMLTextAreaElement>(null);

  useLayoutEffect(() => textarea.current?.focus(), []);
  const { load: loadDraft, save: saveDraft } = props.draft;
  useEffect(() => {
    // Typing may have started before the draft arrived: what is typed wins.
    void loadDraft().then((draft) => setText((typed) => typed || draft));
  }, [loadDraft]);
  useEffect(() => {
    if (status !== 'saved') return;
    const timer = setTimeout(() => setStatus('idle'), SAVED_MS);
    return () => clearTimeout(timer);
  }, [status]);

  const save = async () => {
    if (status === 'saving') return;
    if (!text.trim()) {
      setStatus('empty');
      textarea.current?.focus();
      return;
    }
    if (props.initialsOnly === null) {
      setWaitingForPolicy(true);
      return;
    }
    // Checked on the text as it is now, not as the notice last saw it: a quick Ctrl+Enter must not slip past the rule.
    if (
      stoppedByInitialsRule(props.initialsOnly === true, text, props.knownNames, { knownPhrases: props.knownPhrases })
    ) {
      setStatus('initials');
      textarea.current?.focus();
      return;
    }
    setStatus('saving');
    const saved = await props.onSave({ text, kind, ...(personId ? { personId } : {}) });
    setStatus(saved ? 'saved' : 'failed');
    if (saved) {
      // The text box stays usable while the note is saved (which waits for the tab's link): what was typed
      // after the saved text is the start of the next note, and is kept.
      const typed = textarea.current?.value ?? '';
      const next = typed.startsWith(text) ? typed.slice(text.length).trimStart() : typed;
      setText(next);
      saveDraft(next);
      setKind(DEFAULT_KIND);
      setPersonId('');
    }
    textarea.current?.focus();
  };

  useEffect(() => {
    if (!waitingForPolicy || props.initialsOnly === null) return;
    setWaitingForPolicy(false);
    void save();
  });

  const onKeyDown = trusted((event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void save();
    }
  });

  return (
    // A fieldset, not a form: Enter on a radio or select would submit a form and save a half-written note.
    <fieldset class="quick-note" onKeyDown={onKeyDown}>
      <legend class="visually-hidden">{t('popupNewNote')}</legend>
      {props.children}
      <div class="field">
        <label for="quick-note-text">{t('popupQuickNote')}</label>
        <textarea
          id="quick-note-text"
          ref={textarea}
          rows={4}
          maxLength={4000}
          value={text}
          aria-describedby="quick-note-hint"
          onInput={(event) => {
            const value = (event.currentTarget as HTMLTextAreaElement).value;
            setText(value);
            saveDraft(value);
            if (status === 'empty' || status === 'failed' || status === 'initials') setStatus('idle');
          }}
        />
      </div>
      <PrivacyNotice
        text={text}
        knownNames={props.knownNames}
        knownPhrases={props.knownPhrases}
        initialsOnly={props.initialsOnly === true}
      />
      <RadioGroup
        class="kind-chooser"
        label={t('popupKind')}
        value={kind}
        options={kindOptions()}
        onValue={(value) => setKind(value as NoteKind)}
      />
      <SelectField
        label={t('popupPerson')}
        value={personId}
        options={personOptions(props.people, t('popupNobody'))}
        onValue={setPersonId}
      />
      <div class="save-row">
        <button
          type="button"
          class="button primary"
          disabled={status === 'saving'}
          onClick={trusted(() => void save())}
        >
          {t('popupSave')}
        </button>
        <p id="quick-note-hint" class="hint">
          {isMac ? t('popupShortcutMac') : t('popupShortcut')}
        </p>
      </div>
      <p role="status" class={`save-status ${status}`}>
        {status === 'saved' && t('popupSaved')}
        {status === 'saving' && t('popupSaving')}
        {status === 'empty' && t('popupEmpty')}
      </p>
      {status === 'initials' && (
        <p role="alert" class="notice warning">
          {t('noteNotSavedInitialsOnly')}
        </p>
      )}
      {status === 'failed' && (
        <p role="alert" class="notice warning">
          {t('popupSaveFailed')}
        </p>
      )}
    </fieldset>
  );
}
