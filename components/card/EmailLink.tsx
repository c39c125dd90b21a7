import type { Card } from '../../utils/cards/card';
import { cardMailto } from '../../utils/cards/card-mailto';
import { t } from '../../utils/i18n';

/**
 * A real mailto: link (no permission, nothing sent by Tandem): the teacher's mail program opens addressed to
 * the adult, subject and body filled. Without an address the link still opens a message to fill in, and the
 * page says where to add one.
 */
export function EmailLink(props: { card: Card; peopleUrl: string }) {
  const { card } = props;
  return (
    <div class="handover-action">
      <a class="button" href={cardMailto(card)}>
        {t('cardPageEmail')}
      </a>
      {!card.personEmail && (
        <p class="handover-status hint">
          {t('cardPageNoEmail', card.personName)}{' '}
          <a href={props.peopleUrl} target="_blank" rel="noopener">
            {t('cardPageOpenPeople')}
          </a>
        </p>
      )}
    </div>
  );
}
