import { describe, expect, it } from 'vitest';
import { createLessonNotes } from '../../../entrypoints/classroom.content/lesson-notes';
import { firstLessonRequests } from '../../../utils/lesson-plan/first-requests';
import { readClassModels } from '../../../utils/lesson-plan/quick-models';
import { type Call, createPlanSession } from '../../../utils/lesson-plan/session';
import { saveRig } from '../saving/rig';

// The lesson page sends the panel's first requests before the panel's code has loaded, and the panel's
// call answers a request from that prefetch only when type and payload are the same. This holds the two
// sides together: the prefetch list is exactly what the panel's first loads send.

const LESSON = {
  courseId: '638595247147',
  itemId: '638600123456',
  itemKind: 'a' as const,
  title: 'Lab Report',
  courseName: 'Grade 7 Science',
};

function recording() {
  const sent: Array<[string, unknown]> = [];
  const call = ((type: string, payload: unknown) => {
    sent.push([type, payload]);
    const data = type === 'people.list' || type === 'notes.forLesson' || type === 'plan.listForCourse' ? [] : null;
    return Promise.resolve({ ok: true, data });
  }) as unknown as Call;
  return { call, sent };
}

const key = ([type, payload]: readonly [string, unknown]) => `${type} ${JSON.stringify(payload)}`;

describe('firstLessonRequests', () => {
  it('is exactly what the plan session, the quick models and the lesson notes ask for when they load', async () => {
    const { call, sent } = recording();
    const session = createPlanSession({
      lesson: () => LESSON,
      call,
      outbox: saveRig().outbox(),
      onChange: () => undefined,
    });
    const notes = createLessonNotes({ lesson: LESSON, call, onChange: () => undefined });
    await Promise.all([session.load(), notes.load(), readClassModels(call, LESSON)]);
    expect(sent.map(key).sort()).toEqual(firstLessonRequests(LESSON).map(key).sort());
  });
});
