import { t } from '../../utils/i18n';
import type { SchoolPolicy } from '../../utils/school-policy/policy';

/** The administrator's message to teachers (utils/school-policy/policy.ts `schoolMessage`), as text, never HTML. */
export function SchoolMessage(props: { policy: SchoolPolicy | null }) {
  const message = props.policy?.schoolMessage;
  if (!message) return null;
  return (
    <aside class="notice school-message" aria-label={t('schoolMessageLabel')}>
      <p class="school-message-label">{t('schoolMessageLabel')}</p>
      <p class="school-message-text">{message}</p>
    </aside>
  );
}
