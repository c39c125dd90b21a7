import { useRef, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import type { SchoolDay } from '../../utils/schema/calendar';
import type { Person, PersonUpdate } from '../../utils/schema/person';
import type { CardLanguage, PersonKind } from '../../utils/schema/vocabulary';
import { kindOptions } from '../lesson-plan/vocabulary-options';
import { Button, SelectField, TextField } from '../ui/fields';
import { trusted } from '../ui/trusted';
import { cardLanguageOptions } from './card-language-options';
import { FreePeriodGrid } from './FreePeriodGrid';
import { gridRows, splitPeriods } from './free-period-cells';
import { checkDraft, draftFromPerson, type PersonDraft, type PersonProblems } from './person-form';

/**
 * Edits one person: name, kind, e-mail, strengths and interests, weekly free periods. Nothing is saved
 * until "Save changes"; problems are named next to their field and focus goes to the first one.
 */
export function PersonEditor(props: {
  id: string;
  person: Person;
  schoolDay: SchoolDay;
  /** The card languages the school offers (all when it set none). */
  cardLanguages: readonly string[];
  onSave: (update: PersonUpdate) => Promise<boolean>;
  onClose: () => void;
}) {
  // The person as the editor opened: what is saved is what the teacher changed since (checkDraft).
  const [initial] = useState<PersonDraft>(() => {
    const grid = { weekdays: props.schoolDay.weekdays, rows: gridRows(props.schoolDay) };
    const { cells, others } = splitPeriods(props.person.freePeriods ?? [], grid);
    return draftFromPerson(props.person, cells, others);
  });
  const [draft, setDraft] = useState<PersonDraft>(initial);
  const [problems, setProblems] = useState<PersonProblems>({});
  const [saving, setSaving] = useState(false);
  const nameInput = useRef<HTMLInputElement | HTMLTextAreaElement | null>(null);
  const emailInput = useRef<HTMLInputElement | HTMLTextAreaElement | null>(null);
  const change = (patch: Partial<PersonDraft>) => setDraft((previous) => ({ ...previous, ...patch }));

  const save = async () => {
    const checked = checkDraft(props.person.id, draft, initial);
    if (!checked.ok) {
      setProblems(checked.problems);
      (checked.problems.name ? nameInput : emailInput).current?.focus();
      return;
    }
    setProblems({});
    setSaving(true);
    const saved = await props.onSave(checked.update);
    setSaving(false);
    if (saved) props.onClose();
  };

  return (
    <form
      id={props.id}
      class="person-editor"
      aria-label={t('peopleEditing', props.person.name)}
      noValidate
      onSubmit={trusted((event: Event) => {
        event.preventDefault();
        void save();
      })}
    >
      <div class="form-row">
        <TextField
          label={t('peopleName')}
          autoComplete="off"
          value={draft.name}
          maxLength={120}
          error={problems.name && t(problems.name)}
          inputRef={(element) => {
            nameInput.current = element;
          }}
          onValue={(name) => change({ name })}
        />
        <SelectField
          label={t('peopleKind')}
          value={draft.kind}
          options={kindOptions()}
          onValue={(kind) => change({ kind: kind as PersonKind })}
        />
        <TextField
          label={t('peopleEmail')}
          type="email"
          autoComplete="off"
          value={draft.email}
          hint={t('peopleEmailHint')}
          error={problems.email && t(problems.email)}
          inputRef={(element) => {
            emailInput.current = element;
          }}
          onValue={(email) => change({ email })}
        />
        <SelectField
          label={t('peopleCardLanguage')}
          value={draft.cardLanguage}
          options={cardLanguageOptions(props.cardLanguages, props.person.cardLanguage)}
          onValue={(cardLanguage) => change({ cardLanguage: cardLanguage as CardLanguage })}
        />
      </div>
      <TextField
        label={t('peopleStrengths')}
        multiline
        rows={3}
        value={draft.strengths}
        hint={t('peopleStrengthsHint')}
        error={problems.strengths && t(problems.strengths)}
        onValue={(strengths) => change({ strengths })}
      />
      <FreePeriodGrid
        personName={draft.name.trim() || props.person.name}
        schoolDay={props.schoolDay}
        cells={draft.cells}
        onCells={(cells) => change({ cells })}
        others={draft.others}
        onOthers={(others) => change({ others })}
        error={problems.freePeriods && t(problems.freePeriods)}
      />
      <div class="actions">
        <button type="submit" class="button primary" disabled={saving}>
          {t('peopleSave')}
        </button>
        <Button onPress={props.onClose}>{t('peopleCancel')}</Button>
      </div>
    </form>
  );
}
