import { useState } from 'preact/hooks';
import type { Card } from '../../utils/cards/card';
import { cardText } from '../../utils/cards/card-text';
import { t } from '../../utils/i18n';
import { Button } from '../ui/fields';

type CopyState = 'idle' | 'copied' | 'refused';

/**
 * The card as plain text on the clipboard, for e-mail or chat. "Copied" is said in a live region; when the
 * browser refuses the clipboard, the same text is shown selected, ready for Ctrl+C, so the teacher is never
 * left without it.
 */
export function CopyTextButton(props: { card: Card; copyText: (text: string) => Promise<void> }) {
  const [state, setState] = useState<CopyState>('idle');
  const text = cardText(props.card);
  const copy = () => {
    props.copyText(text).then(
      () => setState('copied'),
      () => setState('refused'),
    );
  };
  return (
    <div class="handover-action">
      <Button onPress={copy}>{t('cardPageCopy')}</Button>
      <p role="status" class="handover-status">
        {state === 'copied' && t('cardPageCopied')}
        {state === 'refused' && t('cardPageCopyRefused')}
      </p>
      {state === 'refused' && (
        <textarea
          class="copy-fallback"
          readOnly
          rows={6}
          aria-label={t('cardPageCopyFallbackLabel')}
          value={text}
          ref={(area) => area?.select()}
        />
      )}
    </div>
  );
}
