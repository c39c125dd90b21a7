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

/** The best free times in the visible days, each with "Block this time" and "Download .ics". */
export function SlotList(props: { state: PlanningState; actions: PlanningActions }) {
  const { state, actions } = props;
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
            const id = `tandem-slot-${slot.date}-${slot.start}`;
            return (
              <li key={id} class="row slot">
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
