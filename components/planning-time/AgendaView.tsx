import { t } from '../../utils/i18n';
import { formatDay, formatTimeRange } from '../../utils/planning-time/format';
import type { ShownAgenda } from '../../utils/planning-time/session/state';
import { Button } from '../ui/fields';

/** A recorded block's current agenda, shown when its badge in the calendar is activated. */
export function AgendaView(props: { shown: ShownAgenda; onClose: () => void }) {
  const { block, date, text } = props.shown;
  return (
    <section class="section agenda" aria-live="polite">
      <h3>{t('planningAgendaFor', [block.title, `${formatDay(date)}, ${formatTimeRange(block.start, block.end)}`])}</h3>
      {/* Plain text, the same words Calendar's event carries; rendered as text, never as HTML. */}
      {text === null ? <p class="empty">{t('planningAgendaLoading')}</p> : <p class="agenda-text">{text}</p>}
      <Button onPress={props.onClose}>{t('planningCloseAgenda')}</Button>
    </section>
  );
}
