import { useState } from 'preact/hooks';
import type { TableName } from '../../utils/backup/format';
import { t } from '../../utils/i18n';
import { Button, CheckboxField } from '../ui/fields';

/** Builds one adult's partner file and downloads it; the counts of what it holds, or null when that failed. */
export type MakePartnerFile = (personId: string, includeNotes: boolean) => Promise<Record<TableName, number> | null>;

type Outcome = { kind: 'idle' } | { kind: 'made'; counts: Record<TableName, number> } | { kind: 'failed' };

/**
 * "Partner file" (issue 13 item 3): only the lessons this adult works in, their classes and the people in them —
 * and the notes on those lessons when the teacher ticks it (off by default: notes are the teacher's own words).
 * What the file holds is said beside the button once it is downloaded.
 */
export function PartnerFileAction(props: { personId: string; personName: string; makePartnerFile: MakePartnerFile }) {
  const [includeNotes, setIncludeNotes] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const make = async () => {
    try {
      const counts = await props.makePartnerFile(props.personId, includeNotes);
      setOutcome(counts ? { kind: 'made', counts } : { kind: 'failed' });
    } catch (error) {
      console.warn('[Tandem] could not make the partner file', error);
      setOutcome({ kind: 'failed' });
    }
  };
  return (
    <div class="handover-action partner-file">
      <p class="hint">{t('partnerFileHint', props.personName)}</p>
      <CheckboxField label={t('partnerIncludeNotes')} checked={includeNotes} onChecked={setIncludeNotes} />
      <Button label={t('partnerFileButtonFor', props.personName)} onPress={() => void make()}>
        {t('partnerFileButton')}
      </Button>
      <p role="status" class="handover-status hint">
        {outcome.kind === 'made' &&
          t('partnerFileMade', [
            props.personName,
            String(outcome.counts.plans),
            String(outcome.counts.people),
            String(outcome.counts.notes),
          ])}
        {outcome.kind === 'failed' && t('partnerFileFailed')}
      </p>
    </div>
  );
}
