import { exportPartnerFile } from '../../utils/backup/partner-file';
import type { TandemDatabase } from '../../utils/db/database';
import { t } from '../../utils/i18n';
import { downloadText } from '../options/download';
import type { MakePartnerFile } from './PartnerFileAction';

/**
 * The partner file action bound to the database and the browser's download (the card page and the options
 * page both offer it): reads, builds (utils/backup/partner-file.ts), downloads; null when the person is gone.
 */
export function partnerFileDownload(db: TandemDatabase): MakePartnerFile {
  return async (personId, includeNotes) => {
    const file = await exportPartnerFile(db, { personId, includeNotes, fallbackName: t('partnerFallbackName') });
    if (!file) return null;
    downloadText(file.json, file.fileName, 'application/json');
    return file.counts;
  };
}
