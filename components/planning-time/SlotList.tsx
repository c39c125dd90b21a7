import { t } from '../../utils/i18n';
import { formatDay, formatTimeRange } from '../../utils/planning-time/format';
import type { PlanningActions } from '../../utils/planning-time/session/create-session';
import type { PlanningState } from '../../utils/planning-time/session/state';
import type { Slot } from '../../utils/planning-time/types';
import { Button } from '../ui/fields';

/** "Tue, Sep 16, 1:00 – 1:45 PM" */
export function slotText(slot: Slot): string {
  return `${formatDay(slot.date)}, ${formatTimeRange(slot.start, slot.end)}`;
}

/** Names one offered time, in the list and on the grid (FreeTimeBlocks.tsx): which one is highlighted. */
export function slotKey(slot: Slot): string {
  return `${slot.date}-${slot.start}`;
}

/**
 * Which offered time is highlighted, shared by the list and its blocks on Calendar's grid: the one whose
 * list item has focus or the pointer, or whose block on the grid has.
 */
export interface SlotHighlight {
  key: string | null;
  set: (key: string | null) => void;
}

/**
 * The best free times in the visible days, each with "Block this time" and "Download .ics". Focus or the
 * pointer on a time highlights its block on the grid, and the block's highlights the time here.
 */
export function SlotList(props: { state: PlanningState; actions: PlanningActions; highlight?: SlotHighlight }) {
  const { state, actions, highlight } = props;
  if (!state.partnerId) return <p class="empty">{t('planningChoosePartner')}</p>;
  return (
    <section class="section slots" aria-live="polite">
      <h3>{t('planningSlotsHeading')}</h3>
      {state.justBlocked && (
        <p class="notice" role="status">
          {state.justBlocked.opened
            ? t('planningBlockedOpened', slotText(state.justBlocked.slot))
            : t('planningBlockedDownloaded', slotText(state.justBlocked.slot))}
        </p>
      )}
      {state.slots.length === 0 ? (
        <p class="empty">{t('planningNoSlots')}</p>
      ) : (
        <ul class="rows">
          {state.slots.map((slot) => {
            const key = slotKey(slot);
            const id = `tandem-slot-${key}`;
            const on = () => highlight?.set(key);
            // Only the item that set it clears it: moving between items must not flash the highlight off.
            const off = () => {
              if (highlight?.key === key) highlight.set(null);
            };
            return (
              <li
                key={id}
                class={highlight?.key === key ? 'row slot highlighted' : 'row slot'}
                onFocusIn={on}
                onFocusOut={off}
                onPointerEnter={on}
                onPointerLeave={off}
              >
                <span class="slot-time" id={id}>
                  {slotText(slot)}
                </span>
                <SlotButtons
                  slot={slot}
                  describedBy={id}
                  actions={actions}
                  repeat={state.repeat}
                  busy={state.recording}
                />
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

export function SlotButtons(props: {
  slot: Slot;
  describedBy: string;
  actions: PlanningActions;
  repeat: PlanningState['repeat'];
  /** A block is being recorded: no second one from a double click. */
  busy: boolean;
}) {
  const { slot, actions, repeat } = props;
  return (
    <span class="slot-actions">
      <Button
        kind="primary"
        describedBy={props.describedBy}
        disabled={props.busy || !actions.agendaReady(slot)}
        onPress={() => actions.block(slot, repeat)}
      >
        {t('planningBlock')}
      </Button>
      <Button
        describedBy={props.describedBy}
        disabled={props.busy}
        onPress={() => void actions.downloadIcs(slot, repeat)}
      >
        {t('planningDownloadIcs')}
      </Button>
    </span>
  );
}
