import type { CardRange } from '../../utils/cards/card';
import { t } from '../../utils/i18n';
import { trusted } from '../ui/trusted';

const RANGES: ReadonlyArray<{ range: CardRange; label: string }> = [
  { range: 'day', label: 'cardPageRangeDay' },
  { range: 'week', label: 'cardPageRangeWeek' },
];

/**
 * Day or Week, as two toggle buttons (aria-pressed) rather than radios: each is its own Tab stop and works with
 * Enter and Space, which is what a teacher switching back and forth expects of a button pair.
 */
export function RangeToggle(props: { range: CardRange; onRange: (range: CardRange) => void }) {
  return (
    <fieldset class="card-range">
      <legend class="group-label">{t('cardPageRange')}</legend>
      <div class="toggle-group">
        {RANGES.map(({ range, label }) => (
          <button
            key={range}
            type="button"
            class="button toggle"
            aria-pressed={props.range === range}
            onClick={trusted(() => props.onRange(range))}
          >
            {t(label)}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
