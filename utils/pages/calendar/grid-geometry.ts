import { readDayColumns } from './read-grid';
import type { ClipBox, ColumnBox } from './slot-geometry';

// The time grid's geometry as it is on screen now, for drawing Tandem's free times over it (the pure
// placement is slot-geometry.ts). Read, never changed: Tandem draws in its own layer, above the grid.
//
// The day columns are the ones readGrid dates chips by (read-grid.ts). Each column is all 24 hours tall
// inside a scrolling viewport (tests/fixtures/README.md B.3; the week fixture's `.Tmdkcc`): the column's
// box moves up as the grid scrolls, and only the viewport's part of it is visible, so that part is the
// clip. The viewport is found as the column's nearest ancestor that clips its overflow, not by a class
// name (Calendar's class names change; selectors.ts).
//
// Finding the elements (findGrid) and measuring them (measureGrid) are apart: while the grid scrolls only
// the measuring is done again, once a frame; the finding waits for Calendar to change the grid.

/** The grid's elements: its shown day columns and the element that scrolls their hours. */
export interface GridElements {
  columns: Array<{ date: string; column: HTMLElement }>;
  /** Null when no ancestor clips (then the window is the clip). */
  scroller: Element | null;
}

export interface GridGeometry {
  columns: ColumnBox[];
  clip: ClipBox;
}

/** How far up from a column to look for its scrolling viewport (the fixture's is 3 levels up). */
const MAX_ANCESTORS = 12;

/** The shown day columns and their scroller; null when the page shows no time grid. */
export function findGrid(doc: Document): GridElements | null {
  const columns = readDayColumns(doc);
  const first = columns[0];
  return first ? { columns, scroller: scrollingViewport(first.column) } : null;
}

/**
 * The columns' boxes and the visible part of the grid, now (viewport px). Null when Calendar has replaced
 * a column since `grid` was found: find it again.
 */
export function measureGrid(grid: GridElements): GridGeometry | null {
  if (!grid.columns.every(({ column }) => column.isConnected)) return null;
  const columns = grid.columns.map(({ date, column }) => {
    const box = column.getBoundingClientRect();
    return { date, left: box.left, top: box.top, width: box.width, height: box.height };
  });
  const view = grid.columns[0]?.column.ownerDocument.defaultView;
  const inWindow: ClipBox = { top: 0, left: 0, bottom: view?.innerHeight ?? 0, right: view?.innerWidth ?? 0 };
  return { columns, clip: grid.scroller ? intersect(inWindow, grid.scroller.getBoundingClientRect()) : inWindow };
}

/** The nearest ancestor whose overflow is not visible: what cuts the 24-hour column to the hours shown. */
function scrollingViewport(column: Element): Element | null {
  const view = column.ownerDocument.defaultView;
  let element = column.parentElement;
  for (let level = 0; view && element && level < MAX_ANCESTORS; level++, element = element.parentElement) {
    const style = view.getComputedStyle(element);
    if (style.overflowY !== 'visible' || style.overflowX !== 'visible') return element;
  }
  return null;
}

function intersect(a: ClipBox, b: ClipBox): ClipBox {
  return {
    top: Math.max(a.top, b.top),
    left: Math.max(a.left, b.left),
    bottom: Math.min(a.bottom, b.bottom),
    right: Math.min(a.right, b.right),
  };
}
