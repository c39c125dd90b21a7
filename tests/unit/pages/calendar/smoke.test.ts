import { it } from 'vitest';
import { readGrid } from '../../../../utils/pages/calendar/read-grid';
import { readMonth } from '../../../../utils/pages/calendar/read-month';
import { loadFixture } from './fixtures';
it('smoke', () => {
  const g = readGrid(loadFixture('week'));
  if (g.ok) console.log(g.days, g.skipped, g.pxPerHour, g.events.map((e) => [e.date, e.start, e.end, e.allDay, e.eventId, e.label].join(' | ')));
  const m = readMonth(loadFixture('month'));
  if (m.ok) console.log(m.days.length, m.events.map((e) => [e.date, e.allDay, e.eventId, e.label].join(' | ')));
});
