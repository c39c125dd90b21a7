import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { formatTimeRange, fromTimeInput, toTimeInput } from '../../utils/planning-time/format';
import type { ClassMeeting } from '../../utils/schema/class-meetings';
import { weekdayName, weekdayOptions } from '../planning-time/weekday-options';
import { Button, SelectField, TextField, TimeField } from '../ui/fields';
import { trusted } from '../ui/trusted';

// A class's weekly meetings as rows of day, start, end and room, saved together with one button (a week is one
// value: utils/db/class-meetings.ts). Used on the options page (Classes) and in the lesson panel's "When it is
// taught" the first time a class needs them; props in, a save out, so both places save their own way.

/** The schema's limit (utils/schema/class-meetings.ts MAX_CLASS_MEETINGS). */
const MAX_MEETINGS = 20;

interface Row extends ClassMeeting {
  /** Stable key while rows are added and removed. */
  key: number;
}

let nextKey = 0;
const withKey = (meeting: ClassMeeting): Row => ({ ...meeting, key: ++nextKey });

/** "Tuesday 9:00 – 9:50 AM, Room 204", for Remove's name and the removal notice. */
export function describeMeeting(meeting: ClassMeeting): string {
  const when = `${weekdayName(meeting.weekday)} ${formatTimeRange(meeting.start, meeting.end)}`;
  return meeting.room.trim() ? `${when}, ${meeting.room.trim()}` : when;
}

export function ClassMeetingsEditor(props: {
  /** The class's name, for the list's accessible name. */
  courseName: string;
  meetings: readonly ClassMeeting[];
  /** Resolves true once stored. */
  onSave: (meetings: ClassMeeting[]) => Promise<boolean>;
  /** Start with one row to fill in when the class has none (the lesson panel's first entry). */
  startWithRow?: boolean;
}) {
  const [rows, setRows] = useState<Row[]>(() =>
    props.meetings.length === 0 && props.startWithRow ? [withKey(nextMeeting([]))] : props.meetings.map(withKey),
  );
  const [removed, setRemoved] = useState<{ row: Row; index: number } | null>(null);
  const [status, setStatus] = useState<{ text: string; problem?: boolean }>({ text: '' });
  const [saving, setSaving] = useState(false);
  const undoButton = useRef<HTMLButtonElement>(null);
  /** Rows changed since they were last saved or shown: a week stored meanwhile must not replace them. */
  const [dirty, setDirty] = useState(false);
  // Compared by content: a parent's repaint passes an equal week anew, which must not reset the rows.
  const week = JSON.stringify(props.meetings);
  const shown = useRef(week);
  // The week was saved (here, in a lesson panel, in another tab): show it, unless the teacher is mid-edit.
  useEffect(() => {
    if (week === shown.current) return;
    shown.current = week;
    if (!dirty) setRows(props.meetings.map(withKey));
  }, [week, dirty, props.meetings]);

  // The Remove button that had focus is gone with its row: focus goes to Undo, the way back. In the frame
  // after Button's own fallback (components/ui/fields.tsx keepFocusNear), which would take it to the top.
  useLayoutEffect(() => {
    if (!removed) return;
    const frame = requestAnimationFrame(() => undoButton.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, [removed]);

  const change = (key: number, patch: Partial<ClassMeeting>) => {
    setRows(rows.map((row) => (row.key === key ? { ...row, ...patch } : row)));
    setDirty(true);
    setStatus({ text: '' });
  };
  const remove = (index: number) => {
    const row = rows[index];
    if (!row) return;
    setRows(rows.filter((_, i) => i !== index));
    setDirty(true);
    setRemoved({ row, index });
    setStatus({ text: '' });
  };
  const undo = () => {
    if (!removed) return;
    const next = [...rows];
    next.splice(Math.min(removed.index, next.length), 0, removed.row);
    setRows(next);
    setRemoved(null);
    setStatus({ text: t('meetingsRestored', describeMeeting(removed.row)) });
  };
  const save = async () => {
    const backwards = rows.findIndex((row) => row.end <= row.start);
    if (backwards >= 0) {
      setStatus({ text: t('meetingsBackwards', String(backwards + 1)), problem: true });
      return;
    }
    setSaving(true);
    setRemoved(null);
    setStatus({ text: t('meetingsSaving') });
    const meetings = rows.map(({ key: _key, ...meeting }) => ({ ...meeting, room: meeting.room.trim() }));
    const saved = await props.onSave(meetings);
    setSaving(false);
    if (saved) setDirty(false);
    setStatus(saved ? { text: t('meetingsSaved') } : { text: t('meetingsSaveFailed'), problem: true });
  };

  return (
    <div class="class-meetings">
      {rows.length === 0 ? (
        <p class="empty">{t('meetingsNone')}</p>
      ) : (
        <ol class="rows" aria-label={t('meetingsListName', props.courseName)}>
          {rows.map((row, index) => {
            const n = String(index + 1);
            return (
              <li key={row.key} class="row meeting">
                <SelectField
                  label={t('meetingsDay', n)}
                  value={String(row.weekday)}
                  options={weekdayOptions()}
                  onValue={(value) => change(row.key, { weekday: Number(value) })}
                />
                <TimeField
                  label={t('meetingsStart', n)}
                  value={toTimeInput(row.start)}
                  onValue={(value) => {
                    const start = fromTimeInput(value);
                    if (start !== null) change(row.key, { start });
                  }}
                />
                <TimeField
                  label={t('meetingsEnd', n)}
                  value={toTimeInput(row.end)}
                  onValue={(value) => {
                    const end = fromTimeInput(value);
                    if (end !== null) change(row.key, { end });
                  }}
                />
                <TextField
                  label={t('meetingsRoom', n)}
                  value={row.room}
                  maxLength={60}
                  onValue={(room) => change(row.key, { room })}
                />
                <Button label={t('meetingsRemove', [n, describeMeeting(row)])} onPress={() => remove(index)}>
                  {t('remove')}
                </Button>
              </li>
            );
          })}
        </ol>
      )}
      <div class="actions meetings-actions">
        {rows.length < MAX_MEETINGS && (
          <Button
            onPress={() => {
              setRows([...rows, withKey(nextMeeting(rows))]);
              setDirty(true);
            }}
          >
            {t('meetingsAdd')}
          </Button>
        )}
        <Button kind="primary" disabled={saving} onPress={() => void save()}>
          {t('meetingsSave')}
        </Button>
      </div>
      {/* Polite, not role=status: in the lesson panel the one status is its save state (SaveStatus). */}
      <p class={status.problem ? 'field-error' : 'status-line'} aria-live="polite">
        {removed ? (
          <>
            <span>{t('meetingsRemoved', describeMeeting(removed.row))} </span>
            <button type="button" class="button quiet" ref={undoButton} onClick={trusted(undo)}>
              {t('meetingsUndo')}
            </button>
          </>
        ) : (
          status.text
        )}
      </p>
    </div>
  );
}

/** A new row starts on the school day after the last one, at the same time and in the same room. */
function nextMeeting(rows: readonly ClassMeeting[]): ClassMeeting {
  const last = rows.at(-1);
  if (!last) return { weekday: 1, start: 9 * 60, end: 9 * 60 + 50, room: '' };
  const weekday = last.weekday >= 5 || last.weekday === 0 ? 1 : last.weekday + 1;
  return { weekday, start: last.start, end: last.end, room: last.room };
}
