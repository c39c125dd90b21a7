import { t } from '../../utils/i18n';
import type { PlanContent } from '../../utils/schema/plan';
import type { PlanStatus } from '../../utils/schema/vocabulary';
import { RadioGroup, TextField } from '../ui/fields';
import { statusOptions } from './vocabulary-options';

/** Draft → Ready → Taught, and once taught, a two-line reflection for the next planning meeting. */
export function StatusReflection(props: { content: PlanContent; onChange: (patch: Partial<PlanContent>) => void }) {
  const { content } = props;
  return (
    <div class="status">
      <RadioGroup
        class="inline"
        label={t('statusLabel')}
        value={content.status}
        options={statusOptions()}
        onValue={(status) => props.onChange({ status: status as PlanStatus })}
      />
      {content.status === 'taught' ? (
        <div class="reflection">
          <TextField
            multiline
            label={t('reflectionWorked')}
            value={content.reflectionWorked}
            onValue={(reflectionWorked) => props.onChange({ reflectionWorked })}
          />
          <TextField
            multiline
            label={t('reflectionChange')}
            value={content.reflectionChange}
            onValue={(reflectionChange) => props.onChange({ reflectionChange })}
          />
        </div>
      ) : (
        <p class="hint">{t('reflectionLater')}</p>
      )}
    </div>
  );
}
