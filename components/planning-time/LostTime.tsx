import { t } from '../../utils/i18n';
import { formatDay, formatMonth } from '../../utils/planning-time/format';
import type { LostNotice } from '../../utils/planning-time/session/state';
import type { Slot } from '../../utils/planning-time/types';
import { Button } from '../ui/fields';
import { slotText } from './SlotList';

export interface Tally {
  month: string;
  plannedMinutes: number;
  lostMinutes: number;
}

/**
 * Planning time kept and lost: a line a teacher can bring to an administrator, and for each block that
 * went missing this week, the next free time to make it up.
 */
export function LostTime(props: {
  notices: LostNotice[];
  tally: Tally | null;
  onBlock: (slot: Slot) => void;
  /** Whether the make-up time's agenda has arrived, so the event is created with it. */
  isReady: (slot: Slot) => boolean;
}) {
  return (
    <div class="lost-time">
      {props.tally && (
        <p class="tally" role="status">
          {t('planningTally', [
            formatMonth(props.tally.month),
            String(props.tally.plannedMinutes),
            String(props.tally.lostMinutes),
          ])}
        </p>
      )}
      {props.notices.map(({ lost, makeUp }) => {
        const id = `tandem-makeup-${lost.id.replace(/[^A-Za-z0-9-]/g, '-')}`;
        return (
          <div key={lost.id} class="notice warning">
            <p>{t('planningLostNotice', [formatDay(lost.date), String(lost.minutes)])}</p>
            {makeUp ? (
              <p class="makeup">
                {t('planningMakeUp')} <span id={id}>{slotText(makeUp)}</span>{' '}
                <Button
                  kind="primary"
                  describedBy={id}
                  disabled={!props.isReady(makeUp)}
                  onPress={() => props.onBlock(makeUp)}
                >
                  {t('planningBlock')}
                </Button>
              </p>
            ) : (
              <p class="makeup">{t('planningNoMakeUp')}</p>
            )}
          </div>
        );
      })}
    </div>
  );
}
