import { useRef, useState } from 'preact/hooks';
import { MAX_BACKUP_BYTES } from '../../utils/backup/format';
import { formatMegabytes, utf8ByteLength } from '../../utils/backup/size';
import { t } from '../../utils/i18n';
import { Button } from '../ui/fields';
import { downloadText } from './download';
import { formatWhen } from './format-when';

export interface ExportActions {
  exportBackup: () => Promise<{ json: string; fileName: string }>;
  markBackedUp: (at: string) => Promise<void>;
  exportNotesCsv: () => Promise<{ csv: string; fileName: string }>;
}

/**
 * Full backup (JSON) and notes as CSV, when the last backup was made, and a reminder when it is due
 * (utils/backup/export.ts backupIsDue: older than 14 days, or never, with something to lose).
 */
export function ExportPanel(props: { lastBackupAt?: string; due: boolean; actions: ExportActions }) {
  const [status, setStatus] = useState('');
  // A press while a file is being made is ignored. Not `disabled`: disabling the button that has focus
  // sends keyboard focus elsewhere (fields.tsx Button moves it to the next usable control).
  const busy = useRef(false);
  const run = async (work: () => Promise<string>) => {
    if (busy.current) return;
    busy.current = true;
    try {
      setStatus(await work());
    } catch (error) {
      console.warn('[Tandem] options: export failed', error);
      setStatus(t('dataExportFailed'));
    } finally {
      busy.current = false;
    }
  };
  const exportBackup = () =>
    run(async () => {
      const { json, fileName } = await props.actions.exportBackup();
      downloadText(json, fileName, 'application/json');
      // A file Tandem could not import again is not a backup to rely on: say so plainly.
      if (utf8ByteLength(json) > MAX_BACKUP_BYTES) {
        return t('dataExportTooLarge', [fileName, formatMegabytes(MAX_BACKUP_BYTES, { whole: true })]);
      }
      await props.actions.markBackedUp(new Date().toISOString());
      return t('dataExported', fileName);
    });
  const exportCsv = () =>
    run(async () => {
      const { csv, fileName } = await props.actions.exportNotesCsv();
      downloadText(csv, fileName, 'text/csv');
      return t('dataCsvExported', fileName);
    });
  return (
    <div class="subsection">
      <h3>{t('dataExportTitle')}</h3>
      {props.due && <p class="notice warning">{props.lastBackupAt ? t('dataBackupDue') : t('dataBackupNever')}</p>}
      <p>{props.lastBackupAt ? t('dataLastBackup', formatWhen(props.lastBackupAt)) : t('dataNoBackupYet')}</p>
      <p class="hint">{t('dataExportHint')}</p>
      <div class="actions">
        <Button kind="primary" onPress={() => void exportBackup()}>
          {t('dataExport')}
        </Button>
        <Button onPress={() => void exportCsv()}>{t('dataExportCsv')}</Button>
      </div>
      <p class="status-line" role="status">
        {status}
      </p>
    </div>
  );
}
