import type { CardRange } from '../../utils/cards/card';
import { t } from '../../utils/i18n';
import { addDays } from '../../utils/planning-time/dates';
import { CalendarDate } from '../../utils/schema/common';
import { Button, useFieldId } from '../ui/fields';

/** The previous or next day or week, or any date typed or picked. */
export function DateStepper(props: { range: CardRange; date: string; onDate: (date: string) => void }) {
  const id = useFieldId('card-date');
  const step = props.range === 'week' ? 7 : 1;
  const week = props.range === 'week';
  return (
    <div class="card-date">
      <Button onPress={() => props.onDate(addDays(props.date, -step))}>
        {t(week ? 'cardPagePreviousWeek' : 'cardPagePreviousDay')}
      </Button>
      <div class="field">
        <label for={id}>{t('cardPageDate')}</label>
        <input
          id={id}
          type="date"
          value={props.date}
          // Not `trusted`: a date picker sets the value with untrusted events in some browsers (as the month
          // field in components/ui/fields.tsx). A half-typed or cleared date is not a date: ignored until whole.
          onChange={(event: Event) => {
            const value = (event.currentTarget as HTMLInputElement).value;
            if (CalendarDate.safeParse(value).success) props.onDate(value);
          }}
        />
      </div>
      <Button onPress={() => props.onDate(addDays(props.date, step))}>
        {t(week ? 'cardPageNextWeek' : 'cardPageNextDay')}
      </Button>
    </div>
  );
}
