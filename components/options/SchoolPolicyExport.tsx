import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import type { Settings } from '../../utils/schema/settings';
import { adminPolicyText } from '../../utils/school-policy/admin-export';
import type { SchoolPolicy } from '../../utils/school-policy/policy';
import { Button } from '../ui/fields';
import { downloadText } from './download';

/** The teacher's settings as a policy file for the Google Admin console (utils/school-policy/admin-export.ts). */
export function SchoolPolicyExport(props: { settings: Settings; policy: SchoolPolicy }) {
  const [status, setStatus] = useState('');
  const download = () => {
    downloadText(adminPolicyText(props.settings, props.policy), 'tandem-school-policy.json', 'application/json');
    setStatus(t('schoolPolicyDownloaded'));
  };
  return (
    <div class="subsection">
      <h3>{t('schoolPolicyTitle')}</h3>
      <p class="hint">{t('schoolPolicyHint')}</p>
      <div class="actions">
        <Button onPress={download}>{t('schoolPolicyDownload')}</Button>
      </div>
      <p role="status">{status}</p>
    </div>
  );
}
