import { useRef, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import type { SchoolDay } from '../../utils/schema/calendar';
import type { NewPerson, Person, PersonUpdate } from '../../utils/schema/person';
import { vocabKey } from '../../utils/vocabulary';
import { CheckboxField } from '../ui/fields';
import { AddPersonForm } from './AddPersonForm';
import { OptionsSection } from './OptionsSection';
import { PersonRow } from './PersonRow';

export interface PeopleActions {
  /** The person added, or the one who already had that name; null when storage failed. */
  addPerson: (input: NewPerson) => Promise<Person | null>;
  /** The saved person, or null when they no longer exist or storage failed. */
  updatePerson: (update: PersonUpdate) => Promise<Person | null>;
}

/** The adults the teacher works with: add, edit, archive and bring back. */
export function PeopleSection(props: {
  people: Person[];
  schoolDay: SchoolDay;
  cardLanguages: readonly string[];
  actions: PeopleActions;
}) {
  const [showArchived, setShowArchived] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const archivedToggle = useRef<HTMLDivElement>(null);
  const active = props.people.filter((person) => !person.archived);
  const archivedCount = props.people.length - active.length;
  const shown = showArchived ? props.people : active;

  const add = async (input: NewPerson) => {
    const known = new Set(props.people.map((person) => person.id));
    const person = await props.actions.addPerson(input);
    if (!person) {
      setStatus(t('peopleSaveFailed'));
      return false;
    }
    setStatus(t(known.has(person.id) ? 'peopleAlreadyThere' : 'peopleAdded', person.name));
    return true;
  };
  const save = async (update: PersonUpdate) => {
    const person = await props.actions.updatePerson(update);
    setStatus(person ? t('peopleSaved', person.name) : t('peopleSaveFailed'));
    return person !== null;
  };
  const setArchived = async (person: Person, archived: boolean) => {
    if (editing === person.id) setEditing(null);
    const saved = await props.actions.updatePerson({ id: person.id, archived });
    setStatus(saved ? t(archived ? 'peopleArchivedDone' : 'peopleUnarchivedDone', person.name) : t('peopleSaveFailed'));
    // Archived while archived people are hidden, the row (and the button that had focus) leaves the list:
    // focus goes to "Show archived people (n)", the way back to them, not to the top of the page.
    if (saved && archived && !showArchived) archivedToggle.current?.querySelector('input')?.focus();
  };

  return (
    <OptionsSection id="people" title={t('peopleTitle')} status={status}>
      <p class="hint">{t('peopleIntro')}</p>
      <AddPersonForm onAdd={add} />
      <div ref={archivedToggle}>
        <CheckboxField
          label={t('peopleShowArchived', String(archivedCount))}
          checked={showArchived}
          onChecked={setShowArchived}
        />
      </div>
      {shown.length === 0 ? (
        <p class="empty">{archivedCount > 0 ? t('peopleAllArchived') : t('peopleEmpty')}</p>
      ) : (
        <ul class="people-list" aria-label={t('peopleListName')}>
          {shown.map((person) => (
            <PersonRow
              key={person.id}
              person={person}
              kindLabel={t(vocabKey('kind', person.kind))}
              schoolDay={props.schoolDay}
              cardLanguages={props.cardLanguages}
              editing={editing === person.id}
              onEdit={(open) => setEditing(open ? person.id : null)}
              onSave={save}
              onArchive={(archived) => void setArchived(person, archived)}
            />
          ))}
        </ul>
      )}
    </OptionsSection>
  );
}
