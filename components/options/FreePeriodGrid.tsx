import { useRef, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { formatTime, formatTimeRange } from '../../utils/planning-time/format';
import type { SchoolDay, WeeklyWindow } from '../../utils/schema/calendar';
import { WEEK_ORDER, weekdayName } from '../planning-time/weekday-options';
import { Button, useFieldId } from '../ui/fields';
import { trusted } from '../ui/trusted';
import { CELL_MINUTES, type CellKey, cellKey, gridRows } from './free-period-cells';
import {
  applyGesture,
  type GestureAction,
  type GridPlace,
  type GridSpan,
  gestureAction,
  inSpan,
  shownMarked,
  spanBetween,
  spanKeys,
} from './free-period-gesture';

/** A pointer drag under way: where it began, where the pointer is now, and what it does. */
interface Drag {
  anchor: GridPlace;
  current: GridPlace;
  action: GestureAction;
  pointerId: number;
  element: HTMLElement;
}

/**
 * A person's weekly free periods as a grid: school days across, half hours down, each cell a toggle button
 * named "Tuesday 1:00 – 1:30 PM". One Tab stop for the whole grid (roving tabindex): arrow keys move,
 * Home/End go to the row's ends, Space or Enter toggles. A run is one gesture (components/options/
 * free-period-gesture.ts): drag across cells, or grow a selection with Shift + arrows and press Space or
 * Enter; the first cell decides whether the gesture marks or clears. Periods that do not fit the grid are
 * listed below it.
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
  // The keyboard selection's fixed corner (Shift + arrows); the focused cell is the other corner.
  const [selectionAnchor, setSelectionAnchor] = useState<GridPlace | null>(null);
  // Pointer moves arrive faster than renders: the ref is the truth, the state only redraws.
  const dragRef = useRef<Drag | null>(null);
  const [drag, setDrag] = useState<Drag | null>(null);
  const [announcement, setAnnouncement] = useState('');
  // Set for the click the browser sends right after a pointer gesture's release: the gesture already acted.
  const releasedGesture = useRef(false);
  // The pointer whose press began a gesture, until it is released (even after Escape cancelled the gesture).
  const heldPointer = useRef<number | null>(null);
  const tableRef = useRef<HTMLTableElement>(null);

  const keyAt = (place: GridPlace): CellKey => cellKey(days[place.column] ?? 0, rows[place.row] ?? 0);
  const markedAt = (place: GridPlace): boolean => props.cells.has(keyAt(place));
  /** "Tuesday 1:00 – 3:00 PM", "Monday to Friday 1:00 – 2:30 PM". */
  const spoken = (span: GridSpan): string => {
    const first = weekdayName(days[span.firstColumn] ?? 0);
    const last = weekdayName(days[span.lastColumn] ?? 0);
    const dayText = span.firstColumn === span.lastColumn ? first : t('peopleFreeDaysRange', [first, last]);
    const start = rows[span.firstRow] ?? 0;
    const end = (rows[span.lastRow] ?? 0) + CELL_MINUTES;
    return `${dayText} ${formatTimeRange(start, end)}`;
  };
  const apply = (span: GridSpan, action: GestureAction) => {
    props.onCells(applyGesture(props.cells, spanKeys(span, keyAt), action));
    setAnnouncement(t(action === 'mark' ? 'peopleFreeMarked' : 'peopleFreeCleared', spoken(span)));
  };
  const toggle = (key: CellKey) => {
    const next = new Set(props.cells);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    props.onCells(next);
  };

  // The school day may have shrunk since focus was last in the grid: keep the one Tab stop inside it.
  const stop = { row: Math.min(focus.row, rows.length - 1), column: Math.min(focus.column, days.length - 1) };
  const selection = selectionAnchor ? spanBetween(selectionAnchor, stop) : null;

  const focusCell = (place: GridPlace) => {
    setFocus(place);
    tableRef.current?.querySelector<HTMLButtonElement>(`[data-cell="${place.row}-${place.column}"]`)?.focus();
  };
  const endDrag = () => {
    dragRef.current = null;
    setDrag(null);
  };
  const onKeyDown = (event: KeyboardEvent, place: GridPlace) => {
    if (event.key === 'Escape' && (dragRef.current || selectionAnchor)) {
      // Stop here: Escape drops the gesture, it does not close anything around the grid.
      event.preventDefault();
      event.stopPropagation();
      const current = dragRef.current;
      endDrag();
      if (current?.element.hasPointerCapture(current.pointerId))
        current.element.releasePointerCapture(current.pointerId);
      setSelectionAnchor(null);
      setAnnouncement(t('peopleFreeGestureCancelled'));
      return;
    }
    const target = arrowTarget(event.key, place.row, place.column, rows.length, days.length);
    if (!target) return;
    event.preventDefault();
    if (event.shiftKey) {
      const anchor = selectionAnchor ?? place;
      setSelectionAnchor(anchor);
      const action = gestureAction(markedAt(anchor));
      const span = spanBetween(anchor, target);
      setAnnouncement(t(action === 'mark' ? 'peopleFreeSelectedToMark' : 'peopleFreeSelectedToClear', spoken(span)));
    } else {
      setSelectionAnchor(null);
    }
    focusCell(target);
  };
  // Space or Enter (or assistive technology's click) on a selection applies it; on one cell, toggles it.
  // The click that follows a pointer gesture's release is skipped: the gesture already did its work.
  const onClick = (place: GridPlace) => {
    if (releasedGesture.current) {
      releasedGesture.current = false;
      return;
    }
    if (selectionAnchor) {
      apply(spanBetween(selectionAnchor, place), gestureAction(markedAt(selectionAnchor)));
      setSelectionAnchor(null);
      return;
    }
    toggle(keyAt(place));
  };
  const onPointerDown = (event: PointerEvent, place: GridPlace) => {
    if (!event.isPrimary || event.button !== 0) return;
    const element = event.currentTarget as HTMLElement;
    // Capture keeps the moves and the release coming here wherever the pointer goes (and lets touch drag).
    element.setPointerCapture(event.pointerId);
    heldPointer.current = event.pointerId;
    const next: Drag = {
      anchor: place,
      current: place,
      action: gestureAction(markedAt(place)),
      pointerId: event.pointerId,
      element,
    };
    dragRef.current = next;
    setDrag(next);
    setSelectionAnchor(null);
    setFocus(place);
  };
  const onPointerMove = (event: PointerEvent) => {
    const current = dragRef.current;
    if (!current || event.pointerId !== current.pointerId) return;
    const place = cellUnder(event, tableRef.current);
    if (!place || (place.row === current.current.row && place.column === current.current.column)) return;
    const next = { ...current, current: place };
    dragRef.current = next;
    setDrag(next);
  };
  const onPointerUp = (event: PointerEvent) => {
    if (heldPointer.current !== event.pointerId) return;
    heldPointer.current = null;
    // The browser sends the click in the same task as the release (to this cell, or to the table when the
    // drag ended elsewhere): skip it — the gesture acted, or Escape cancelled it — and forget the release
    // once that task is over, so no later click is swallowed.
    releasedGesture.current = true;
    setTimeout(() => {
      releasedGesture.current = false;
    });
    const current = dragRef.current;
    if (!current || event.pointerId !== current.pointerId) return;
    endDrag();
    apply(spanBetween(current.anchor, current.current), current.action);
  };
  const hintId = useFieldId('free-grid-hint');
  const dragShown = drag ? { span: spanBetween(drag.anchor, drag.current), action: drag.action } : null;
  return (
    <fieldset class="free-periods-grid">
      <legend>{t('peopleFreePeriods')}</legend>
      <p class="hint" id={hintId}>
        {t('peopleFreePeriodsHint')}
      </p>
      <div class="grid-scroll">
        <table
          class="free-grid"
          aria-describedby={hintId}
          ref={tableRef}
          onFocusOut={(event) => {
            // A selection belongs to the visit: leaving the grid drops it.
            const to = event.relatedTarget as Node | null;
            if (!to || !tableRef.current?.contains(to)) setSelectionAnchor(null);
          }}
        >
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
                  const place = { row, column };
                  const key = cellKey(day, start);
                  const pressed = shownMarked(props.cells.has(key), place, dragShown);
                  const selected =
                    (selection && inSpan(selection, place)) || (dragShown && inSpan(dragShown.span, place));
                  const isFocusStop = stop.row === row && stop.column === column;
                  return (
                    <td key={day}>
                      <button
                        type="button"
                        class={`cell${pressed ? ' free' : ''}${selected ? ' selected' : ''}`}
                        data-cell={`${row}-${column}`}
                        aria-pressed={pressed}
                        aria-label={`${weekdayName(day)} ${formatTimeRange(start, start + CELL_MINUTES)}`}
                        tabIndex={isFocusStop ? 0 : -1}
                        onFocus={() => setFocus(place)}
                        onKeyDown={trusted((event: KeyboardEvent) => onKeyDown(event, place))}
                        onClick={trusted(() => onClick(place))}
                        onPointerDown={trusted((event: PointerEvent) => onPointerDown(event, place))}
                        onPointerMove={trusted(onPointerMove)}
                        onPointerUp={trusted(onPointerUp)}
                        onPointerCancel={() => {
                          // The browser took the pointer over (a scroll, a system gesture): nothing is committed.
                          heldPointer.current = null;
                          endDrag();
                        }}
                        onLostPointerCapture={() => {
                          // Released without a pointerup (the element went away, the browser took the
                          // pointer): nothing is committed.
                          if (dragRef.current) endDrag();
                        }}
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
      {/* Not role=status: the People section's status line is its own, and tests find it by that role. */}
      <p class="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {props.error && (
        <p class="field-error" role="alert">
          {props.error}
        </p>
      )}
      {props.others.length > 0 && <OtherPeriods periods={props.others} onPeriods={props.onOthers} />}
    </fieldset>
  );
}

/**
 * The grid cell under the pointer, by hit-testing in the grid's own root: the document on the options
 * page, the shadow root when the grid is inside one (a document's elementFromPoint stops at the host).
 */
function cellUnder(event: PointerEvent, table: HTMLTableElement | null): GridPlace | null {
  if (!table) return null;
  const root = table.getRootNode() as Document | ShadowRoot;
  const hit = root.elementFromPoint(event.clientX, event.clientY)?.closest<HTMLElement>('[data-cell]');
  if (!hit || !table.contains(hit)) return null;
  const [row, column] = (hit.dataset.cell ?? '').split('-').map(Number);
  if (row === undefined || column === undefined || Number.isNaN(row) || Number.isNaN(column)) return null;
  return { row, column };
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
