import { t } from '../../utils/i18n';
import type { SessionActions, SessionState } from '../../utils/lesson-plan/session';
import type { Person } from '../../utils/schema/person';
import type { PlanContent } from '../../utils/schema/plan';
import { Section, SelectField, TextField } from '../ui/fields';
import { CopyPlanControl, type ReuseActions } from './CopyPlanControl';
import { CoverageMark } from './CoverageMark';
import { LessonNotes, type LessonNotesState } from './LessonNotes';
import { leaderOptions } from './leaders';
import { MaterialsEditor } from './MaterialsEditor';
import { ModelPicker } from './ModelPicker';
import { applyModel } from './model-defaults';
import { ParallelEditor } from './ParallelEditor';
import { PhasesEditor } from './PhasesEditor';
import { StationsEditor } from './StationsEditor';
import { StatusReflection } from './StatusReflection';
import { SupportsEditor } from './SupportsEditor';
import { type TaughtOnContext, TaughtOnSection } from './TaughtOnSection';

/**
 * The plan's full editor comes in this many parts, top to bottom. A caller that must not block the page for
 * long (the content script on a slow machine) can render them a few at a time, in separate tasks (`bodyParts`).
 */
export const PLAN_BODY_PARTS = 3;

export interface PlanEditorProps {
  state: SessionState;
  actions: SessionActions;
  /** How many of the editor's PLAN_BODY_PARTS to render (all when not given); the rest follow in later renders. */
  bodyParts?: number;
  /** The lesson's notes (written from the popup); the section is left out when not given. */
  notes?: { state: LessonNotesState; people: readonly Person[]; onRetry: () => void };
  /** "When it is taught" (issue 13): the lesson's due date, the class's meetings; left out when not given. */
  taughtOn?: TaughtOnContext;
  /** "Copy plan from…" and "Save as template" (issue 14); left out when not given, and for a shared plan. */
  reuse?: ReuseActions;
}

/**
 * The full plan under the panel's header, opened with "Open full plan" (issue 14). On Classroom it is its
 * own chunk (entrypoints/classroom.content/plan-editor.chunk.tsx), compiled only once a teacher opens it.
 */
export function PlanEditor(props: PlanEditorProps) {
  const { state, actions } = props;
  return (
    <>
      {/* After an update the form stays visible (an unsaved last edit can still be copied) but cannot save. */}
      {/* Not built before the plan is there: hidden meanwhile, and built twice (empty, then loaded) otherwise. */}
      <div hidden={state.load !== 'ready'}>
        {state.load === 'ready' && props.reuse && !state.sharedBy && (
          <CopyPlanControl content={state.content} onCopy={actions.update} reuse={props.reuse} />
        )}
        {state.load === 'ready' && (
          // Someone else's plan (a partner file) is read only: every control of the editor is disabled at once.
          <fieldset class="plan-body" disabled={state.sharedBy !== null}>
            <PlanBody
              state={state}
              actions={actions}
              parts={props.bodyParts ?? PLAN_BODY_PARTS}
              taughtOn={props.taughtOn}
            />
          </fieldset>
        )}
      </div>
      {/* Apart from the plan, so notes that fail to load never hide the plan, nor a plan that fails the notes. */}
      {props.notes && (
        <LessonNotes
          state={props.notes.state}
          people={[...state.people, ...props.notes.people]}
          onRetry={props.notes.onRetry}
        />
      )}
    </>
  );
}

function PlanBody(props: {
  state: SessionState;
  actions: SessionActions;
  parts: number;
  taughtOn: TaughtOnContext | undefined;
}) {
  const { content, people } = props.state;
  const update = (patch: Partial<PlanContent>) => props.actions.update(patch);
  // Part 1: the model and who supports (what a teacher looks for first); part 2: the model's own editor and
  // the phases; part 3: the rest.
  return (
    <>
      {props.parts >= 1 && <PlanBodyTop content={content} people={people} actions={props.actions} update={update} />}
      {props.parts >= 2 && <PlanBodyMiddle content={content} people={people} update={update} />}
      {props.parts >= 3 && <PlanBodyRest content={content} people={people} update={update} taughtOn={props.taughtOn} />}
    </>
  );
}

