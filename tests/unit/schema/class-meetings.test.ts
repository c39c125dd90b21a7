import { describe, expect, it } from 'vitest';
import { parseBackup } from '../../../utils/backup/parse';
import { ClassMeetings, ClassMeetingsInput } from '../../../utils/schema/class-meetings';

const at = '2026-09-01T12:00:00.000Z';
const record = (meetings: unknown[]) => ({
  id: 'class:638595247147',
  courseId: '638595247147',
  courseName: 'Grade 7 Science',
  meetings,
  createdAt: at,
  updatedAt: at,
});

describe('class meetings schema', () => {
  it.each([
    ['9:00–9:50', { weekday: 2, start: 540, end: 590, room: 'Room 204' }, true],
    ['ends as it starts', { weekday: 2, start: 540, end: 540, room: '' }, false],
    ['ends before it starts', { weekday: 2, start: 590, end: 540, room: '' }, false],
    ['a weekday that is not one', { weekday: 7, start: 540, end: 590, room: '' }, false],
    ['a room longer than 60 characters', { weekday: 2, start: 540, end: 590, room: 'x'.repeat(61) }, false],
  ])('%s: accepted %s', (_name, meeting, accepted) => {
    expect(ClassMeetings.safeParse(record([meeting])).success).toBe(accepted);
    const input = { courseId: '638595247147', courseName: 'Grade 7 Science', meetings: [meeting] };
    expect(ClassMeetingsInput.safeParse(input).success).toBe(accepted);
  });

  it('a backup holding a meeting that ends before it starts is refused, naming the record', async () => {
    const file = {
      format: 'tandem-backup',
      version: 2,
      exportedAt: at,
      records: {
        people: [],
        plans: [],
        classMeetings: [record([{ weekday: 2, start: 590, end: 540, room: '' }])],
        notes: [],
        blocks: [],
        lost: [],
        settings: [],
      },
    };
    const parsed = await parseBackup(JSON.stringify(file));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem).toMatchObject({ table: 'classMeetings', index: 0, field: 'meetings.0' });
  });
});
