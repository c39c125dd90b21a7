import type { Ref } from 'preact';
import { useRef } from 'preact/hooks';
import { t } from '../../utils/i18n';
import type { QuickModels } from '../../utils/lesson-plan/quick-models';
import type { SessionActions, SessionState } from '../../utils/lesson-plan/session';
import { vocabKey } from '../../utils/vocabulary';
import { Button } from '../ui/fields';
import { CompactPlan } from './CompactPlan';
import { SaveStatus } from './SaveStatus';

/** What the page told us about the lesson; `missing` names what could not be read (already translated). */
export interface LessonView {
  title: string | null;
  courseName: string | null;
  missing: string[];
}

/** Where the full plan is while it is open: its code still loading, shown, or not loadable. */
export type FullPlanState = 'loading' | 'shown' | 'failed';

export const FULL_PLAN_ID = 'tandem-plan-body';

/**
 * The co-teaching panel on a Classroom lesson (issue 14): the header, what the panel has to say (what could
 * not be read, an update, another tab's edit, a shared plan), then either the compact plan or the full one.
 * The full plan is not rendered here: its code is a chunk of its own, loaded when it is opened, which renders
 * into the element `fullPlanHost` gives it (entrypoints/classroom.content/lesson-plan.chunk.tsx).
 */
export function PlanPanel(props: {
  lesson: LessonView;
  state: SessionState;
  actions: SessionActions;
  /** Whether the full plan is open: the teacher's last choice, remembered by the caller. */
  open: boolean;
  onOpenChange: (open: boolean) => void;
  models: QuickModels;
  fullPlan: FullPlanState;
  /** The element the full plan is rendered into (by its own chunk); this tree leaves its children alone. */
  fullPlanHost: Ref<HTMLDivElement>;
}) {
  const { lesson, state, actions, open } = props;
  const invalidated = state.load === 'invalidated' || state.save === 'invalidated';
  const section = useRef<HTMLElement>(null);
  // "Add someone new" opens the full plan and goes with the compact plan: focus stays on the header's toggle
  // (where opening from the header leaves it) rather than falling to the page.
  const openFromCompact = () => {
    props.onOpenChange(true);
    section.current?.querySelector<HTMLElement>(`[aria-controls="${FULL_PLAN_ID}"]`)?.focus();
  };

  return (
    <section ref={section} class={`panel${open ? '' : ' compact'}`} aria-label={t('panelName')}>
      <header class="panel-header">
        <h2 class="panel-title">{t('panelName')}</h2>
        {!open && state.load === 'ready' && (
          <span class="compact-status">{t('compactStatus', t(vocabKey('status', state.content.status)))}</span>
        )}
        {!invalidated && <SaveStatus state={state} onRetry={() => void actions.flush()} />}
        <Button onPress={() => props.onOpenChange(!open)} expanded={open} controls={FULL_PLAN_ID}>
          {t(open ? 'closeFullPlan' : 'openFullPlan')}
        </Button>
      </header>
      <p class="lesson-line">
        <span class="lesson-title">{lesson.title ?? t('lessonUntitled')}</span>
        {lesson.courseName && <span class="course-name"> · {lesson.courseName}</span>}
      </p>
      {lesson.missing.length > 0 && (
        <p class="notice" role="note">
          {t('couldNotRead', lesson.missing.join(', '))}
        </p>
      )}
      {invalidated && (
        <p class="notice warning" role="alert">
          {t('extensionUpdated')}
        </p>
      )}
      {state.elsewhere && (
        <p class="notice" role="note">
          {t(state.elsewhere === 'theirs-shown' ? 'changedElsewhereShown' : 'changedElsewhereKept')}
        </p>
      )}
      {state.load === 'error' && (
        <p class="notice warning" role="alert">
          {t('loadFailed')}
        </p>
      )}
      {state.sharedBy && <SharedLine name={state.sharedBy.name} onMakeOwn={actions.makeOwnCopy} />}
      {!open && state.load === 'ready' && (
        <CompactPlan state={state} actions={actions} models={props.models} onOpenFull={openFromCompact} />
      )}
      {open && props.fullPlan === 'loading' && <p class="empty">{t('fullPlanLoading')}</p>}
      {open && props.fullPlan === 'failed' && (
        <p class="notice warning" role="alert">
          {t('fullPlanFailed')}
        </p>
      )}
      {/* Always in the tree, so the full plan's own renderer keeps its element; empty until first opened. */}
      <div id={FULL_PLAN_ID} ref={props.fullPlanHost} hidden={!open || props.fullPlan !== 'shown'} />
    </section>
  );
}

/** "Shared by Ms. Diaz — read only", and the way out: the teacher's own copy, editable from then on. */
function SharedLine(props: { name: string; onMakeOwn: () => Promise<boolean> }) {
  return (
    <div class="notice shared-line" role="note">
      <p>{t('sharedReadOnly', props.name)}</p>
      <Button onPress={() => void props.onMakeOwn()}>{t('sharedMakeOwnCopy')}</Button>
    </div>
  );
}
