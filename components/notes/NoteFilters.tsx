import { t } from '../../utils/i18n';
import type { NoteLink } from '../../utils/schema/note';
import type { Person } from '../../utils/schema/person';
import type { NoteKind } from '../../utils/schema/vocabulary';
import { SelectField } from '../ui/fields';
import { kindOptions } from './note-options';

export interface FilterState {
  text: string;
  kind: NoteKind | '';
  personId: string;
  thisPageOnly: boolean;
  hideDone: boolean;
}

export const NO_FILTER: FilterState = { text: '', kind: '', personId: '', thisPageOnly: false, hideDone: false };

/** The id of the search box, so focus can go back to it when what had focus disappears. */
export const SEARCH_ID = 'note-search';

/**
 * Search as you type, and filters by kind, person, the lesson open in the tab, and done. Filters apply
 * at once; the search waits for a pause in typing (use-note-list.ts).
 */
export function NoteFilters(props: {
  value: FilterState;
  onChange: (value: FilterState) => void;
  people: readonly Person[];
  /** The lesson or class of the tab, for "This lesson only"; null hides that filter. */
  link: NoteLink | null;
}) {
  const { value } = props;
  const set = (change: Partial<FilterState>) => props.onChange({ ...value, ...change });
  // Archived people still have notes worth finding.
  const people = [
    { value: '', label: t('notesEveryone') },
    ...props.people.map((person) => ({ value: person.id, label: person.name })),
  ];
  return (
    <div class="note-filters">
      <div class="field search">
        <label for={SEARCH_ID}>{t('notesSearch')}</label>
        <input
          id={SEARCH_ID}
          type="search"
          value={value.text}
          maxLength={200}
          autocomplete="off"
          onInput={(event) => set({ text: (event.currentTarget as HTMLInputElement).value })}
        />
      </div>
      <div class="filter-row">
        <SelectField
          label={t('notesFilterKind')}
          value={value.kind}
          options={[{ value: '', label: t('notesAllKinds') }, ...kindOptions()]}
          onValue={(kind) => set({ kind: kind as NoteKind | '' })}
        />
        {props.people.length > 0 && (
          <SelectField
            label={t('notesFilterPerson')}
            value={value.personId}
            options={people}
            onValue={(personId) => set({ personId })}
          />
        )}
      </div>
      <div class="filter-row">
        {props.link && (
          <label class="checkbox">
            <input
              type="checkbox"
              checked={value.thisPageOnly}
              onChange={(event) => set({ thisPageOnly: (event.currentTarget as HTMLInputElement).checked })}
            />
            <span>{props.link.itemId ? t('notesThisLessonOnly') : t('notesThisClassOnly')}</span>
          </label>
        )}
        <label class="checkbox">
          <input
            type="checkbox"
            checked={value.hideDone}
            onChange={(event) => set({ hideDone: (event.currentTarget as HTMLInputElement).checked })}
          />
          <span>{t('notesHideDone')}</span>
        </label>
      </div>
    </div>
  );
}
