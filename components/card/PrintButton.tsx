import { t } from '../../utils/i18n';
import { Button } from '../ui/fields';

/** The browser's print dialog; the page's print styles (entrypoints/card/style.css) leave only the card on paper. */
export function PrintButton(props: { print: () => void }) {
  return (
    <Button kind="primary" onPress={props.print}>
      {t('cardPagePrint')}
    </Button>
  );
}
