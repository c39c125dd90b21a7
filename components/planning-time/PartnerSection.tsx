import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import type { PlanningActions } from '../../utils/planning-time/session/create-session';
import type { PlanningState } from '../../utils/planning-time/session/state';
import { EMAIL_PATTERN } from '../../utils/schema/email';
import type { PersonKind } from '../../utils/schema/vocabulary';
import { kindOptions } from '../lesson-plan/vocabulary-options';
import { Button, SelectField, TextField } from '../ui/fields';
import { FreePeriodsEditor } from './FreePeriodsEditor';

/** Who to plan with, picked from People (with a way to add someone when there is nobody yet). */
export function PartnerPicker(props: { state: PlanningState; actions: PlanningActions }) {
  const { state, actions } = props;
  const people = state.data?.people ?? [];
  if (people.length === 0) {
    return (
      <div class="partner">
        <p class="empty">{t('planningNoPeople')}</p>
        <AddPartner actions={actions} />
      </div>
    );
  }
  return (
    <SelectField
      label={t('planningPartner')}
      value={state.partnerId ?? ''}
      options={people.map((person) => ({ value: person.id, label: person.name }))}
      onValue={actions.setPartner}
    />
  );
}

/** The partner's e-mail (for the invitation) and weekly free periods, and adding another partner. */
export function PartnerDetails(props: { state: PlanningState; actions: PlanningActions }) {
  const { state, actions } = props;
  const people = state.data?.people ?? [];
  const partner = people.find((person) => person.id === state.partnerId);
  return (
    <div class="partner-details">
      {partner && (
        <>
          <EmailField
            key={partner.id}
            name={partner.name}
            email={partner.email ?? ''}
            onEmail={(email) => void actions.updatePartner({ email })}
          />
          <FreePeriodsEditor
            name={partner.name}
            periods={partner.freePeriods ?? []}
            onPeriods={(freePeriods) => void actions.updatePartner({ freePeriods })}
          />
        </>
      )}
      {people.length > 0 && <AddPartner actions={actions} />}
    </div>
  );
}

/** Saved when the teacher leaves the field (not per keystroke), and only when it is an address. */
function EmailField(props: { name: string; email: string; onEmail: (email: string) => void }) {
  const [draft, setDraft] = useState(props.email);
  const [checked, setChecked] = useState(true);
  const valid = (value: string) => value === '' || EMAIL_PATTERN.test(value);
  return (
    <TextField
      label={t('planningPartnerEmail', props.name)}
      hint={checked ? t('planningPartnerEmailHint') : t('planningEmailInvalid')}
      value={draft}
      maxLength={200}
      onValue={(value) => {
        setDraft(value);
        if (!checked && valid(value.trim())) setChecked(true);
      }}
      onCommit={(value) => {
        const email = value.trim();
        setChecked(valid(email));
        if (valid(email) && email !== props.email) props.onEmail(email);
      }}
    />
  );
}

function AddPartner(props: { actions: PlanningActions }) {
  const [name, setName] = useState('');
  const [kind, setKind] = useState<PersonKind>('paraprofessional');
  const add = async () => {
    if (name.trim() && (await props.actions.addPartner({ name: name.trim(), kind }))) setName('');
  };
  return (
    <div class="inline-form add-partner">
      <TextField label={t('planningNewPartner')} value={name} onValue={setName} maxLength={120} />
      <SelectField
        label={t('newPersonKind')}
        value={kind}
        options={kindOptions()}
        onValue={(value) => setKind(value as PersonKind)}
      />
      <Button kind="primary" disabled={!name.trim()} onPress={() => void add()}>
        {t('planningAddPartner')}
      </Button>
    </div>
  );
}
