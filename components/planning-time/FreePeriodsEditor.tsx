import { t } from '../../utils/i18n';
import { formatTimeRange, fromTimeInput, toTimeInput } from '../../utils/planning-time/format';
import type { WeeklyWindow } from '../../utils/schema/calendar';
import { Button, SelectField, TimeField } from '../ui/fields';
import { weekdayName, weekdayOptions } from './weekday-options';

/** The person schema's limit (utils/schema/person.ts FreePeriods). */
const MAX_PERIODS = 50;

/** A partner's weekly free periods, edited as rows of day, from, to. */
export function FreePeriodsEditor(props: {
  name: string;
  periods: WeeklyWindow[];
  onPeriods: (periods: WeeklyWindow[]) => void;
}) {
  const { periods } = props;
  const change = (index: number, patch: Partial<WeeklyWindow>) =>
    props.onPeriods(periods.map((period, i) => (i === index ? { ...period, ...patch } : period)));
  return (
    <div class="free-periods">
      <h4>{t('planningFreePeriods', props.name)}</h4>
      <p class="hint">{t('planningFreePeriodsHint')}</p>
      {periods.length === 0 ? (
        <p class="empty">{t('planningNoFreePeriods')}</p>
      ) : (
        <ul class="rows">
          {periods.map((period, index) => {
            const spoken = `${weekdayName(period.weekday)} ${formatTimeRange(period.start, period.end)}`;
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own; order is stable
              <li key={index} class="row period">
                <SelectField
                  label={t('planningDay')}
                  value={String(period.weekday)}
                  options={weekdayOptions()}
                  onValue={(value) => change(index, { weekday: Number(value) })}
                />
                <TimeField
                  label={t('planningFrom')}
                  value={toTimeInput(period.start)}
                  onValue={(value) => {
                    const start = fromTimeInput(value);
                    if (start !== null) change(index, { start });
                  }}
                />
                <TimeField
                  label={t('planningTo')}
                  value={toTimeInput(period.end)}
                  onValue={(value) => {
                    const end = fromTimeInput(value);
                    if (end !== null) change(index, { end });
                  }}
                />
                <Button
                  label={t('planningRemovePeriod', spoken)}
                  onPress={() => props.onPeriods(periods.filter((_, i) => i !== index))}
                >
                  {t('remove')}
                </Button>
                {/* Saved anyway (nothing typed is lost); the slot finder simply finds no time in it. */}
                {period.end <= period.start && <p class="nudge">{t('planningPeriodBackwards')}</p>}
              </li>
            );
          })}
        </ul>
      )}
      {periods.length < MAX_PERIODS && (
        <Button onPress={() => props.onPeriods([...periods, nextPeriod(periods)])}>{t('planningAddFreePeriod')}</Button>
      )}
    </div>
  );
}

/** A new row starts on the day after the last one, at the same time: quick to fill in a weekly timetable. */
function nextPeriod(periods: WeeklyWindow[]): WeeklyWindow {
  const last = periods.at(-1);
  if (!last) return { weekday: 1, start: 13 * 60, end: 13 * 60 + 45 };
  return { weekday: last.weekday >= 5 || last.weekday === 0 ? 1 : last.weekday + 1, start: last.start, end: last.end };
}
