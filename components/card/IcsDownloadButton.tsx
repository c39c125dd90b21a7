import { useState } from 'preact/hooks';
import type { Card } from '../../utils/cards/card';
import { t } from '../../utils/i18n';
import { Button } from '../ui/fields';
import { icsFileName } from './ics-file-name';

type IcsState = 'idle' | 'nothing' | 'failed';

/**
 * The adult's stops as calendar events (.ics), with stable UIDs so a new download replaces the old stops. A stop
 * without a time (its class has no meeting that weekday) cannot be an event: how many were left out is said
 * beside the button, before the teacher sends the file.
 */
export function IcsDownloadButton(props: { card: Card; downloadIcs: (text: string, fileName: string) => void }) {
  const { card } = props;
  const [state, setState] = useState<IcsState>('idle');
  const stops = card.days.flatMap((day) => day.stops);
  // The same count as cardIcsSkipped (utils/cards/card-ics.ts), without loading the .ics writer to show it.
  const untimed = stops.filter((stop) => stop.start === null || stop.end === null).length;
  const timed = stops.length - untimed;
  const download = async () => {
    if (timed === 0) {
      setState('nothing');
      return;
    }
    try {
      // Loaded on first use: the `ics` writer is sizeable and most visits only look or print.
      const { cardIcs } = await import('../../utils/cards/card-ics');
      props.downloadIcs(cardIcs(card), icsFileName(card));
      setState('idle');
    } catch (error) {
      console.warn('[Tandem] card: could not write the .ics', error);
      setState('failed');
    }
  };
  return (
    <div class="handover-action">
      <Button onPress={() => void download()}>{t('cardPageDownloadIcs')}</Button>
      <p role="status" class="handover-status hint">
        {state === 'nothing' && timed === 0 && t('cardPageIcsNothing')}
        {state === 'failed' && t('cardPageIcsFailed')}
        {untimed > 0 && timed > 0 && t(untimed === 1 ? 'cardPageIcsLeftOutOne' : 'cardPageIcsLeftOut', String(untimed))}
      </p>
    </div>
  );
}
