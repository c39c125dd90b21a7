import { t } from '../../utils/i18n';
import type { PlanningActions } from '../../utils/planning-time/session/create-session';
import type { PlanningState } from '../../utils/planning-time/session/state';
import { BLOCK_LENGTHS, REPEATS } from '../../utils/schema/calendar-values';
import { Button, RadioGroup, Section, TextField } from '../ui/fields';
import { AgendaView } from './AgendaView';
import { LostTime, type Tally } from './LostTime';
import { PartnerDetails, PartnerPicker } from './PartnerSection';
import { SchoolDayEditor } from './SchoolDayEditor';
import { type SlotHighlight, SlotList } from './SlotList';

export const PANEL_BODY_ID = 'tandem-planning-body';

/**
 * The Calendar planning panel: a function of {state, actions}. Finds time both adults are free in the
 * visible days and blocks it in Calendar with an agenda; shows planning time planned and lost.
 */
export function PlanningPanel(props: {
  state: PlanningState;
  actions: PlanningActions;
  tally: Tally | null;
  onClose: () => void;
  /** The offered time highlighted in the list and on Calendar's grid. */
  highlight?: SlotHighlight;
}) {
  const { state, actions } = props;
  return (
    <section
      class="panel planning"
      aria-label={t('planningPanelName')}
      id={PANEL_BODY_ID}
      onKeyDown={(event) => {
        if (event.key === 'Escape') props.onClose();
      }}
    >
      <header class="panel-header">
        <h2 class="panel-title" tabIndex={-1} data-focus-target>
          {t('planningPanelName')}
        </h2>
        <Button label={t('planningClose')} onPress={props.onClose}>
          <span aria-hidden="true">✕</span>
        </Button>
      </header>
      {state.load === 'invalidated' && (
        <p class="notice warning" role="alert">
          {t('extensionUpdated')}
        </p>
      )}
      {state.load === 'error' && (
        <p class="notice warning" role="alert">
          {t('calendarLoadFailed')}
        </p>
      )}
      {state.load === 'loading' && <p class="empty">{t('planningLoading')}</p>}
      {state.problem && (
        <div class="notice warning" role="alert">
          <p>{state.problem}</p>
          <Button onPress={actions.dismissProblem}>{t('planningDismiss')}</Button>
        </div>
      )}
      {state.load === 'ready' && state.data && <Body {...props} />}
    </section>
  );
}

function Body(props: {
  state: PlanningState;
  actions: PlanningActions;
  tally: Tally | null;
  highlight?: SlotHighlight | undefined;
}) {
  const { state, actions } = props;
  const data = state.data;
  if (!data) return null;
  if (state.shownAgenda) return <AgendaView shown={state.shownAgenda} onClose={actions.closeAgenda} />;
  const readable = state.page?.reading.ok === true;
  return (
    <>
      <LostTime
        notices={state.lostNotices}
        tally={props.tally}
        onBlock={(slot) => actions.block(slot, 'once')}
        isReady={actions.agendaReady}
      />
      <PartnerPicker state={state} actions={actions} />
      <RadioGroup
        class="inline"
        label={t('planningLength')}
        value={String(state.minutes)}
        options={BLOCK_LENGTHS.map((minutes) => ({
          value: String(minutes),
          label: t('planningMinutes', String(minutes)),
        }))}
        onValue={(value) => actions.setMinutes(Number(value))}
      />
      <RadioGroup
        class="inline"
        label={t('planningRepeat')}
        value={state.repeat}
        options={REPEATS.map((repeat) => ({ value: repeat, label: t(`repeat_${repeat}`) }))}
        onValue={(value) => actions.setRepeat(value as PlanningState['repeat'])}
      />
      {state.page === null ? (
        <p class="empty">{t('planningReading')}</p>
      ) : !readable ? (
        <p class="notice warning" role="status">
          {t('planningGridUnreadable')}
        </p>
      ) : state.page.kind === 'month' ? (
        <p class="empty">{t('planningMonthView')}</p>
      ) : (
        <SlotList state={state} actions={actions} highlight={props.highlight} />
      )}
      {data.people.length > 0 && (
        <Section title={t('planningPartnerSection')}>
          <PartnerDetails state={state} actions={actions} />
        </Section>
      )}
      <Section title={t('planningYouSection')}>
        <TextField
          label={t('planningYourName')}
          hint={t('planningYourNameHint')}
          value={data.settings.myName}
          maxLength={80}
          onValue={(name) => void actions.setMyName(name)}
        />
        <SchoolDayEditor
          value={data.settings.schoolDay}
          setBySchool={data.school.schoolDay !== undefined}
          onValue={(schoolDay) => void actions.setSchoolDay(schoolDay)}
        />
      </Section>
    </>
  );
}
