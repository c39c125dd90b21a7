import type { CardRange } from '../../utils/cards/card';
import { t } from '../../utils/i18n';
import { addDays } from '../../utils/planning-time/dates';
import { Button, DateField } from '../ui/fields';

/** The previous or next day or week, or any date typed or picked. */
export function DateStepper(props: { range: CardRange; date: string; onDate: (date: string) => void }) {
  const step = props.range === 'week' ? 7 : 1;
  const week = props.range === 'week';
  return (
    <div class="card-date">
      <Button onPress={() => props.onDate(addDays(props.date, -step))}>
        {t(week ? 'cardPagePreviousWeek' : 'cardPagePreviousDay')}
      </Button>
      <DateField label={t('cardPageDate')} value={props.date} onValue={props.onDate} />
      <Button onPress={() => props.onDate(addDays(props.date, step))}>
        {t(week ? 'cardPageNextWeek' : 'cardPageNextDay')}
      </Button>
    </div>
  );
}
