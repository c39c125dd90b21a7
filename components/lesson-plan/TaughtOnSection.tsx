import { useRef, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import type { ClassMeetingsState } from '../../utils/lesson-plan/class-meetings-state';
import { nextTaughtOnDay, suggestTaughtOn } from '../../utils/lesson-plan/taught-on';
import { formatDay, formatTimeRange } from '../../utils/planning-time/format';
import type { ClassMeeting } from '../../utils/schema/class-meetings';
import { ClassMeetingsEditor } from '../options/ClassMeetingsEditor';
import { weekdayName } from '../planning-time/weekday-options';
import { Button, DateField, useFieldId } from '../ui/fields';
import { RemovalUndo, useRemovalUndo } from './RemovalUndo';

// "When it is taught" in the lesson panel (issue 13 item 1): the days the lesson is taught (plans' taughtOn,
// saved field by field like the rest of the plan), a suggested day from the class's meetings that the teacher
// accepts with one click (never stored unless accepted), the class's meetings entered right here the first
// time they are needed, and "Cards for this day".

/** The plan schema's limit (utils/schema/plan.ts MAX_TAUGHT_ON). */
const MAX_DAYS = 10;

/** What the section needs besides the plan: the lesson's due date, today, the class's week, and the actions. */
export interface TaughtOnContext {
  dueDate?: string;
  /** YYYY-MM-DD, local. */
  today: string;
  /** The class's name as the page shows it ('' when it could not be read). */
  courseName: string;
  meetings: ClassMeetingsState;
  saveMeetings: (meetings: ClassMeeting[]) => Promise<boolean>;
  /** Opens the card page of the lesson's adults on `date`; false when it could not. */
  openCards: (date: string) => Promise<boolean>;
}

export function TaughtOnSection(props: {
  taughtOn: readonly string[];
  hasSupports: boolean;
  onTaughtOn: (days: string[]) => void;
  context: TaughtOnContext;
}) {
  const { taughtOn, context } = props;
  const meetings = context.meetings.record?.meetings ?? [];
  const courseName = context.courseName || context.meetings.record?.courseName || t('linkUntitledClass');
  const [openFailed, setOpenFailed] = useState(false);
  const reasonId = useFieldId('tandem-cards');
  // Days have no identity of their own (one may repeat): a removed day comes back at its place, if there is room.
  const undo = useRemovalUndo(taughtOn, props.onTaughtOn, { max: MAX_DAYS });

  const suggestion = taughtOn.length === 0 ? suggestTaughtOn(meetings, context.dueDate, context.today) : null;
  const setDay = (index: number, day: string) => props.onTaughtOn(taughtOn.map((d, i) => (i === index ? day : d)));
  // The earliest day: the card page shows that day's cards (the lesson's other days are on the cards too).
  const firstDay = [...taughtOn].sort()[0];
  const cardsReason = !firstDay ? t('taughtOnCardsNeedDay') : !props.hasSupports ? t('taughtOnCardsNeedAdult') : null;

  return (
    <div class="taught-on">
      {suggestion && (
        <p class="suggestion">
          <span>{t('taughtOnSuggested', formatDay(suggestion))} </span>
          <Button
            kind="primary"
            label={t('taughtOnAccept', formatDay(suggestion))}
            onPress={() => props.onTaughtOn([suggestion])}
          >
            {t('taughtOnAcceptShort')}
          </Button>
        </p>
      )}
      {taughtOn.length === 0 && !suggestion && <p class="empty">{t('taughtOnNone')}</p>}
      {taughtOn.length > 0 && (
        <ol class="rows" aria-label={t('taughtOnListName')}>
          {taughtOn.map((day, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: days have no identity of their own (one may repeat)
            <li key={index} class="row" data-undo-row>
              <DateField
                class="field-date"
                label={t('taughtOnDay', String(index + 1))}
                value={day}
                onValue={(value) => setDay(index, value)}
              />
              <Button label={t('taughtOnRemove', formatDay(day))} onPress={() => undo.remove(index, formatDay(day))}>
                {t('remove')}
              </Button>
            </li>
          ))}
        </ol>
      )}
      <RemovalUndo state={undo} />
      {taughtOn.length < MAX_DAYS && (
        <Button
          onPress={() => {
            undo.clear();
            props.onTaughtOn([...taughtOn, nextTaughtOnDay(meetings, taughtOn, context.today)]);
          }}
        >
          {t(taughtOn.length === 0 ? 'taughtOnAddFirst' : 'taughtOnAdd')}
        </Button>
      )}
      <ClassWeek courseName={courseName} state={context.meetings} onSave={context.saveMeetings} />
      <div class="cards-for-day">
        <Button
          disabled={cardsReason !== null}
          describedBy={cardsReason ? reasonId : undefined}
          onPress={() => {
            if (!firstDay) return;
            setOpenFailed(false);
            void context.openCards(firstDay).then((opened) => setOpenFailed(!opened));
          }}
        >
          {t('taughtOnCards')}
        </Button>
        {cardsReason && (
          <span class="hint" id={reasonId}>
            {cardsReason}
          </span>
        )}
        {openFailed && (
          <p class="notice warning" role="alert">
            {t('taughtOnCardsFailed')}
          </p>
        )}
      </div>
    </div>
  );
}

/** The class's week in one line, or the question and the rows to answer it the first time it is needed. */
function ClassWeek(props: {
  courseName: string;
  state: ClassMeetingsState;
  onSave: (meetings: ClassMeeting[]) => Promise<boolean>;
}) {
  const meetings = props.state.record?.meetings ?? [];
  const [editing, setEditing] = useState(false);
  const editorId = useFieldId('tandem-week');
  const toggle = useRef<HTMLDivElement>(null);
  if (props.state.load !== 'ready') return null;
  const save = async (next: ClassMeeting[]) => {
    const saved = await props.onSave(next);
    if (saved && next.length > 0) {
      setEditing(false);
      // The editor (and its Save button, which had focus) is gone: back to the button that opened it.
      requestAnimationFrame(() => toggle.current?.querySelector('button')?.focus());
    }
    return saved;
  };
  return (
    <div class="class-week">
      {meetings.length === 0 ? (
        <p class="hint">{t('taughtOnAskMeetings', props.courseName)}</p>
      ) : (
        <p class="hint">{t('taughtOnMeets', [props.courseName, meetings.map(shortMeeting).join('; ')])}</p>
      )}
      <div ref={toggle}>
        <Button expanded={editing} controls={editing ? editorId : undefined} onPress={() => setEditing(!editing)}>
          {t(meetings.length === 0 ? 'taughtOnEnterMeetings' : 'taughtOnChangeMeetings')}
        </Button>
      </div>
      {editing && (
        <div id={editorId}>
          <ClassMeetingsEditor courseName={props.courseName} meetings={meetings} onSave={save} startWithRow />
        </div>
      )}
    </div>
  );
}

function shortMeeting(meeting: ClassMeeting): string {
  const when = `${weekdayName(meeting.weekday, 'short')} ${formatTimeRange(meeting.start, meeting.end)}`;
  return meeting.room ? `${when} (${meeting.room})` : when;
}
