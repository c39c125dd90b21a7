import { useRef, useState } from 'preact/hooks';
import type { BackupFile } from '../../utils/backup/format';
import type { ImportMode } from '../../utils/backup/import';
import type { ImportPreview } from '../../utils/backup/merge';
import type { ParseResult } from '../../utils/backup/parse';
import { t } from '../../utils/i18n';
import { Button, useFieldId } from '../ui/fields';
import { ConfirmDialog } from './ConfirmDialog';
import { formatCount } from './format-when';
import { ImportPreviewView } from './ImportPreviewView';
import { type ImportState, totals } from './import-state';

type Progress = (done: number, total: number) => void;

export interface ImportActions {
  parseBackup: (file: Blob, onProgress: Progress) => Promise<ParseResult>;
  describeProblem: (result: Extract<ParseResult, { ok: false }>) => string;
  previewImport: (file: BackupFile, mode: ImportMode) => Promise<ImportPreview>;
  importBackup: (
    file: BackupFile,
    mode: ImportMode,
    onProgress: Progress,
  ) => Promise<{ preview: ImportPreview; snapshotId?: string }>;
}

/**
 * Import a backup: pick the file, watch it being checked, see what Merge would do, then Merge or Replace
 * everything (confirmed; a snapshot is kept). A refused file changes nothing and says what is wrong.
 */
export function ImportPanel(props: { actions: ImportActions }) {
  const { actions } = props;
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const inputId = useFieldId('backup-file');
  const resultRef = useRef<HTMLDivElement>(null);
  // A newer pick makes an older file's late answers irrelevant.
  const attempt = useRef(0);

  const pick = async (picked: File) => {
    const mine = ++attempt.current;
    const fileName = picked.name;
    const current = () => mine === attempt.current;
    setState({ step: 'checking', fileName, done: 0, total: 0 });
    try {
      const parsed = await actions.parseBackup(picked, (done, total) => {
        if (current()) setState({ step: 'checking', fileName, done, total });
      });
      if (!current()) return;
      if (!parsed.ok) {
        setState({ step: 'problem', fileName, message: actions.describeProblem(parsed) });
        return;
      }
      const merge = await actions.previewImport(parsed.file, 'merge');
      if (current()) setState({ step: 'preview', fileName, file: parsed.file, merge, confirmReplace: false });
    } catch (error) {
      console.warn('[Tandem] options: could not read the backup', error);
      if (current()) setState({ step: 'problem', fileName, message: t('dataReadFailed') });
    }
  };

  const write = async (file: BackupFile, fileName: string, mode: ImportMode) => {
    const mine = ++attempt.current;
    setState({ step: 'writing', fileName, mode, done: 0, total: 0 });
    try {
      const result = await actions.importBackup(file, mode, (done, total) => {
        if (mine === attempt.current) setState({ step: 'writing', fileName, mode, done, total });
      });
      setState({ step: 'done', fileName, mode, ...result });
    } catch (error) {
      console.warn('[Tandem] options: import failed', error);
      setState({ step: 'failed', fileName, message: t('dataImportFailed') });
    }
    // Keyboard and screen-reader users land on the outcome, not at the top of the page.
    requestAnimationFrame(() => resultRef.current?.focus());
  };

  const busy = state.step === 'checking' || state.step === 'writing';
  return (
    <div class="subsection">
      <h3>{t('dataImportTitle')}</h3>
      <p class="hint">{t('dataImportHint')}</p>
      <div class="field">
        <label for={inputId}>{t('dataBackupFile')}</label>
        <input
          id={inputId}
          type="file"
          accept=".json,application/json"
          disabled={busy}
          // A file choice is a value change (as selects in fields.tsx), not an action a stray click could fire.
          onChange={(event) => {
            const input = event.currentTarget as HTMLInputElement;
            const picked = input.files?.[0];
            // Cleared, so choosing the same file again (after fixing it) is a new choice.
            input.value = '';
            if (picked) void pick(picked);
          }}
        />
      </div>

      {state.step === 'checking' && (
        <ProgressLine
          label={t('dataChecking')}
          text={
            state.total ? t('dataCheckingCount', [formatCount(state.done), formatCount(state.total)]) : t('dataReading')
          }
          done={state.done}
          total={state.total}
        />
      )}
      {state.step === 'problem' && (
        <div class="notice error" role="alert">
          <p>{t('dataProblemIn', state.fileName)}</p>
          <p>{state.message}</p>
          <p>{t('dataNothingChanged')}</p>
        </div>
      )}
      {state.step === 'preview' && (
        <>
          <ImportPreviewView
            fileName={state.fileName}
            exportedAt={state.file.exportedAt}
            preview={state.merge}
            scope={state.file.scope}
          />
          {/* A partner file is a slice of someone else's data: replacing yours with it is not offered. */}
          {state.file.scope && <p class="hint">{t('dataPartnerMergeOnly')}</p>}
          <div class="actions">
            <Button kind="primary" onPress={() => void write(state.file, state.fileName, 'merge')}>
              {t('dataMerge')}
            </Button>
            {!state.file.scope && (
              <Button onPress={() => setState({ ...state, confirmReplace: true })}>{t('dataReplace')}</Button>
            )}
            <Button onPress={() => setState({ step: 'idle' })}>{t('dataCancel')}</Button>
          </div>
          {state.confirmReplace && (
            <ConfirmDialog
              title={t('dataReplaceTitle')}
              confirmLabel={t('dataReplaceConfirm')}
              onCancel={() => setState({ ...state, confirmReplace: false })}
              onConfirm={() => void write(state.file, state.fileName, 'replace')}
            >
              <p>
                {t('dataReplaceBody', [formatCount(state.merge.existingTotal), formatCount(state.merge.incomingTotal)])}
              </p>
              <p>{t('dataReplaceSnapshot')}</p>
            </ConfirmDialog>
          )}
        </>
      )}
      {state.step === 'writing' && (
        <ProgressLine
          label={t('dataWriting')}
          text={
            state.total ? t('dataWritingCount', [formatCount(state.done), formatCount(state.total)]) : t('dataWriting')
          }
          done={state.done}
          total={state.total}
        />
      )}
      <div ref={resultRef} tabIndex={-1} class="import-result">
        {state.step === 'done' && (
          <p class="notice" role="status">
            {resultText(state.mode, state.preview, state.snapshotId !== undefined)}
          </p>
        )}
        {state.step === 'failed' && (
          <p class="notice error" role="alert">
            {state.message}
          </p>
        )}
      </div>
    </div>
  );
}

function resultText(mode: ImportMode, preview: ImportPreview, snapshotKept: boolean): string {
  if (mode === 'replace') {
    const replaced = t('dataReplacedDone', formatCount(preview.incomingTotal));
    return snapshotKept ? `${replaced} ${t('dataSnapshotKept')}` : replaced;
  }
  const sum = totals(preview);
  return t('dataMergedDone', [
    formatCount(sum.added),
    formatCount(sum.updated),
    formatCount(sum.kept),
    formatCount(sum.unchanged),
  ]);
}

/** Progress for long work: a named <progress> (indeterminate until the total is known) and the count in words. */
function ProgressLine(props: { label: string; text: string; done: number; total: number }) {
  return (
    <div class="progress-line">
      <progress aria-label={props.label} max={props.total || undefined} value={props.total ? props.done : undefined} />
      <span aria-live="polite">{props.text}</span>
    </div>
  );
}
