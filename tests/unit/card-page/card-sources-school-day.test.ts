import { describe, expect, it, vi } from 'vitest';
import { cardPageActions } from '../../../components/card/card-page-actions';
import { saveSettings } from '../../../utils/db/settings';
import { freshDatabase } from '../db/test-db';

// A school day the school set (utils/school-policy/apply.ts) replaces the teacher's wherever settings are read: the
// week card's days too, not only the Calendar panel and the options page.

vi.mock('../../../utils/school-policy/read', () => ({
  readSchoolPolicy: async () => ({ schoolDay: { weekdays: [1, 2, 3, 4, 5, 6], start: '08:00', end: '15:00' } }),
}));

describe('the card page’s sources', () => {
  it('show the weekdays of the school day the school set, not the teacher’s own', async () => {
    const db = freshDatabase();
    await saveSettings(db, { schoolDay: { weekdays: [1, 2, 3], start: 450, end: 960 } });
    const sources = await cardPageActions(db).loadSources('week', '2026-12-07');
    expect(sources.weekdays).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
