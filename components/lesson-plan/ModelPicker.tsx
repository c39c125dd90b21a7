import { t } from '../../utils/i18n';
import type { ModelId } from '../../utils/schema/vocabulary';
import { RadioGroup } from '../ui/fields';
import { modelOptions } from './vocabulary-options';

export function ModelPicker(props: { value: ModelId | null; onValue: (model: ModelId) => void }) {
  return (
    <RadioGroup
      class="models"
      label={t('modelGroupLabel')}
      value={props.value}
      options={modelOptions()}
      onValue={(value) => props.onValue(value as ModelId)}
    />
  );
}
