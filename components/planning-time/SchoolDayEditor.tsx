import { t } from '../../utils/i18n';
import { fromTimeInput, toTimeInput } from '../../utils/planning-time/format';
import type { SchoolDay } from '../../utils/schema/calendar';
import { CheckboxField, TimeField } from '../ui/fields';
import { SetBySchool } from '../ui/SetBySchool';
import { WEEK_ORDER, weekdayName } from './weekday-options';

/**
 * The days and hours Tandem may propose planning time in. When the school set them (utils/school-policy/apply.ts)
 * they are shown, marked as the school's, and cannot be changed.
 */
export function SchoolDayEditor(props: {
  value: SchoolDay;
  onValue: (value: SchoolDay) => void;
  setBySchool?: boolean;
}) {
  const { value } = props;
  const locked = props.setBySchool === true;
  const toggle = (weekday: number, on: boolean) => {
    const weekdays = on ? [...new Set([...value.weekdays, weekday])] : value.weekdays.filter((day) => day !== weekday);
    // At least one school day: unticking the last one would leave the schema (and the teacher) with nothing.
    if (weekdays.length > 0) props.onValue({ ...value, weekdays: weekdays.sort() });
  };
  return (
    <div class="school-day">
      {locked && <SetBySchool />}
      <fieldset class="weekdays">
        <legend>{t('planningSchoolDays')}</legend>
        {WEEK_ORDER.map((weekday) => (
          <CheckboxField
            key={weekday}
            label={weekdayName(weekday)}
            checked={value.weekdays.includes(weekday)}
            disabled={locked}
            onChecked={(on) => toggle(weekday, on)}
          />
        ))}
      </fieldset>
      <TimeField
        label={t('planningSchoolStart')}
        value={toTimeInput(value.start)}
        disabled={locked}
        onValue={(text) => {
          const start = fromTimeInput(text);
          if (start !== null && start < value.end) props.onValue({ ...value, start });
        }}
      />
      <TimeField
        label={t('planningSchoolEnd')}
        value={toTimeInput(value.end)}
        disabled={locked}
        onValue={(text) => {
          const end = fromTimeInput(text);
          if (end !== null && end > value.start) props.onValue({ ...value, end });
        }}
      />
    </div>
  );
}
