import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { formatTime, formatTimeRange } from '../../utils/planning-time/format';
import type { SchoolDay, WeeklyWindow } from '../../utils/schema/calendar';
import { WEEK_ORDER, weekdayName } from '../planning-time/weekday-options';
import { Button, useFieldId } from '../ui/fields';
import { trusted } from '../ui/trusted';
import { CELL_MINUTES, type CellKey, cellKey, gridRows } from './free-period-cells';

/**
 * A person's weekly free periods as a grid: school days across, half hours down, each cell a toggle button
 * named "Tuesday 1:00 – 1:30 PM". One Tab stop for the whole grid (roving tabindex): arrow keys move,
 * Home/End go to the row's ends, Space or Enter toggles. Periods that do not fit the grid are listed below it.
 */
export function FreePeriodGrid(props: {
  personName: string;
  schoolDay: SchoolDay;
  cells: Set<CellKey>;
  onCells: (cells: Set<CellKey>) => void;
  others: WeeklyWindow[];
  onOthers: (others: WeeklyWindow[]) => void;
  error?: string;
}) {
  const days = WEEK_ORDER.filter((day) => props.schoolDay.weekdays.includes(day));
  const rows = gridRows(props.schoolDay);
  const [focus, setFocus] = useState({ row: 0, column: 0 });
  const toggle = (key: CellKey) => {
    const next = new Set(props.cells);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    props.onCells(next);
  };
  const move = (event: KeyboardEvent, row: number, column: number) => {
    const target = arrowTarget(event.key, row, column, rows.length, days.length);
    if (!target) return;
    event.preventDefault();
    setFocus(target);
    const table = (event.currentTarget as HTMLElement).closest('table');
    table?.querySelector<HTMLButtonElement>(`[data-cell="${target.row}-${target.column}"]`)?.focus();
  };
  const hintId = useFieldId('free-grid-hint');
  // The school day may have shrunk since focus was last in the grid: keep the one Tab stop inside it.
  const stop = { row: Math.min(focus.row, rows.length - 1), column: Math.min(focus.column, days.length - 1) };
  return (
    <fieldset class="free-periods-grid">
      <legend>{t('peopleFreePeriods')}</legend>
      <p class="hint" id={hintId}>
        {t('peopleFreePeriodsHint')}
      </p>
      <div class="grid-scroll">
        <table class="free-grid" aria-describedby={hintId}>
          <caption class="visually-hidden">{t('peopleFreePeriodsOf', props.personName)}</caption>
          <thead>
            <tr>
              <th scope="col">
                <span class="visually-hidden">{t('peopleTime')}</span>
              </th>
              {days.map((day) => (
                <th key={day} scope="col">
                  <abbr title={weekdayName(day)}>{weekdayName(day, 'short')}</abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((start, row) => (
              <tr key={start}>
                <th scope="row">{formatTime(start)}</th>
                {days.map((day, column) => {
                  const key = cellKey(day, start);
                  const pressed = props.cells.has(key);
                  const isFocusStop = stop.row === row && stop.column === column;
                  return (
                    <td key={day}>
                      <button
                        type="button"
                        class={`cell${pressed ? ' free' : ''}`}
                        data-cell={`${row}-${column}`}
                        aria-pressed={pressed}
                        aria-label={`${weekdayName(day)} ${formatTimeRange(start, start + CELL_MINUTES)}`}
                        tabIndex={isFocusStop ? 0 : -1}
                        onFocus={() => setFocus({ row, column })}
                        onKeyDown={(event) => move(event, row, column)}
                        onClick={trusted(() => toggle(key))}
                      >
                        <span aria-hidden="true">{pressed ? '✓' : ''}</span>
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {props.error && (
        <p class="field-error" role="alert">
          {props.error}
        </p>
      )}
      {props.others.length > 0 && <OtherPeriods periods={props.others} onPeriods={props.onOthers} />}
    </fieldset>
  );
}

/** Periods kept from elsewhere (the Calendar panel, an import) that the half-hour grid cannot show. */
function OtherPeriods(props: { periods: WeeklyWindow[]; onPeriods: (periods: WeeklyWindow[]) => void }) {
  return (
    <div class="other-periods">
      <p class="note">{t('peopleOtherPeriods')}</p>
      <ul class="rows">
        {props.periods.map((period, index) => {
          const spoken = `${weekdayName(period.weekday)} ${formatTimeRange(period.start, period.end)}`;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: kept periods have no identity; the list only shrinks
            <li key={index} class="row">
              <span>{spoken}</span>
              <Button
                label={t('planningRemovePeriod', spoken)}
                onPress={() => props.onPeriods(props.periods.filter((_, i) => i !== index))}
              >
                {t('remove')}
              </Button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** Where an arrow, Home or End key moves in the grid, or null for any other key. */
function arrowTarget(
  key: string,
  row: number,
  column: number,
  rowCount: number,
  columnCount: number,
): { row: number; column: number } | null {
  switch (key) {
    case 'ArrowUp':
      return { row: Math.max(0, row - 1), column };
    case 'ArrowDown':
      return { row: Math.min(rowCount - 1, row + 1), column };
    case 'ArrowLeft':
      return { row, column: Math.max(0, column - 1) };
    case 'ArrowRight':
      return { row, column: Math.min(columnCount - 1, column + 1) };
    case 'Home':
      return { row, column: 0 };
    case 'End':
      return { row, column: columnCount - 1 };
    default:
      return null;
  }
}
