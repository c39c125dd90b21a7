import { t } from '../../utils/i18n';
import type { SchoolPolicy } from '../../utils/school-policy/policy';

/** The administrator's message to teachers (utils/school-policy/policy.ts `schoolMessage`), as text, never HTML. */
export function SchoolMessage(props: { policy: SchoolPolicy | null }) {
  const message = props.policy?.schoolMessage;
  if (!message) return null;
  return (
    <aside class="notice school-message" aria-label={t('schoolMessageLabel')}>
      <p class="school-message-label">{t('schoolMessageLabel')}</p>
      {/* dir="auto": a message in Arabic or Hebrew is laid out right to left on Tandem's left-to-right page. */}
      <p class="school-message-text" dir="auto">
        {message}
      </p>
    </aside>
  );
}
