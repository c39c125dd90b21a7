import { useRef, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import type { NewPerson } from '../../utils/schema/person';
import type { PersonKind } from '../../utils/schema/vocabulary';
import { kindOptions } from '../lesson-plan/vocabulary-options';
import { SelectField, TextField } from '../ui/fields';
import { trusted } from '../ui/trusted';
import { nameProblem } from './person-form';

/** Name and kind, added with the button or Enter; the other details are filled in with Edit. */
export function AddPersonForm(props: { onAdd: (input: NewPerson) => Promise<boolean> }) {
  const [name, setName] = useState('');
  const [kind, setKind] = useState<PersonKind>('paraprofessional');
  const [problem, setProblem] = useState<string | undefined>();
  const input = useRef<HTMLInputElement | HTMLTextAreaElement | null>(null);
  const add = async () => {
    const wrong = nameProblem(name);
    setProblem(wrong);
    if (wrong) {
      input.current?.focus();
      return;
    }
    if (await props.onAdd({ name: name.trim(), kind })) setName('');
  };
  return (
    <form
      class="inline-form add-person"
      aria-label={t('peopleAddTitle')}
      noValidate
      onSubmit={trusted((event: Event) => {
        event.preventDefault();
        void add();
      })}
    >
      <TextField
        label={t('peopleNewName')}
        autoComplete="off"
        value={name}
        maxLength={120}
        error={problem && t(problem)}
        inputRef={(element) => {
          input.current = element;
        }}
        onValue={(value) => {
          setName(value);
          if (problem && !nameProblem(value)) setProblem(undefined);
        }}
      />
      <SelectField
        label={t('peopleKind')}
        value={kind}
        options={kindOptions()}
        onValue={(v) => setKind(v as PersonKind)}
      />
      <button type="submit" class="button primary">
        {t('peopleAdd')}
      </button>
    </form>
  );
}
