import type { LessonNotesState } from '@/components/lesson-plan/LessonNotes';
import type { Call } from '@/utils/lesson-plan/session';
import type { ErrorCode } from '@/utils/messaging/protocol';
import type { Person } from '@/utils/schema/person';

// A lesson's notes for its panel: loaded with the plan, loaded again when the popup says notes changed.
// Failures become a state the panel words plainly; they never touch the plan session.

export interface LessonNotesView {
  state: LessonNotesState;
  /** People fetched with the last refresh; the plan session's list may predate a person the popup added. */
  people: Person[];
}

export function createLessonNotes(options: {
  lesson: { courseId: string; itemId: string };
  call: Call;
  onChange: () => void;
}) {
  const { call, lesson } = options;
  let view: LessonNotesView = { state: { notes: null, error: null }, people: [] };
  let latest = 0;

  /**
   * People are asked for with the notes, archived ones included: a note may name someone archived since, or
   * someone added in the popup after the panel loaded.
   */
  async function load(): Promise<void> {
    const request = ++latest;
    const [notes, people] = await Promise.all([
      call('notes.forLesson', { courseId: lesson.courseId, itemId: lesson.itemId }),
      call('people.list', { includeArchived: true }),
    ]);
    if (request !== latest) return; // a newer load started meanwhile: its answer is the one to show
    view = {
      state: notes.ok
        ? { notes: notes.data, error: null }
        : { notes: view.state.notes, error: errorOf(notes.error.code) },
      people: people.ok ? people.data : view.people,
    };
    options.onChange();
  }

  return {
    load: () => load(),
    refresh: () => load(),
    getView: () => view,
  };
}

function errorOf(code: ErrorCode): NonNullable<LessonNotesState['error']> {
  if (code === 'timeout' || code === 'invalidated') return code;
  return 'failed';
}
