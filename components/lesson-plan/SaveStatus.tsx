import { t } from '../../utils/i18n';
import type { SessionState } from '../../utils/lesson-plan/session';
import { Button } from '../ui/fields';

/** "Saved" / "Saving…" / a plain-words failure with a retry; announced politely to screen readers. */
export function SaveStatus(props: { state: SessionState; onRetry: () => void }) {
  const { save, load } = props.state;
  let text = '';
  if (load === 'loading') text = t('loading');
  else if (save === 'pending' || save === 'saving') text = t('saving');
  else if (save === 'saved') text = t('saved');
  else if (save === 'error') text = t('saveFailed');
  return (
    <div class={`save-status ${save}`}>
      <span role="status">{text}</span>
      {save === 'error' && <Button onPress={props.onRetry}>{t('retry')}</Button>}
    </div>
  );
}
