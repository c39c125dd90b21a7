import { useMemo } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { initials } from '../../utils/notes/initials';
import { privacyWarnings } from '../../utils/notes/privacy';

/**
 * A gentle note under the text box when the note looks like it names a student or a diagnosis. Only
 * advice: saving is never blocked. The live region is always there (empty when all is well) so screen
 * readers announce the advice when it appears, once, not on every keystroke.
 */
export function PrivacyNotice(props: { text: string; knownNames: readonly string[]; knownPhrases: readonly string[] }) {
  const { names, diagnoses } = useMemo(
    () => privacyWarnings(props.text, props.knownNames, { knownPhrases: props.knownPhrases }),
    [props.text, props.knownNames, props.knownPhrases],
  );
  const first = names[0];
  const showing = names.length > 0 || diagnoses.length > 0;
  return (
    <div role="status" class={showing ? 'notice warning privacy' : 'privacy-idle'}>
      {first && <p>{t('privacyName', [names.join(', '), initials(first)])}</p>}
      {diagnoses.length > 0 && <p>{t('privacyDiagnosis', diagnoses.join(', '))}</p>}
      {showing && <p class="hint">{t('privacyStillSaves')}</p>}
    </div>
  );
}
