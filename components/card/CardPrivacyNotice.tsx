import { t } from '../../utils/i18n';

/**
 * The popup's gentle privacy notice (components/notes/PrivacyNotice.tsx), for a card about to be handed over:
 * its free text looks like it names a student in full or a diagnosis (the card found these with the same
 * check, utils/notes/privacy.ts). Only advice: every hand-over button still works. The live region is always
 * there, so the notice is announced when it appears, not missed because it was rendered with the page.
 */
export function CardPrivacyNotice(props: { concerns: readonly string[] }) {
  const showing = props.concerns.length > 0;
  return (
    <div role="status" class={showing ? 'notice warning privacy' : 'privacy-idle'}>
      {showing && <p>{t('cardPagePrivacy', props.concerns.join(', '))}</p>}
      {showing && <p class="hint">{t('cardPagePrivacyStillSends')}</p>}
    </div>
  );
}
