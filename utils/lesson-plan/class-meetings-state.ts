import type { Result } from '../messaging/protocol';
import { durableCall } from '../saving/durable-call';
import type { Outbox } from '../saving/outbox';
import type { ClassMeeting, ClassMeetings } from '../schema/class-meetings';
import type { Call } from './session';

// The lesson's class meetings as the lesson panel's "When it is taught" section needs them (issue 13 item 1):
// loaded once, saved from the panel's inline entry through the outbox (utils/saving/durable-call.ts), so a
// week typed and saved right before the tab closes is still stored; reloaded when another tab saves this
// class's week. Also asks the background to open the card page, which a content script cannot do itself.
// UI-free, like session.ts: the background is reached only through the injected `call` and `outbox`.

export interface ClassMeetingsState {
  load: 'loading' | 'ready' | 'error';
  /** The stored week; null when the class has none yet. */
  record: ClassMeetings | null;
}

export function createClassMeetingsState(options: {
  courseId: string;
  call: Call;
  outbox: Outbox;
  onChange: (state: ClassMeetingsState) => void;
}) {
  const { courseId, call, onChange } = options;
  const save = durableCall(call, options.outbox);
  let state: ClassMeetingsState = { load: 'loading', record: null };
  let disposed = false;
  const set = (next: ClassMeetingsState) => {
    state = next;
    if (!disposed) onChange(state);
  };

  const load = async () => {
    const answer = await call('classMeetings.get', { courseId });
    if (answer.ok) set({ load: 'ready', record: answer.data });
    else if (state.load !== 'ready') set({ load: 'error', record: null });
  };

  // Another tab (another lesson of this class, or the same lesson) saved this class's week.
  const stopHearing = options.outbox.subscribe((event) => {
    if (event.kind !== 'elsewhere' || event.type !== 'classMeetings.save') return;
    if ((event.payload as { courseId?: unknown } | null)?.courseId === courseId) void load();
  });

  return {
    getState: () => state,
    load,
    /**
     * Saves the class's week; true once it is stored. Shown at once: the panel's suggestion follows the
     * week the teacher just entered, even while the save still waits for a stopped worker.
     */
    async save(courseName: string, meetings: ClassMeeting[]): Promise<boolean> {
      const before = state;
      const now = new Date().toISOString();
      const sorted = [...meetings].sort((a, b) => a.weekday - b.weekday || a.start - b.start);
      set({
        load: 'ready',
        record: {
          id: `class:${courseId}`,
          courseId,
          courseName: courseName || before.record?.courseName || '',
          meetings: sorted,
          createdAt: before.record?.createdAt ?? now,
          updatedAt: now,
        },
      });
      const answer: Result<unknown> = await save('classMeetings.save', { courseId, courseName, meetings });
      if (!answer.ok) set(before);
      return answer.ok;
    },
    /** Opens the card page of this lesson's adults on `date` in a new tab; false when that failed. */
    async openCards(lesson: string, date: string): Promise<boolean> {
      return (await call('cards.open', { lesson, date })).ok;
    },
    dispose() {
      disposed = true;
      stopHearing();
    },
  };
}

export type ClassMeetingsController = ReturnType<typeof createClassMeetingsState>;
