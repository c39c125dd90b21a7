import { t } from '../../utils/i18n';
import type { SchoolDay } from '../../utils/schema/calendar';
import type { Person, PersonUpdate } from '../../utils/schema/person';
import { Button } from '../ui/fields';
import { personCardUrl } from './card-links';
import { PersonEditor } from './PersonEditor';

/** One person in the list: a short summary, Edit (opens the editor below) and Archive or Unarchive. */
export function PersonRow(props: {
  person: Person;
  kindLabel: string;
  schoolDay: SchoolDay;
  cardLanguages: readonly string[];
  editing: boolean;
  onEdit: (open: boolean) => void;
  onSave: (update: PersonUpdate) => Promise<boolean>;
  onArchive: (archived: boolean) => void;
}) {
  const { person } = props;
  const editorId = `edit-${person.id.replace(/[^A-Za-z0-9-]/g, '-')}`;
  const actionsId = `${editorId}-actions`;
  const close = () => {
    props.onEdit(false);
    // The editor is gone after this render: give focus back to the button that opened it.
    requestAnimationFrame(() => document.getElementById(actionsId)?.querySelector('button')?.focus());
  };
  const periods = person.freePeriods?.length ?? 0;
  return (
    <li class={`person${person.archived ? ' archived' : ''}`}>
      <div class="person-line">
        <div class="person-summary">
          <span class="person-name">{person.name}</span>
          <span class="person-details">
            {[
              props.kindLabel,
              person.email,
              periods > 0 ? t('peopleFreePeriodCount', String(periods)) : undefined,
              person.archived ? t('peopleArchivedTag') : undefined,
            ]
              .filter(Boolean)
              .join(' · ')}
          </span>
          {person.strengths && <span class="person-strengths">{person.strengths}</span>}
        </div>
        <div class="person-actions" id={actionsId}>
          {!person.archived && (
            <>
              <a
                class="button quiet"
                href={personCardUrl(person.id, 'day')}
                target="_blank"
                rel="noopener"
                aria-label={t('peopleDayCardFor', person.name)}
              >
                {t('peopleDayCard')}
              </a>
              <a
                class="button quiet"
                href={personCardUrl(person.id, 'week')}
                target="_blank"
                rel="noopener"
                aria-label={t('peopleWeekCardFor', person.name)}
              >
                {t('peopleWeekCard')}
              </a>
            </>
          )}
          {!person.archived && (
            <Button
              label={t('peopleEditPerson', person.name)}
              expanded={props.editing}
              controls={props.editing ? editorId : undefined}
              onPress={() => props.onEdit(!props.editing)}
            >
              {t('peopleEdit')}
            </Button>
          )}
          <Button
            label={t(person.archived ? 'peopleUnarchivePerson' : 'peopleArchivePerson', person.name)}
            onPress={() => props.onArchive(!person.archived)}
          >
            {t(person.archived ? 'peopleUnarchive' : 'peopleArchive')}
          </Button>
        </div>
      </div>
      {props.editing && (
        <PersonEditor
          id={editorId}
          person={person}
          schoolDay={props.schoolDay}
          cardLanguages={props.cardLanguages}
          onSave={props.onSave}
          onClose={close}
        />
      )}
    </li>
  );
}
