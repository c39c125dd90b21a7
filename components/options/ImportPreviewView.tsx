import { tableLabel } from '../../utils/backup/describe';
import { type PartnerScope, TABLES, type TableName } from '../../utils/backup/format';
import type { Conflict, ImportPreview } from '../../utils/backup/merge';
import { t } from '../../utils/i18n';
import { formatCount, formatWhen } from './format-when';

/** Conflicts listed one by one up to this; a partner's whole year can conflict, and the rest is counted. */
const CONFLICTS_SHOWN = 30;

/**
 * What Merge would do, table by table (added / updated / kept / unchanged), and every record both sides
 * changed, with the side whose edit is newer and wins. Record labels come from the file: shown as text.
 */
export function ImportPreviewView(props: {
  fileName: string;
  exportedAt: string;
  preview: ImportPreview;
  /** A partner file (issue 13): said first, in plain words. */
  scope?: PartnerScope | undefined;
}) {
  const { preview } = props;
  const conflicts = preview.conflicts.slice(0, CONFLICTS_SHOWN);
  return (
    <div class="import-preview">
      <h4>{t('dataPreviewTitle', props.fileName)}</h4>
      {props.scope && <p class="partner-summary">{partnerSummary(props.scope, preview)}</p>}
      <p>
        {t('dataPreviewSummary', [
          formatCount(preview.incomingTotal),
          formatWhen(props.exportedAt),
          formatCount(preview.existingTotal),
        ])}
      </p>
      <table class="preview-table">
        <caption>{t('dataPreviewCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dataPreviewRecords')}</th>
            <th scope="col">{t('dataPreviewAdded')}</th>
            <th scope="col">{t('dataPreviewUpdated')}</th>
            <th scope="col">{t('dataPreviewKept')}</th>
            <th scope="col">{t('dataPreviewUnchanged')}</th>
          </tr>
        </thead>
        <tbody>
          {TABLES.map((table) => {
            const counts = preview.tables[table];
            return (
              <tr key={table}>
                <th scope="row">{tableLabel(table, t)}</th>
                <td>{formatCount(counts.added)}</td>
                <td>{formatCount(counts.updated)}</td>
                <td>{formatCount(counts.kept)}</td>
                <td>{formatCount(counts.unchanged)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {preview.conflicts.length === 0 ? (
        <p>{t('dataNoConflicts')}</p>
      ) : (
        <>
          <h5>{t('dataConflictsTitle', formatCount(preview.conflicts.length))}</h5>
          <p class="hint">{t('dataConflictsHint')}</p>
          <ul class="conflicts">
            {conflicts.map((conflict) => (
              <li key={`${conflict.table}:${conflict.id}`}>
                <span class="conflict-label">{conflict.label}</span> ({tableLabel(conflict.table, t)}):{' '}
                {conflictOutcome(conflict)}
              </li>
            ))}
          </ul>
          {preview.conflicts.length > conflicts.length && (
            <p>{t('dataConflictsMore', formatCount(preview.conflicts.length - conflicts.length))}</p>
          )}
        </>
      )}
    </div>
  );
}

/** "A partner file from Ms. Diaz for Marcus Lee — lesson plans: 2, classes: 1, people: 3, notes: 0." */
function partnerSummary(scope: PartnerScope, preview: ImportPreview): string {
  const inFile = (table: TableName) => {
    const counts = preview.tables[table];
    return formatCount(counts.added + counts.updated + counts.kept + counts.unchanged);
  };
  return t('dataPartnerSummary', [
    scope.sharedBy,
    scope.personName,
    inFile('plans'),
    inFile('classMeetings'),
    inFile('people'),
    inFile('notes'),
  ]);
}

/** Which side's edit is used. Settings stay yours whichever is newer (utils/backup/merge.ts): not "yours is newer". */
function conflictOutcome(conflict: Conflict): string {
  if (conflict.table === 'settings') return t('dataConflictSettings');
  if (conflict.reason === 'own-copy') return t('dataConflictOwnCopy');
  return conflict.winner === 'theirs' ? t('dataConflictTheirs') : t('dataConflictYours');
}
