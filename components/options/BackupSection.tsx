import { backupIsDue } from '../../utils/backup/export';
import type { SnapshotInfo } from '../../utils/backup/snapshots';
import { t } from '../../utils/i18n';
import type { Settings } from '../../utils/schema/settings';
import { backupReminderDays } from '../../utils/school-policy/apply';
import type { SchoolPolicy } from '../../utils/school-policy/policy';
import { DeleteAllPanel } from './DeleteAllPanel';
import { type ExportActions, ExportPanel } from './ExportPanel';
import { type ImportActions, ImportPanel } from './ImportPanel';
import { OptionsSection } from './OptionsSection';
import { SchoolPolicyExport } from './SchoolPolicyExport';
import { SnapshotList } from './SnapshotList';

export interface BackupActions extends ExportActions, ImportActions {
  restoreSnapshot: (id: string) => Promise<boolean>;
  deleteAllData: () => Promise<boolean>;
}

/** Everything Tandem keeps lives only in this browser: export it, bring it back, hand it over, or delete it. */
export function BackupSection(props: {
  lastBackupAt?: string;
  hasData: boolean;
  /** The settings in force and the school's, for the backup reminder and the school policy file. */
  settings: Settings;
  policy: SchoolPolicy;
  snapshots: SnapshotInfo[];
  actions: BackupActions;
}) {
  const due = backupIsDue(props.lastBackupAt, new Date(), props.hasData, backupReminderDays(props.policy));
  return (
    <OptionsSection id="data" title={t('dataTitle')}>
      <p class="hint">
        {t('dataIntro')}{' '}
        {/* PRIVACY.md, shown as text by entrypoints/privacy/; a new tab keeps the options page as it was. */}
        <a href="/privacy.html" target="_blank" rel="noopener">
          {t('privacyStatementLink')}
        </a>
      </p>
      <ExportPanel lastBackupAt={props.lastBackupAt} due={due} actions={props.actions} />
      <ImportPanel actions={props.actions} />
      <SnapshotList snapshots={props.snapshots} onRestore={props.actions.restoreSnapshot} />
      <SchoolPolicyExport settings={props.settings} policy={props.policy} />
      <DeleteAllPanel onDelete={props.actions.deleteAllData} />
    </OptionsSection>
  );
}
