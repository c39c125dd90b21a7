import type { ComponentChildren } from 'preact';
import type { Card } from '../../utils/cards/card';
import { t } from '../../utils/i18n';
import { CopyTextButton } from './CopyTextButton';
import type { CardPageActions } from './card-page-actions';
import { EmailLink } from './EmailLink';
import { IcsDownloadButton } from './IcsDownloadButton';
import { PrintButton } from './PrintButton';

/**
 * The ways to hand a card to its adult, each one click (issue 13 item 3). Each action is its own item with
 * room for its status line under it; `children` are further actions of the same kind (the partner file),
 * laid out as one more item.
 */
export function HandOverActions(props: {
  card: Card;
  actions: Pick<CardPageActions, 'print' | 'copyText' | 'downloadIcs'>;
  peopleUrl: string;
  children?: ComponentChildren;
}) {
  const { card, actions } = props;
  return (
    <section class="handover" aria-label={t('cardPageHandOver')}>
      <ul class="handover-list">
        <li>
          <PrintButton print={actions.print} />
        </li>
        <li>
          <CopyTextButton card={card} copyText={actions.copyText} />
        </li>
        <li>
          <EmailLink card={card} peopleUrl={props.peopleUrl} />
        </li>
        <li>
          <IcsDownloadButton card={card} downloadIcs={actions.downloadIcs} />
        </li>
        {props.children && <li>{props.children}</li>}
      </ul>
    </section>
  );
}
