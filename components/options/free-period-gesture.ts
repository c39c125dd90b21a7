import type { CellKey } from './free-period-cells';

// One gesture marks or clears many cells of the free-period grid (components/options/FreePeriodGrid.tsx):
// a pointer drag, or a keyboard selection grown with Shift + arrows. Both cover the rectangle between the
// cell where the gesture began (the anchor) and the cell where it is now. A rectangle rather than a run in
// reading order, because free periods repeat across the week: "1:00–2:30 every day" is one drag from
// Monday 1:00 to Friday 2:30, and a drag down one column is still just that day's run.

/** A cell by its place in the grid: `row` counts half hours down, `column` school days across. */
export interface GridPlace {
  row: number;
  column: number;
}

/** What a gesture does to every cell it covers. */
export type GestureAction = 'mark' | 'clear';

/**
 * The rule shared by the pointer and the keyboard: the anchor cell decides. Starting on a free cell marks,
 * starting on a marked one clears — so a single cell still toggles, and a gesture never flips a mixed
 * area cell by cell.
 */
export function gestureAction(anchorMarked: boolean): GestureAction {
  return anchorMarked ? 'clear' : 'mark';
}

/** The rows and columns (inclusive) between two corners, whichever way the gesture went. */
export interface GridSpan {
  firstRow: number;
  lastRow: number;
  firstColumn: number;
  lastColumn: number;
}

export function spanBetween(anchor: GridPlace, current: GridPlace): GridSpan {
  return {
    firstRow: Math.min(anchor.row, current.row),
    lastRow: Math.max(anchor.row, current.row),
    firstColumn: Math.min(anchor.column, current.column),
    lastColumn: Math.max(anchor.column, current.column),
  };
}

export function inSpan(span: GridSpan, place: GridPlace): boolean {
  return (
    place.row >= span.firstRow &&
    place.row <= span.lastRow &&
    place.column >= span.firstColumn &&
    place.column <= span.lastColumn
  );
}

/** The cell keys a span covers, given the key of each place. */
export function spanKeys(span: GridSpan, keyAt: (place: GridPlace) => CellKey): CellKey[] {
  const keys: CellKey[] = [];
  for (let column = span.firstColumn; column <= span.lastColumn; column++) {
    for (let row = span.firstRow; row <= span.lastRow; row++) keys.push(keyAt({ row, column }));
  }
  return keys;
}

/** The marked cells after a gesture: a new set, the old one is left as it was. */
export function applyGesture(
  cells: ReadonlySet<CellKey>,
  keys: readonly CellKey[],
  action: GestureAction,
): Set<CellKey> {
  const next = new Set(cells);
  for (const key of keys) {
    if (action === 'mark') next.add(key);
    else next.delete(key);
  }
  return next;
}

/** Whether a cell shows as marked while a gesture is under way (the gesture's result, shown live). */
export function shownMarked(
  marked: boolean,
  place: GridPlace,
  gesture: { span: GridSpan; action: GestureAction } | null,
): boolean {
  if (!gesture || !inSpan(gesture.span, place)) return marked;
  return gesture.action === 'mark';
}
