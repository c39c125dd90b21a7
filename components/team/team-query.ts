import { type DateRange, monthRange, termRange } from '../../utils/team/range';

// The Team page's address (issue 15): /team.html?class=<courseId>&period=month|term|custom&month=YYYY-MM
// &from=YYYY-MM-DD&to=YYYY-MM-DD. The popup, the options page and the class summary open it; the page writes its
// choices back, so a reload or a bookmark shows the same view. Anything unreadable falls back to this month.

export type Period = 'month' | 'term' | 'custom';

export interface TeamQuery {
  /** '' = all classes. */
  courseId: string;
  period: Period;
  month: string;
  from: string;
  to: string;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export function parseTeamQuery(search: string, today: string): TeamQuery {
  const params = new URLSearchParams(search);
  const month = MONTH.test(params.get('month') ?? '') ? (params.get('month') as string) : today.slice(0, 7);
  const period = params.get('period');
  const fallback = monthRange(month);
  const from = DAY.test(params.get('from') ?? '') ? (params.get('from') as string) : fallback.from;
  const to = DAY.test(params.get('to') ?? '') ? (params.get('to') as string) : fallback.to;
  return {
    courseId: /^\d{1,30}$/.test(params.get('class') ?? '') ? (params.get('class') as string) : '',
    period: period === 'term' || period === 'custom' ? period : 'month',
    month,
    from,
    // An end before the start is read as a one-day range (compared as text, which orders YYYY-MM-DD by day).
    to: [from, to].sort()[1] ?? from,
  };
}

export function teamQueryString(query: TeamQuery): string {
  const params = new URLSearchParams();
  if (query.courseId) params.set('class', query.courseId);
  params.set('period', query.period);
  params.set('month', query.month);
  if (query.period === 'custom') {
    params.set('from', query.from);
    params.set('to', query.to);
  }
  return `?${params.toString()}`;
}

export function rangeOf(query: TeamQuery): DateRange {
  if (query.period === 'term') return termRange(`${query.month}-01`);
  if (query.period === 'custom') return { from: query.from, to: query.to };
  return monthRange(query.month);
}
