import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import type { PlanTemplate } from '../../utils/schema/plan-template';
import { vocabKey } from '../../utils/vocabulary';
import { Button } from '../ui/fields';
import { OptionsSection } from './OptionsSection';
import { useLiveQuery } from './use-live-query';

/**
 * "Plan templates" (issue 14): the plan shapes saved with "Save as template" in a lesson panel, by name, each with
 * Delete; a deleted template can be brought back with Undo until another is deleted. Not shown while there are none.
 */
export function TemplatesSection(props: {
  listTemplates: () => Promise<PlanTemplate[]>;
  deleteTemplate: (template: PlanTemplate) => Promise<boolean>;
  restoreTemplate: (template: PlanTemplate) => Promise<boolean>;
}) {
  const templates = useLiveQuery(props.listTemplates, []);
  const [status, setStatus] = useState('');
  const [deleted, setDeleted] = useState<PlanTemplate | null>(null);
  if (templates.state !== 'ready' || (templates.value.length === 0 && status === '')) return null;
  const remove = async (template: PlanTemplate) => {
    const done = await props.deleteTemplate(template);
    setDeleted(done ? template : null);
    setStatus(t(done ? 'templateDeleted' : 'templateDeleteFailed', template.name));
  };
  const undo = async (template: PlanTemplate) => {
    const done = await props.restoreTemplate(template);
    setDeleted(null);
    setStatus(t(done ? 'templateRestored' : 'templateDeleteFailed', template.name));
  };
  return (
    <OptionsSection id="templates" title={t('templatesTitle')} status={status}>
      <p class="hint">{t('templatesHint')}</p>
      {templates.value.length > 0 && (
        <ul class="shared-plans" aria-label={t('templatesTitle')}>
          {templates.value.map((template) => (
            <li key={template.id} class="shared-plan">
              <span class="shared-plan-title">{template.name}</span>
              <span class="shared-plan-class">
                {' · '}
                {template.content.model ? t(vocabKey('model', template.content.model)) : t('badgeNoModel')}
              </span>
              <span class="shared-plan-actions">
                <Button label={t('templateDeleteOf', template.name)} onPress={() => void remove(template)}>
                  {t('templateDelete')}
                </Button>
              </span>
            </li>
          ))}
        </ul>
      )}
      {deleted && (
        <Button label={t('templateUndoOf', deleted.name)} onPress={() => void undo(deleted)}>
          {t('templateUndo')}
        </Button>
      )}
    </OptionsSection>
  );
}
