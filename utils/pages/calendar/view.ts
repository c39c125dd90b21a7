import { VIEW_KEY } from './selectors';
import { type CalendarView, parseCalendarUrl } from './urls';

// Which view a Calendar page shows. URL first: body[data-viewkey] is updated slightly later than the URL
// during in-app navigation (calendar-plus, tests/fixtures/README.md B.1 [C]); the attribute answers for bare `/r`
// paths, which show the last-used view.

/** body[data-viewkey] values (upper case) → the URL's view names. [C] (tests/fixtures/README.md B.1) */
const VIEW_BY_KEY: Record<string, CalendarView> = {
  DAY: 'day',
  WEEK: 'week',
  MONTH: 'month',
  YEAR: 'year',
  AGENDA: 'agenda',
  CUSTOM_DAYS: 'customday',
  CUSTOM_WEEKS: 'customweek',
};

/** The view of a Calendar grid page, or null off grid pages (settings, event editor) or when unknown. */
export function readView(document: Document): CalendarView | null {
  try {
    const route = parseCalendarUrl(document.location?.href ?? '');
    if (route?.kind !== 'grid') return null;
    if (route.view) return route.view;
    const key = document.querySelector(VIEW_KEY)?.getAttribute('data-viewkey')?.toUpperCase() ?? '';
    return VIEW_BY_KEY[key] ?? null;
  } catch {
    return null;
  }
}

/** Views drawn as a time grid with day columns (readGrid); the others have no free-time geometry. */
export function isTimeGridView(view: CalendarView | null): boolean {
  return view === 'day' || view === 'week' || view === 'customday';
}
