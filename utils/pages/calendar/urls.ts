// Google Calendar pages, known by URL first (tests/fixtures/README.md B.1, [C]). Paths may carry /u/N/ or not;
// month and day in the path are not zero-padded. When the path has no view, body[data-viewkey] tells it.

const HOST = 'calendar.google.com';
const ACCOUNT = String.raw`(?:/u/(\d+))?`;

export type CalendarView = 'day' | 'week' | 'month' | 'year' | 'customday' | 'customweek' | 'agenda';

export type CalendarRoute =
  | { kind: 'grid'; account: string | undefined; view: CalendarView | undefined; date: string | undefined }
  | { kind: 'eventEdit'; account: string | undefined }
  | { kind: 'template' };

const GRID = new RegExp(
  `^/calendar${ACCOUNT}/r(?:/(day|week|month|year|customday|customweek|agenda)(?:/(\\d{4})/(\\d{1,2})/(\\d{1,2}))?)?/?$`,
);
const EVENT_EDIT = new RegExp(`^/calendar${ACCOUNT}/r/eventedit(?:/.*)?$`);
const TEMPLATE = /^\/calendar\/render\/?$/;

export function parseCalendarUrl(input: URL | string): CalendarRoute | null {
  let url: URL;
  try {
    url = new URL(String(input));
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.host !== HOST) return null;
  const edit = EVENT_EDIT.exec(url.pathname);
  if (edit) return { kind: 'eventEdit', account: edit[1] };
  if (TEMPLATE.test(url.pathname)) return url.searchParams.get('action') === 'TEMPLATE' ? { kind: 'template' } : null;
  const grid = GRID.exec(url.pathname);
  if (!grid) return null;
  const [, account, view, year, month, day] = grid;
  const date = year && month && day ? `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}` : undefined;
  return { kind: 'grid', account, view: view as CalendarView | undefined, date };
}

/**
 * Time-grid views, where the planning panel finds free time (day, week, custom days), plus the bare
 * `/r` whose view is only known from body[data-viewkey].
 * https://calendar.google.com/calendar/u/0/r/week/2025/9/15
 * https://calendar.google.com/calendar/u/1/r/day/2025/9/16
 * https://calendar.google.com/calendar/u/0/r/customday/2025/9/15
 * https://calendar.google.com/calendar/u/0/r
 * https://calendar.google.com/calendar/r/week
 */
export const isTimeGrid = (url: URL | string = location.href): boolean => {
  const route = parseCalendarUrl(url);
  return route?.kind === 'grid' && (route.view === undefined || ['day', 'week', 'customday'].includes(route.view));
};

/**
 * Month view: only badges on recorded planning blocks.
 * https://calendar.google.com/calendar/u/0/r/month/2025/9/1
 */
export const isMonth = (url: URL | string = location.href): boolean => {
  const route = parseCalendarUrl(url);
  return route?.kind === 'grid' && route.view === 'month';
};

/**
 * Calendar's own event editor (where a template URL lands).
 * https://calendar.google.com/calendar/u/0/r/eventedit?text=Co-planning&dates=20250915T130000/20250915T134500
 * https://calendar.google.com/calendar/r/eventedit/NTBkcThsY2liOXE3bmkxczBzdTYwYXA5aGI
 */
export const isEventEdit = (url: URL | string = location.href): boolean => parseCalendarUrl(url)?.kind === 'eventEdit';

/** Real example URLs by page kind, for the cross-matrix test. */
export const calendarExampleUrls = {
  timeGrid: [
    'https://calendar.google.com/calendar/u/0/r/week/2025/9/15',
    'https://calendar.google.com/calendar/u/0/r/week/2023/3/12/',
    'https://calendar.google.com/calendar/u/1/r/day/2025/9/16',
    'https://calendar.google.com/calendar/u/0/r/customday/2025/9/15',
    'https://calendar.google.com/calendar/u/0/r',
    'https://calendar.google.com/calendar/r/week',
  ],
  month: ['https://calendar.google.com/calendar/u/0/r/month/2025/9/1', 'https://calendar.google.com/calendar/r/month'],
  eventEdit: [
    'https://calendar.google.com/calendar/u/0/r/eventedit?text=Co-planning&dates=20250915T130000/20250915T134500',
    'https://calendar.google.com/calendar/r/eventedit/NTBkcThsY2liOXE3bmkxczBzdTYwYXA5aGI',
    'https://calendar.google.com/calendar/u/0/r/eventedit/duplicate/abc',
  ],
  none: [
    'https://calendar.google.com/calendar/u/0/r/year/2025/1/1',
    'https://calendar.google.com/calendar/u/0/r/settings',
    'https://calendar.google.com/calendar/event?eid=abc',
    'https://calendar.google.com/calendar/render?action=TEMPLATE&text=x',
    'https://classroom.google.com/u/0/c/NjM4NTk1MjQ3MTQ3',
    'http://calendar.google.com/calendar/u/0/r/week/2025/9/15',
    'https://calendar.google.com.evil.example/calendar/u/0/r/week/2025/9/15',
  ],
} as const;
