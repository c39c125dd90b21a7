import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { tableLabel } from '../../utils/backup/describe';
import { TABLES, type TableName } from '../../utils/backup/format';
import type { SnapshotInfo } from '../../utils/backup/snapshots';
import { t } from '../../utils/i18n';
import { Button } from '../ui/fields';
import { ConfirmDialog } from './ConfirmDialog';
import { formatCount, formatWhen } from './format-when';

/** "people: 3 · lesson plans: 2 · notes: 5": the tables that hold something (no plural forms to get wrong). */
export function describeCounts(counts: Record<string, number>): string {
  return TABLES.filter((table) => (counts[table] ?? 0) > 0)
    .map((table: TableName) => t('dataCount', [tableLabel(table, t), formatCount(counts[table] ?? 0)]))
    .join(' · ');
}

/**
 * The data as it was before each Replace or restore (newest first), each restorable after a confirmation.
 * Restoring replaces everything Tandem holds now (kept as a snapshot first), so the dialog says so.
 */
export function SnapshotList(props: { snapshots: SnapshotInfo[]; onRestore: (id: string) => Promise<boolean> }) {
  const [confirming, setConfirming] = useState<SnapshotInfo | null>(null);
  const [status, setStatus] = useState('');
  const list = useRef<HTMLUListElement>(null);
  const restoredJustNow = useRef(false);
  // A restore keeps the data it replaced as the newest snapshot, which can push the restored one (the oldest
  // of three) out of the list, with the Restore button that had focus: focus goes to the newest, the way back.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the live query brings the new list
  useLayoutEffect(() => {
    if (!restoredJustNow.current) return;
    restoredJustNow.current = false;
    if (document.activeElement && document.activeElement !== document.body) return;
    list.current?.querySelector('button')?.focus();
  }, [props.snapshots]);
  if (props.snapshots.length === 0 && !status) return null;
  const restore = async (snapshot: SnapshotInfo) => {
    setConfirming(null);
    setStatus(t('dataRestoring'));
    const restored = await props.onRestore(snapshot.id);
    restoredJustNow.current = restored;
    setStatus(restored ? t('dataRestored', formatWhen(snapshot.createdAt)) : t('dataRestoreFailed'));
  };
  return (
    <div class="subsection">
      <h3>{t('dataSnapshotsTitle')}</h3>
      <p class="hint">{t('dataSnapshotsHint')}</p>
      <ul class="rows" ref={list}>
        {props.snapshots.map((snapshot) => {
          const when = formatWhen(snapshot.createdAt);
          return (
            <li key={snapshot.id} class="row snapshot">
              <span>
                {t('dataSnapshotBeforeReplace', when)}
                {': '}
                {describeCounts(snapshot.counts)}
              </span>
              <Button onPress={() => setConfirming(snapshot)}>{t('dataRestoreSnapshot', when)}</Button>
            </li>
          );
        })}
      </ul>
      <p class="status-line" role="status">
        {status}
      </p>
      {confirming && (
        <ConfirmDialog
          title={t('dataRestoreTitle', formatWhen(confirming.createdAt))}
          confirmLabel={t('dataRestoreConfirm')}
          onCancel={() => setConfirming(null)}
          onConfirm={() => void restore(confirming)}
        >
          <p>{t('dataRestoreBody', describeCounts(confirming.counts))}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
