import { t } from '../../utils/i18n';
import type { OffViewMark, PlacedBox } from '../../utils/pages/calendar/slot-geometry';
import { formatTimeRange } from '../../utils/planning-time/format';
import type { Slot } from '../../utils/planning-time/types';
import { trusted } from '../ui/trusted';
import { type SlotHighlight, slotKey, slotText } from './SlotList';

/** Room left at the column's right, as Calendar leaves beside its chips, to click the grid and create an event. */
const RIGHT_GAP_PX = 10;
const LEFT_GAP_PX = 2;

/**
 * Each offered time's words, made once: the blocks are drawn again on every frame the grid scrolls, and
 * making Intl's formatters was most of that (about 50 ms per frame at 4× CPU throttling, before this).
 */
const words = new WeakMap<Slot, { name: string; range: string }>();

function wordsOf(slot: Slot): { name: string; range: string } {
  let known = words.get(slot);
  if (!known) {
    known = { name: t('freeTimeBlockName', slotText(slot)), range: formatTimeRange(slot.start, slot.end) };
    words.set(slot, known);
  }
  return known;
}

export interface PlacedSlot {
  slot: Slot;
  box: PlacedBox;
}

/**
 * The offered free times drawn on Calendar's grid, each in its day column at its hours (placed by
 * utils/pages/calendar/slot-geometry.ts): a light, dashed Tandem block that is itself "Block this time"
 * for that time. Focus or the pointer on a block highlights it and its time in the panel's list.
 */
export function FreeTimeBlocks(props: {
  placed: readonly PlacedSlot[];
  highlight: SlotHighlight;
  onBlock: (slot: Slot) => void;
  /** Whether a block's button waits (a block is being recorded, or its agenda has not arrived). */
  isDisabled: (slot: Slot) => boolean;
  /** The highlighted time when it is scrolled out of the visible hours: a mark at the grid's edge points to it. */
  offView?: { slot: Slot; mark: OffViewMark } | null;
}) {
  const { highlight, offView } = props;
  return (
    <section class="free-times" aria-label={t('freeTimesLayerName')}>
      {offView && (
        // Seen only: the list's item, which has the focus, already says which time it is.
        <div
          class={`free-time-off-view ${offView.mark.side}`}
          aria-hidden="true"
          style={{
            left: `${offView.mark.left + LEFT_GAP_PX}px`,
            width: `${Math.max(offView.mark.width - LEFT_GAP_PX - RIGHT_GAP_PX, 16)}px`,
            [offView.mark.side === 'above' ? 'top' : 'bottom']:
              offView.mark.side === 'above' ? `${offView.mark.edge}px` : `calc(100% - ${offView.mark.edge}px)`,
          }}
        >
          {offView.mark.side === 'above' ? '▲' : '▼'} {wordsOf(offView.slot).range}
        </div>
      )}
      {props.placed.map(({ slot, box }) => {
        const key = slotKey(slot);
        const { name, range } = wordsOf(slot);
        const on = () => highlight.set(key);
        const off = () => {
          if (highlight.key === key) highlight.set(null);
        };
        const cut = `${box.cutTop ? ' cut-top' : ''}${box.cutBottom ? ' cut-bottom' : ''}`;
        return (
          <button
            key={key}
            type="button"
            class={`free-time${cut}`}
            data-highlighted={highlight.key === key ? '' : undefined}
            style={{
              top: `${box.top}px`,
              left: `${box.left + LEFT_GAP_PX}px`,
              width: `${Math.max(box.width - LEFT_GAP_PX - RIGHT_GAP_PX, 16)}px`,
              height: `${box.height}px`,
            }}
            aria-label={name}
            disabled={props.isDisabled(slot)}
            onClick={trusted(() => props.onBlock(slot))}
            onFocus={on}
            onBlur={off}
            onPointerEnter={on}
            onPointerLeave={off}
          >
            <span class="free-time-line">
              <span class="free-time-brand">{t('freeTimeBrand')}</span> {range}
            </span>
            <span class="free-time-line">{t('planningBlock')}</span>
          </button>
        );
      })}
    </section>
  );
}

/** The blocks' look, adopted by the layer's closed root: light or dark as the page is (page-theme.ts). */
export const FREE_TIME_BLOCKS_CSS = `
:host { all: initial; position: fixed; inset: 0; pointer-events: none; z-index: 2147482000; }
.free-times { color-scheme: var(--tandem-page-scheme, light); }
.free-time { position: absolute; box-sizing: border-box; pointer-events: auto; margin: 0; padding: 1px 6px;
  display: flex; flex-direction: column; align-items: flex-start; overflow: hidden; text-align: left; cursor: pointer;
  font: 500 11px/15px "Google Sans", Roboto, Arial, sans-serif;
  border: 2px dashed light-dark(#0b57d0, #a8c7fa); border-radius: 6px;
  background: light-dark(#e8f0fe, #0b2a5c); color: light-dark(#0b57d0, #d3e3fd); }
.free-time-line { white-space: nowrap; }
.free-time-brand { font-weight: 700; letter-spacing: 0.02em; }
.free-time.cut-top { border-top-style: none; border-top-left-radius: 0; border-top-right-radius: 0; }
.free-time.cut-bottom { border-bottom-style: none; border-bottom-left-radius: 0; border-bottom-right-radius: 0; }
.free-time[data-highlighted] { border-style: solid; background: light-dark(#d3e3fd, #0842a0); z-index: 1;
  box-shadow: 0 0 0 3px light-dark(rgb(11 87 208 / 0.35), rgb(168 199 250 / 0.5)); }
.free-time:focus-visible { outline: 2px solid light-dark(#0b57d0, #a8c7fa); outline-offset: 2px; }
.free-time:disabled { cursor: progress; }
.free-time-off-view { position: absolute; box-sizing: border-box; padding: 0 6px; white-space: nowrap; overflow: hidden;
  font: 500 11px/18px "Google Sans", Roboto, Arial, sans-serif; border-radius: 9px;
  background: light-dark(#0b57d0, #a8c7fa); color: light-dark(#ffffff, #062e6f); }
`;
