import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import type { Person } from '../../utils/schema/person';
import type { Phase, Support } from '../../utils/schema/plan';
import type { ModelId, PhaseId, RoleId } from '../../utils/schema/vocabulary';
import { Button, SelectField } from '../ui/fields';
import { nameOf } from './leaders';
import { RemovalUndo, useRemovalUndo } from './RemovalUndo';
import { modelOptions, phaseIds, phaseLabel, roleOptions } from './vocabulary-options';

/** Optional phases for lessons that combine models: each phase has its own model and roles. */
export function PhasesEditor(props: {
  phases: Phase[];
  people: Person[];
  supports: Support[];
  onPhases: (phases: Phase[]) => void;
}) {
  const { phases } = props;
  const missing = phaseIds.filter((id) => !phases.some((phase) => phase.phase === id));
  const [picked, setPicked] = useState<string>('');
  // One of each phase at most (the plan's schema), so the phase is its identity and the list's limit.
  const undo = useRemovalUndo(phases, props.onPhases, { max: phaseIds.length, keyOf: (phase) => phase.phase });
  const pickedPhase = (missing as readonly string[]).includes(picked) ? picked : (missing[0] ?? '');
  const change = (id: PhaseId, patch: Partial<Phase>) =>
    props.onPhases(phases.map((phase) => (phase.phase === id ? { ...phase, ...patch } : phase)));
  const roleIn = (phase: Phase, personId: string) =>
    phase.supports.find((support) => support.personId === personId)?.role ?? '';
  const setRole = (phase: Phase, personId: string, role: string) => {
    const others = phase.supports.filter((support) => support.personId !== personId);
    change(phase.phase, { supports: role ? [...others, { personId, role: role as RoleId }] : others });
  };
  const add = () => {
    if (!pickedPhase) return;
    const next = [...phases, { phase: pickedPhase as PhaseId, model: null, supports: [] }];
    next.sort((a, b) => phaseIds.indexOf(a.phase) - phaseIds.indexOf(b.phase));
    props.onPhases(next);
  };

  return (
    <div class="phases">
      {phases.length === 0 && <p class="empty">{t('phasesEmpty')}</p>}
      {phases.map((phase, index) => {
        const label = phaseLabel(phase.phase);
        return (
          <fieldset key={phase.phase} class="phase" data-undo-row>
            <legend>{label}</legend>
            <SelectField
              label={t('phaseModel', label)}
              value={phase.model ?? ''}
              options={[{ value: '', label: t('phaseModelSame') }, ...modelOptions()]}
              onValue={(model) => change(phase.phase, { model: model ? (model as ModelId) : null })}
            />
            {props.supports.map((support) => {
              const name = nameOf(props.people, support.personId);
              return (
                <SelectField
                  key={support.personId}
                  label={t('roleForIn', [name, label])}
                  value={roleIn(phase, support.personId)}
                  options={[{ value: '', label: t('phaseRoleSame') }, ...roleOptions()]}
                  onValue={(role) => setRole(phase, support.personId, role)}
                />
              );
            })}
            <Button label={t('removePhase', label)} onPress={() => undo.remove(index, t('removedPhase', label))}>
              {t('remove')}
            </Button>
          </fieldset>
        );
      })}
      <RemovalUndo state={undo} />
      {missing.length > 0 && (
        <div class="inline-form">
          <SelectField
            label={t('phasePick')}
            value={pickedPhase}
            options={missing.map((id) => ({ value: id, label: phaseLabel(id) }))}
            onValue={setPicked}
          />
          <Button onPress={add}>{t('addPhase')}</Button>
        </div>
      )}
    </div>
  );
}
