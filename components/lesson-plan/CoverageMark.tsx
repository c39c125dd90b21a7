import { t } from '../../utils/i18n';
import type { Person } from '../../utils/schema/person';
import type { Coverage, Support } from '../../utils/schema/plan';
import { CheckboxField, NumberField } from '../ui/fields';
import { nameOf } from './leaders';

// "Partner pulled for coverage" (issue 15): one click per supporting adult marks that they were taken out of
// this lesson to cover elsewhere; the minutes lost start at a typical share of a period and can be changed. The
// Team page counts these minutes per adult and month (utils/team/coverage-minutes.ts). Props in, one action out:
// the whole new list, so the panel saves it as one field edit through the outbox like any other.

/** What a mark starts at: most pulls take a whole period or the better part of one. */
export const DEFAULT_COVERAGE_MINUTES = 45;
const MAX_COVERAGE_MINUTES = 240;

export function CoverageMark(props: {
  supports: readonly Support[];
  people: readonly Person[];
  coverage: readonly Coverage[];
  onCoverage: (coverage: Coverage[]) => void;
}) {
  // One row per adult, even when the plan lists them twice (a support and a phase's support are the same person).
  const adults = [...new Set(props.supports.map((support) => support.personId))];
  if (adults.length === 0) return null;
  const marked = (personId: string) => props.coverage.find((entry) => entry.personId === personId);
  const setMark = (personId: string, minutes: number | null) => {
    const others = props.coverage.filter((entry) => entry.personId !== personId);
    props.onCoverage(minutes === null ? others : [...others, { personId, minutes }]);
  };
  return (
    <fieldset class="coverage-mark">
      <legend>{t('coverageLegend')}</legend>
      {adults.map((personId) => {
        const name = nameOf(props.people, personId);
        const entry = marked(personId);
        return (
          <div class="coverage-row" key={personId}>
            <CheckboxField
              label={t('coveragePulled', name)}
              checked={entry !== undefined}
              onChecked={(checked) => setMark(personId, checked ? DEFAULT_COVERAGE_MINUTES : null)}
            />
            {entry && (
              <NumberField
                label={t('coverageMinutes', name)}
                value={entry.minutes}
                min={1}
                max={MAX_COVERAGE_MINUTES}
                onValue={(minutes) => setMark(personId, minutes)}
              />
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