interface PartProps {
  content: PlanContent;
  people: Person[];
  update: (patch: Partial<PlanContent>) => void;
}

function PlanBodyTop(props: PartProps & { actions: SessionActions }) {
  const { content, people, update } = props;
  return (
    <>
      <ModelPicker value={content.model} onValue={(model) => update(applyModel(content, model))} />
      <Section title={t('supportsTitle')}>
        <SupportsEditor
          supports={content.supports}
          people={people}
          onSupports={(supports) => update({ supports })}
          onAddPerson={props.actions.addPerson}
        />
      </Section>
    </>
  );
}

function PlanBodyMiddle(props: PartProps) {
  const { content, people, update } = props;
  return (
    <>
      {content.model === 'stations' && (
        <Section title={t('stationsTitle')}>
          <StationsEditor
            stations={content.stations}
            groups={content.groups}
            people={people}
            supports={content.supports}
            onStations={(stations) => update({ stations })}
            onGroups={(groups) => update({ groups })}
          />
        </Section>
      )}
      {content.model === 'parallel' && (
        <Section title={t('parallelTitle')}>
          <ParallelEditor
            groups={content.parallelGroups}
            people={people}
            supports={content.supports}
            onGroups={(parallelGroups) => update({ parallelGroups })}
          />
        </Section>
      )}
      <Section title={t('phasesTitle')}>
        <PhasesEditor
          phases={content.phases}
          people={people}
          supports={content.supports}
          onPhases={(phases) => update({ phases })}
        />
      </Section>
    </>
  );
}

function PlanBodyRest(props: PartProps & { taughtOn: TaughtOnContext | undefined }) {
  const { content, people, update } = props;
  const collectors = leaderOptions(people, content.supports, { none: true });
  return (
    <>
      {props.taughtOn && (
        <Section title={t('taughtOnTitle')}>
          <TaughtOnSection
            taughtOn={content.taughtOn}
            hasSupports={content.supports.length > 0}
            onTaughtOn={(taughtOn) => update({ taughtOn })}
            context={props.taughtOn}
          />
        </Section>
      )}
      <Section title={t('focusTitle')}>
        <TextField multiline label={t('goalLabel')} value={content.goal} onValue={(goal) => update({ goal })} />
        <TextField
          label={t('targetsLabel')}
          hint={t('targetsHint')}
          value={content.targetStudents}
          onValue={(targetStudents) => update({ targetStudents })}
        />
      </Section>
      <Section title={t('materialsTitle')}>
        <MaterialsEditor
          materials={content.materials}
          people={people}
          supports={content.supports}
          onMaterials={(materials) => update({ materials })}
        />
      </Section>
      <Section title={t('checkTitle')}>
        <TextField
          multiline
          label={t('checkHowLabel')}
          value={content.checkHow}
          onValue={(checkHow) => update({ checkHow })}
        />
        <SelectField
          label={t('checkCollectorLabel')}
          value={content.checkCollector ?? ''}
          options={collectors}
          onValue={(collector) => update({ checkCollector: collector || null })}
        />
      </Section>
      <Section title={t('behaviourTitle')}>
        <TextField
          multiline
          label={t('behaviourLabel')}
          value={content.behaviourSupport}
          onValue={(behaviourSupport) => update({ behaviourSupport })}
        />
      </Section>
      <Section title={t('statusTitle')}>
        <StatusReflection content={content} onChange={update} />
        <CoverageMark
          supports={content.supports}
          people={people}
          coverage={content.coverage ?? []}
          onCoverage={(coverage) => update({ coverage })}
        />
      </Section>
    </>
  );
}
