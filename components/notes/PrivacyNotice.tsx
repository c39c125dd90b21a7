import { useEffect, useMemo, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { initials } from '../../utils/notes/initials';
import { privacyWarnings } from '../../utils/notes/privacy';

/**
 * A gentle note under the text box when the note looks like it names a student or a diagnosis. Only
 * advice, unless the school set "initials only" (utils/school-policy/policy.ts): then it says the note is kept
 * but not saved until it uses initials (QuickNoteForm and NoteEditor stop the save). The live region is always there (empty when all is well) so screen
 * readers announce the advice when it appears, once, not on every keystroke: the text is checked when
 * typing pauses, so "Jayden Sm", "Jayden Smi"… are never announced one after another.
 */
export function PrivacyNotice(props: {
  text: string;
  knownNames: readonly string[];
  knownPhrases: readonly string[];
  initialsOnly?: boolean;
}) {
  const text = useSettled(props.text);
  const { names, diagnoses } = useMemo(
    () => privacyWarnings(text, props.knownNames, { knownPhrases: props.knownPhrases }),
    [text, props.knownNames, props.knownPhrases],
  );
  const first = names[0];
  const showing = names.length > 0 || diagnoses.length > 0;
  return (
    <div role="status" class={showing ? 'notice warning privacy' : 'privacy-idle'}>
      {first && <p>{t('privacyName', [names.join(', '), initials(first)])}</p>}
      {diagnoses.length > 0 && <p>{t('privacyDiagnosis', diagnoses.join(', '))}</p>}
      {showing && <p class="hint">{props.initialsOnly ? t('privacyInitialsOnly') : t('privacyStillSaves')}</p>}
    </div>
  );
}

/** How long typing must pause before the note is checked again. */
export const PRIVACY_PAUSE_MS = 400;

/** The text once typing has paused; an emptied box (after saving) clears at once. */
function useSettled(text: string): string {
  const [settled, setSettled] = useState(text);
  useEffect(() => {
    if (!text.trim()) {
      setSettled(text);
      return;
    }
    const timer = setTimeout(() => setSettled(text), PRIVACY_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text]);
  return settled;
}
