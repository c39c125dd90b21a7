import { t } from '../../utils/i18n';
import { DateField, RadioGroup, SelectField } from '../ui/fields';
import { MonthField } from '../ui/MonthField';
import type { Period, TeamQuery } from './team-query';

const MONTH = /^\d{4}-\d{2}$/;

/** Which class and which days: native controls only, so all of it works from the keyboard. */
export function TeamControls(props: {
  classes: ReadonlyArray<{ courseId: string; name: string }>;
  query: TeamQuery;
  onQuery: (change: Partial<TeamQuery>) => void;
}) {
  const { query } = props;
  const classOptions = [
    { value: '', label: t('teamAllClasses') },
    ...props.classes.map((course) => ({ value: course.courseId, label: course.name })),
  ];
  return (
    <section class="team-controls" aria-label={t('teamChoose')}>
      <SelectField
        label={t('teamClassLabel')}
        value={query.courseId}
        options={classOptions}
        onValue={(courseId) => props.onQuery({ courseId })}
      />
      <RadioGroup
        class="inline"
        label={t('teamPeriodLabel')}
        value={query.period}
        options={[
          { value: 'month', label: t('teamPeriodMonth') },
          { value: 'term', label: t('teamPeriodTerm') },
          { value: 'custom', label: t('teamPeriodCustom') },
        ]}
        onValue={(period) => props.onQuery({ period: period as Period })}
      />
      {query.period === 'custom' ? (
        <>
          <DateField label={t('teamFromLabel')} value={query.from} onValue={(from) => props.onQuery({ from })} />
          <DateField label={t('teamToLabel')} value={query.to} onValue={(to) => props.onQuery({ to })} />
        </>
      ) : (
        <MonthField
          label={t('teamMonthLabel')}
          value={query.month}
          onValue={(month) => MONTH.test(month) && props.onQuery({ month })}
        />
      )}
    </section>
  );
}
