import { useRef, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { QUICK_MODEL_COUNT, type QuickModels } from '../../utils/lesson-plan/quick-models';
import type { SessionActions, SessionState } from '../../utils/lesson-plan/session';
import type { ModelId, RoleId } from '../../utils/schema/vocabulary';
import { MODEL_IDS, vocabKey } from '../../utils/vocabulary';
import { RadioGroup, SelectField } from '../ui/fields';
import { trusted } from '../ui/trusted';
import { AddAdultMenu } from './AddAdultMenu';
import { nameOf } from './leaders';
import { applyModel } from './model-defaults';
import { roleOptions } from './vocabulary-options';

/** The plan schema's limit (utils/schema/plan.ts), as in the full plan's SupportsEditor. */
const MAX_SUPPORTS = 20;
/**
 * Adults shown in the compact plan; the rest are counted on a button to the full plan. A lesson may have 20
 * (the schema's limit), which at one per line would push the lesson off the first screen (854 px measured).
 */
export const COMPACT_ADULTS = 3;

/**
 * The plan at a glance, and what is tagged most, without the full editor (issue 14): the model (the class's
 * most used one click away, the others behind "More models"), each supporting adult with their role, and adding
 * a known adult in a role (the status is in the panel's header). About 200 px tall, so the lesson itself starts within the first
 * screen. Everything else is in the full plan (components/lesson-plan/PlanEditor.tsx), loaded on demand.
 */
export function CompactPlan(props: {
  state: SessionState;
  actions: SessionActions;
  models: QuickModels;
  onOpenFull: () => void;
}) {
  const { content, people } = props.state;
  const { update } = props.actions;
  const [moreShown, setMoreShown] = useState(false);
  // Whether the models are being used from the keyboard (the last input in their row was a key, not the pointer).
  const keyboard = useRef(false);
  // All of them in one order that choosing does not change (the class's most used, then the vocabulary's): the chosen
  // model joining the quick ones would otherwise move under a keyboard user walking through them with the arrows.
  const shownModels = moreShown
    ? [...props.models.quick.slice(0, QUICK_MODEL_COUNT), ...MODEL_IDS].filter(
        (model, index, all) => all.indexOf(model) === index,
      )
    : props.models.quick;
  const available = people.filter((person) => !content.supports.some((support) => support.personId === person.id));
  const setRole = (personId: string, role: RoleId) =>
    update({
      supports: content.supports.map((support) => (support.personId === personId ? { ...support, role } : support)),
    });
  const add = (personId: string, role: RoleId) => {
    if (content.supports.length < MAX_SUPPORTS) update({ supports: [...content.supports, { personId, role }] });
  };

  return (
    // Someone else's plan (a partner file) is read only here too.
    <fieldset class="compact-plan" disabled={props.state.sharedBy !== null}>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: the handlers only note how the models are used (keys or pointer) and when focus leaves them; the controls are the radios and the button inside. */}
      <div
        class="compact-row"
        onKeyDown={() => {
          keyboard.current = true;
        }}
        onPointerDown={() => {
          keyboard.current = false;
        }}
        onFocusOut={(event) => {
          const next = event.relatedTarget as Node | null;
          if (keyboard.current && !(next && event.currentTarget.contains(next))) setMoreShown(false);
        }}
      >
        <RadioGroup
          class="inline compact-models"
          label={t('modelGroupLabel')}
          value={content.model}
          options={shownModels.map((id) => ({ value: id, label: t(vocabKey('model', id)) }))}
          onValue={(model) => {
            update(applyModel(content, model as ModelId));
            // The chosen model joins the quick ones; the rest fold away again, so the panel stays compact. From the
            // keyboard only once focus moves on: an arrow key chooses the next model, and folding then would take
            // the rest away from under someone walking through them (a click folds at once: folding on focus out
            // would move the control under the pointer between press and release).
            if (!keyboard.current) setMoreShown(false);
          }}
        />
        {props.models.more.length > 0 && (
          <button
            type="button"
            class="button quiet small"
            aria-expanded={moreShown}
            onClick={trusted(() => setMoreShown(!moreShown))}
          >
            {t(moreShown ? 'compactFewerModels' : 'compactMoreModels')}
          </button>
        )}
      </div>
      <fieldset class="compact-row compact-adults">
        <legend class="compact-label">{t('supportsTitle')}</legend>
        {content.supports.length === 0 && <span class="empty">{t('compactNoAdults')}</span>}
        {content.supports.slice(0, COMPACT_ADULTS).map((support) => {
          const name = nameOf(people, support.personId);
          return (
            <span key={support.personId} class="compact-adult">
              <span class="person-name">{name}</span>
              <SelectField
                label={t('roleFor', name)}
                hideLabel
                value={support.role}
                options={roleOptions()}
                onValue={(role) => setRole(support.personId, role as RoleId)}
              />
            </span>
          );
        })}
        {content.supports.length > COMPACT_ADULTS && (
          <button type="button" class="button quiet small" onClick={trusted(props.onOpenFull)}>
            {t('compactMoreAdults', String(content.supports.length - COMPACT_ADULTS))}
          </button>
        )}
        {content.supports.length < MAX_SUPPORTS && (
          <AddAdultMenu people={available} onAdd={add} onAddNew={props.onOpenFull} />
        )}
      </fieldset>
    </fieldset>
  );
}
