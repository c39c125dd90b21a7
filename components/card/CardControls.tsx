import type { CardRange } from '../../utils/cards/card';
import { t } from '../../utils/i18n';
import type { Person } from '../../utils/schema/person';
import { SelectField } from '../ui/fields';
import type { CardQuery } from './card-query';
import { DateStepper } from './DateStepper';
import { RangeToggle } from './RangeToggle';

/** Whose card, a day or a week, and which one: every control is a native one, reached and used by keyboard. */
export function CardControls(props: {
  people: readonly Person[];
  personId: string;
  range: CardRange;
  date: string;
  onQuery: (change: Partial<CardQuery>) => void;
}) {
  // An unknown person in the URL: the select offers a blank first choice instead of pretending someone is chosen.
  const blank = props.people.some((person) => person.id === props.personId) ? [] : [{ value: '', label: '' }];
  const options = [...blank, ...props.people.map((person) => ({ value: person.id, label: person.name }))];
  return (
    <section class="card-controls" aria-label={t('cardPageControls')}>
      <SelectField
        label={t('cardPagePerson')}
        value={props.personId}
        options={options}
        onValue={(personId) => personId && props.onQuery({ personId })}
      />
      <RangeToggle range={props.range} onRange={(range) => props.onQuery({ range })} />
      <DateStepper range={props.range} date={props.date} onDate={(date) => props.onQuery({ date })} />
    </section>
  );
}
