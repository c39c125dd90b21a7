import { t } from '../../utils/i18n';
import type { NoteLink } from '../../utils/schema/note';
import { trusted } from '../ui/trusted';

/**
 * Which lesson or class the next note will be linked to, with a way to unlink it (and to link it again).
 * One button that changes its words, so keyboard focus stays on it either way.
 */
export function LinkLine(props: { link: NoteLink; linked: boolean; onLinked: (linked: boolean) => void }) {
  const { link, linked } = props;
  return (
    <div class="link-line">
      <p class="link-text">
        {linked ? t('popupLinkedTo') : t('popupNotLinked')} <strong class="link-title">{link.title}</strong>
      </p>
      <button
        type="button"
        class="button quiet"
        aria-label={linked ? t('popupRemoveLinkTo', link.title) : t('popupLinkAgainTo', link.title)}
        onClick={trusted(() => props.onLinked(!linked))}
      >
        {linked ? t('popupRemoveLink') : t('popupLinkAgain')}
      </button>
    </div>
  );
}
