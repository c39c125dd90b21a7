import { render } from 'preact';
import { FREE_TIME_BLOCKS_CSS, FreeTimeBlocks, type PlacedSlot } from '@/components/planning-time/FreeTimeBlocks';
import { type SlotHighlight, slotKey } from '@/components/planning-time/SlotList';
import { sharedSheet } from '@/utils/content/shared-sheet';
import { refuseUntrustedEvents } from '@/utils/content/trusted-events';
import { findGrid, type GridElements, measureGrid } from '@/utils/pages/calendar/grid-geometry';
import { offView, placeTime } from '@/utils/pages/calendar/slot-geometry';
import type { Slot } from '@/utils/planning-time/types';

// Tandem's own layer over Calendar's time grid, where the panel's offered times are drawn (part of the
// panel's chunk, planning-panel.chunk.tsx: nothing of it loads before the panel is first opened). One
// host element of Tandem's, appended to <body>, fixed over the window and transparent to the pointer
// except on the blocks; Google's nodes are only measured (utils/pages/calendar/grid-geometry.ts), never
// changed. The blocks are placed again, once a frame at most, when the grid scrolls, the window resizes,
// Calendar re-renders the grid (planning-time.chunk.ts calls followGrid) or the offer changes.

export const FREE_TIMES_HOST = 'tandem-free-times';

/**
 * mount-ui.ts's HOST_ATTRIBUTE, which marks every Tandem host: the page theme reaches it, Calendar's
 * re-reads ignore it (block-badges.ts isTandemNode). Not imported from there: that module brings WXT's
 * shadow-root UI code (about 8 kB) into this chunk.
 */
const HOST_ATTRIBUTE = 'data-tandem-host';

/** What the layer shows; null hides it (the panel closed, no grid, no offer). */
export interface FreeTimesInput {
  slots: readonly Slot[];
  highlight: SlotHighlight;
  onBlock: (slot: Slot) => void;
  isDisabled: (slot: Slot) => boolean;
}

/** Pixels per line of a wheel that turns in lines (Firefox's default). */
const LINE_PX = 40;

let shown: FreeTimesInput | null = null;
/** The grid's elements, found again only when Calendar changed the grid (followGrid, a column gone). */
let grid: GridElements | null = null;
let layer: { host: HTMLElement; container: HTMLElement } | null = null;
let frame = 0;
let listening: AbortController | null = null;

/** Shows `input`'s times on the grid (placed in the next frame), or takes the layer away for null. */
export function showFreeTimes(input: FreeTimesInput | null): void {
  shown = input && input.slots.length > 0 ? input : null;
  if (!shown) {
    hide();
    return;
  }
  follow();
  placeSoon();
}

/** Calendar changed its grid (re-rendered, another week): place the blocks again. */
export function followGrid(): void {
  grid = null;
  if (shown) placeSoon();
}

function placeSoon(): void {
  if (frame) return;
  frame = requestAnimationFrame(place);
}

/** Measures the grid and draws the blocks: before the frame is painted, so they move with the grid. */
function place(): void {
  frame = 0;
  const input = shown;
  if (!input) return;
  grid ??= findGrid(document);
  let geometry = grid && measureGrid(grid);
  if (grid && !geometry) {
    grid = findGrid(document);
    geometry = grid && measureGrid(grid);
  }
  const placed: PlacedSlot[] = [];
  let away: { slot: Slot; mark: NonNullable<ReturnType<typeof offView>> } | null = null;
  for (const slot of geometry ? input.slots : []) {
    const box = placeTime(slot, geometry?.columns ?? [], geometry?.clip ?? { top: 0, bottom: 0, left: 0, right: 0 });
    if (box) placed.push({ slot, box });
    // The highlighted time scrolled out of view: point to it at the grid's edge.
    else if (geometry && slotKey(slot) === input.highlight.key) {
      const mark = offView(slot, geometry.columns, geometry.clip);
      if (mark) away = { slot, mark };
    }
  }
  const { container } = ownLayer();
  render(
    <FreeTimeBlocks
      placed={placed}
      highlight={input.highlight}
      onBlock={input.onBlock}
      isDisabled={input.isDisabled}
      offView={away}
    />,
    container,
  );
}

/** The layer's host, made once and put back when Calendar's re-render dropped it. */
function ownLayer(): { host: HTMLElement; container: HTMLElement } {
  if (!layer) {
    const host = document.createElement(FREE_TIMES_HOST);
    host.setAttribute(HOST_ATTRIBUTE, FREE_TIMES_HOST);
    // Closed, as all Tandem UI in Google's pages (utils/content/mount-ui.ts): the page cannot script the buttons.
    const shadow = host.attachShadow({ mode: 'closed' });
    refuseUntrustedEvents(shadow);
    shadow.adoptedStyleSheets = [sharedSheet(FREE_TIME_BLOCKS_CSS)];
    // Keys and clicks on a block are Tandem's: Calendar's shortcuts and its click-to-create must not see them.
    for (const type of ['keydown', 'keyup', 'keypress', 'mousedown', 'pointerdown', 'click', 'dblclick']) {
      host.addEventListener(type, (event) => event.stopPropagation());
    }
    // A wheel turned over a block scrolls the grid under it, as it would without the block (the layer is
    // outside Calendar's scroller, so the browser would scroll the page, which does not move).
    host.addEventListener(
      'wheel',
      (event) => {
        const lines = event.deltaMode === WheelEvent.DOM_DELTA_LINE ? LINE_PX : 1;
        grid?.scroller?.scrollBy({ left: event.deltaX * lines, top: event.deltaY * lines });
      },
      { passive: true },
    );
    const container = document.createElement('div');
    shadow.append(container);
    layer = { host, container };
  }
  if (!layer.host.isConnected) document.body.append(layer.host);
  return layer;
}

/** Scrolling anywhere (the grid's own scroller included: capture sees it) and resizing move the blocks. */
function follow(): void {
  if (listening) return;
  listening = new AbortController();
  const options = { capture: true, passive: true, signal: listening.signal };
  window.addEventListener('scroll', placeSoon, options);
  window.addEventListener('resize', followGrid, options);
}

function hide(): void {
  grid = null;
  listening?.abort();
  listening = null;
  if (frame) cancelAnimationFrame(frame);
  frame = 0;
  if (layer) {
    render(null, layer.container);
    layer.host.remove();
    layer = null;
  }
}
