import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { Button } from '../ui/fields';
import { ConfirmDialog } from './ConfirmDialog';

/**
 * Deletes everything Tandem keeps in this browser (snapshots too), after the teacher types the
 * confirmation word. Afterwards the database is empty; the page says so.
 */
export function DeleteAllPanel(props: { onDelete: () => Promise<boolean> }) {
  const [confirming, setConfirming] = useState(false);
  const [outcome, setOutcome] = useState<'done' | 'failed' | null>(null);
  const remove = async () => {
    setConfirming(false);
    setOutcome((await props.onDelete()) ? 'done' : 'failed');
  };
  return (
    <div class="subsection danger-zone">
      <h3>{t('dataDeleteTitle')}</h3>
      <p>{t('dataDeleteHint')}</p>
      <Button
        onPress={() => {
          setOutcome(null);
          setConfirming(true);
        }}
      >
        {t('dataDeleteOpen')}
      </Button>
      <p class="status-line" role="status">
        {outcome === 'done' ? t('dataDeleted') : ''}
      </p>
      {outcome === 'failed' && (
        <p class="notice error" role="alert">
          {t('dataDeleteFailed')}
        </p>
      )}
      {confirming && (
        <ConfirmDialog
          title={t('dataDeleteConfirmTitle')}
          confirmLabel={t('dataDeleteConfirm')}
          typeToConfirm={t('dataDeleteWord')}
          onCancel={() => setConfirming(false)}
          onConfirm={() => void remove()}
        >
          <p>{t('dataDeleteBody')}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
