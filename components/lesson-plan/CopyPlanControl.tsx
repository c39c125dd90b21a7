import { useState } from 'preact/hooks';
import type { CopySources } from '../../utils/db/templates';
import { t } from '../../utils/i18n';
import { applyCopy, copyablePart, hasCopyableContent } from '../../utils/lesson-plan/copy-plan';
import type { PlanContent } from '../../utils/schema/plan';
import type { CopyableContent } from '../../utils/schema/plan-template';
import { vocabKey } from '../../utils/vocabulary';
import { Button, SelectField, TextField } from '../ui/fields';

// Reuse (issue 14): "Copy plan from…" one of the class's recent lessons or a template, and "Save as template".
// A copy is applied as the teacher's own edit of the copied fields (utils/lesson-plan/copy-plan.ts), so it
// saves through the outbox like any edit and is undone by editing back.

/** What the panel asks the background for; null / false when the background failed. */
export interface ReuseActions {
  listSources: () => Promise<CopySources | null>;
  saveTemplate: (name: string, content: CopyableContent) => Promise<boolean>;
}

type Mode = 'closed' | 'copy' | 'save';

export function CopyPlanControl(props: {
  content: PlanContent;
  onCopy: (patch: Partial<PlanContent>) => void;
  reuse: ReuseActions;
}) {
  const [mode, setMode] = useState<Mode>('closed');
  const [sources, setSources] = useState<CopySources | null | 'loading'>('loading');
  const [choice, setChoice] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [name, setName] = useState('');
  const [message, setMessage] = useState('');
  const bodyId = 'tandem-reuse-body';

  const open = (next: Mode) => {
    setMode(mode === next ? 'closed' : next);
    setConfirming(false);
    setMessage('');
    if (next === 'copy' && mode !== 'copy') {
      setSources('loading');
      void props.reuse.listSources().then((found) => {
        setSources(found);
        setChoice(found ? (optionsOf(found)[0]?.value ?? '') : '');
      });
    }
  };

  const copy = (confirmed: boolean) => {
    if (sources === 'loading' || sources === null) return;
    const source = findSource(sources, choice);
    if (!source) return;
    if (!confirmed && hasCopyableContent(props.content)) {
      setConfirming(true);
      return;
    }
    props.onCopy(copyablePart(applyCopy(props.content, source.content)));
    setMode('closed');
    setConfirming(false);
    setMessage(t('copyPlanDone', source.label));
  };

  const save = async () => {
    const trimmed = name.trim();
    if (!trimmed) return;
    const saved = await props.reuse.saveTemplate(trimmed, copyablePart(props.content));
    setMessage(t(saved ? 'templateSaved' : 'templateSaveFailed', trimmed));
    if (saved) {
      setMode('closed');
      setName('');
    }
  };

  return (
    <div class="reuse">
      <div class="row">
        <Button onPress={() => open('copy')} expanded={mode === 'copy'} controls={bodyId}>
          {t('copyPlanFrom')}
        </Button>
        <Button onPress={() => open('save')} expanded={mode === 'save'} controls={bodyId}>
          {t('templateSaveAs')}
        </Button>
      </div>
      <div id={bodyId}>
        {mode === 'copy' && sources === 'loading' && <p>{t('copyPlanLoading')}</p>}
        {mode === 'copy' && sources === null && <p role="alert">{t('copyPlanLoadFailed')}</p>}
        {mode === 'copy' && sources !== 'loading' && sources !== null && optionsOf(sources).length === 0 && (
          <p>{t('copyPlanNothing')}</p>
        )}
        {mode === 'copy' && sources !== 'loading' && sources !== null && optionsOf(sources).length > 0 && (
          <>
            <SelectField
              label={t('copyPlanFromLabel')}
              value={choice}
              options={optionsOf(sources)}
              onValue={(value) => {
                setChoice(value);
                setConfirming(false);
              }}
            />
            {confirming ? (
              <div class="notice">
                <p id="tandem-reuse-replaces">{t('copyPlanReplaces')}</p>
                <div class="row">
                  <Button kind="primary" describedBy="tandem-reuse-replaces" onPress={() => copy(true)}>
                    {t('copyPlanReplace')}
                  </Button>
                  <Button onPress={() => setConfirming(false)}>{t('copyPlanCancel')}</Button>
                </div>
              </div>
            ) : (
              <Button kind="primary" onPress={() => copy(false)}>
                {t('copyPlanCopy')}
              </Button>
            )}
          </>
        )}
        {mode === 'save' && (
          <div class="row">
            <TextField label={t('templateNameLabel')} value={name} maxLength={120} onValue={setName} />
            <Button kind="primary" disabled={!name.trim()} onPress={() => void save()}>
              {t('templateSave')}
            </Button>
          </div>
        )}
      </div>
      <p aria-live="polite" class="reuse-status">
        {message}
      </p>
    </div>
  );
}

/** One select option per lesson ("Lab Report — Station teaching · Marcus Lee"), then per template. */
function optionsOf(sources: CopySources): { value: string; label: string }[] {
  return [
    ...sources.lessons.map((lesson) => ({ value: lesson.planId, label: lessonLabel(lesson) })),
    ...sources.templates.map((template) => ({ value: template.id, label: t('copyPlanTemplateOption', template.name) })),
  ];
}

function lessonLabel(lesson: CopySources['lessons'][number]): string {
  const parts = [lesson.model ? t(vocabKey('model', lesson.model)) : t('badgeNoModel'), ...lesson.adults];
  return `${lesson.title || t('lessonUntitled')} — ${parts.join(' · ')}`;
}

function findSource(sources: CopySources, value: string): { label: string; content: CopyableContent } | null {
  const lesson = sources.lessons.find((candidate) => candidate.planId === value);
  if (lesson) return { label: lesson.title || t('lessonUntitled'), content: lesson.content };
  const template = sources.templates.find((candidate) => candidate.id === value);
  return template ? { label: template.name, content: template.content } : null;
}
