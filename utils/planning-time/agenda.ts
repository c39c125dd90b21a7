import { WINDOW_DAYS } from '../lesson-plan/summary';
import { detailsUrl } from '../pages/classroom/urls';
import type { LessonPlan } from '../schema/plan';
import type { ModelId, PlanStatus } from '../schema/vocabulary';
import { vocabKey } from '../vocabulary';
import { addDays, localDate } from './dates';

// The agenda written into a planning block (Calendar `details` and the .ics DESCRIPTION).
// .github/CONTRIBUTING.md "Vocabulary": a common shape is about 20% reflecting on the last lessons, 60% planning
// the next ones, 20% agreeing roles. buildAgenda picks the lessons; agendaText writes them, with labels passed
// in, so this module touches no browser API and is tested with a fixed date.

/** At most this many entries per list; the rest is counted in `more`. */
export const AGENDA_LIST_CAP = 8;
/**
 * Longest agenda text. The text travels in a Calendar URL, where every space and newline grows to three
 * characters, so 1500 characters stay well under the lengths browsers and Google accept.
 */
export const AGENDA_MAX_LENGTH = 1500;
/** An open note longer than this is clipped: the agenda names it, the note itself holds the rest. */
const OPEN_ITEM_MAX = 120;
/** When the text is too long, reflections are first clipped to this length, longest first. */
const REFLECTION_CLIP = 60;
const ELLIPSIS = '…';

export interface OpenItem {
  text: string;
  kind: 'agenda' | 'follow-up';
}

export interface AgendaInput {
  /** Length of the block in minutes. */
  minutes: number;
  /** The meeting's date, YYYY-MM-DD. */
  blockDate: string;
  /** The previous occurrence of the block, or blockDate − 14 days for a new block, YYYY-MM-DD. */
  since: string;
  plans: readonly LessonPlan[];
  /** Person id → name, for the supporting adults of each lesson. Unknown ids are left out. */
  peopleNames: ReadonlyMap<string, string>;
  /** Open agenda notes and follow-ups, oldest first. */
  openItems: readonly OpenItem[];
  /** Google account index for Classroom links, when a plan did not record its own. */
  account?: string;
  /**
   * Zone in which a plan's `updatedAt` (a UTC timestamp) is read as a date, to tell whether it was marked
   * taught since the last meeting; default the runtime's own zone.
   */
  timeZone?: string;
}

/** One lesson as the agenda shows it. */
export interface AgendaLesson {
  planId: string;
  title: string;
  courseName: string;
  /** YYYY-MM-DD, or null when the lesson has no due date. */
  dueDate: string | null;
  /** The first day it is taught from the block's date on (issue 13), YYYY-MM-DD; null when none is set. */
  taughtOn: string | null;
  model: ModelId | null;
  status: PlanStatus;
  /** Names of the supporting adults, in the plan's order. */
  supportNames: string[];
  /** The lesson's page in Classroom. */
  url: string;
}

export interface ReflectLesson extends AgendaLesson {
  /** "What worked", possibly empty. */
  worked: string;
  /** "What to change", possibly empty. */
  change: string;
}

/** A list cut at AGENDA_LIST_CAP: `more` entries did not fit. */
export interface Capped<T> {
  items: T[];
  more: number;
}

export interface Agenda {
  /** The whole block; the three sections' minutes add up to it. */
  minutes: number;
  blockDate: string;
  since: string;
  /** Last due date the plan section looks at: blockDate + 14 days. */
  until: string;
  /**
   * About 20%: lessons marked taught whose plan changed on or after `since` (and not after blockDate),
   * oldest first, with their reflections.
   */
  reflect: { minutes: number } & Capped<ReflectLesson>;
  /**
   * About 60%: lessons due from blockDate to `until` that have no model yet or are still drafts, by due
   * date; then undated lessons without a model or still drafts, by title. Taught lessons are left out.
   */
  plan: { minutes: number } & Capped<AgendaLesson>;
  /**
   * About 20%: the open notes (agenda items and follow-ups), then the lessons coming up (due blockDate to
   * `until`) that are planned (status ready, with a model), by due date, with who supports them, so the
   * adults confirm who leads what and rotate roles. The lessons still to plan are in `plan`, where roles
   * are agreed as each one is planned, so they are not repeated here.
   */
  roles: { minutes: number; openItems: Capped<OpenItem>; lessons: Capped<AgendaLesson> };
}

/** A translated string: `t(key, substitutions)`, as utils/i18n.ts `t` (keys in public/_locales). */
export type Labels = (key: string, substitutions?: string | string[]) => string;

export interface AgendaTextOptions {
  /** How a YYYY-MM-DD date is written; default as is. */
  formatDate?: (date: string) => string;
  /** Longest text; default AGENDA_MAX_LENGTH. */
  maxLength?: number;
}

function cap<T>(items: readonly T[]): Capped<T> {
  return { items: items.slice(0, AGENDA_LIST_CAP), more: Math.max(0, items.length - AGENDA_LIST_CAP) };
}

/** Minutes per section: reflect and roles 20% each, rounded; plan the rest, so the sum is exact. */
export function sectionMinutes(minutes: number): { reflect: number; plan: number; roles: number } {
  const reflect = Math.round(minutes * 0.2);
  const roles = Math.round(minutes * 0.2);
  return { reflect, plan: minutes - reflect - roles, roles };
}

/** The calendar date of a UTC timestamp in a zone (default the runtime's); '' when unreadable. */
function localDay(timestamp: string, timeZone: string | undefined): string {
  const date = new Date(timestamp);
  if (Number.isNaN(date.getTime())) return '';
  if (timeZone) {
    try {
      // Only to read the date's numbers back as YYYY-MM-DD, never shown: en-US gives ASCII digits in every UI language.
      const parts = new Intl.DateTimeFormat('en-US', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
      }).formatToParts(date);
      const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
      return `${part('year')}-${part('month')}-${part('day')}`;
    } catch {
      // Unknown zone: the runtime's own zone below.
    }
  }
  return localDate(date);
}

/** The first day a lesson is taught on or after `from`, or null (none set, or all before). */
function nextTaughtDay(plan: LessonPlan, from: string): string | null {
  let first: string | null = null;
  for (const day of plan.taughtOn) if (day >= from && (first === null || day < first)) first = day;
  return first;
}

function byText(a: string, b: string): number {
  return a.localeCompare(b, undefined, { sensitivity: 'base', numeric: true });
}

export function buildAgenda(input: AgendaInput): Agenda {
  const until = addDays(input.blockDate, WINDOW_DAYS);
  const minutes = sectionMinutes(input.minutes);
  const lesson = (plan: LessonPlan): AgendaLesson => ({
    planId: plan.id,
    title: plan.lesson.title,
    courseName: plan.lesson.courseName,
    dueDate: plan.lesson.dueDate ?? null,
    taughtOn: nextTaughtDay(plan, input.blockDate),
    model: plan.model,
    status: plan.status,
    supportNames: plan.supports.flatMap((s) => {
      const name = input.peopleNames.get(s.personId);
      return name ? [name] : [];
    }),
    url: detailsUrl({ ...plan.lesson, account: plan.lesson.account ?? input.account }),
  });
  // A lesson's day is when it is taught when the teacher said so (issue 13), else when it is due.
  const dayOf = (plan: LessonPlan): string | null =>
    nextTaughtDay(plan, input.blockDate) ?? plan.lesson.dueDate ?? null;
  const inWindow = (plan: LessonPlan): boolean => {
    const day = dayOf(plan);
    return day !== null && day >= input.blockDate && day <= until;
  };
  const toPlan = (plan: LessonPlan): boolean =>
    plan.status !== 'taught' && (plan.model === null || plan.status === 'draft');
  const byDue = (a: LessonPlan, b: LessonPlan): number =>
    (dayOf(a) ?? '').localeCompare(dayOf(b) ?? '') || byText(a.lesson.title, b.lesson.title);

  const taught = input.plans
    .map((plan) => ({ plan, day: localDay(plan.updatedAt, input.timeZone) }))
    .filter(({ plan, day }) => plan.status === 'taught' && day >= input.since && day <= input.blockDate)
    .sort((a, b) => a.plan.updatedAt.localeCompare(b.plan.updatedAt))
    .map(({ plan }) => ({
      ...lesson(plan),
      worked: plan.reflectionWorked.trim(),
      change: plan.reflectionChange.trim(),
    }));

  const dated = input.plans.filter((plan) => inWindow(plan) && toPlan(plan)).sort(byDue);
  const undated = input.plans
    .filter((plan) => dayOf(plan) === null && toPlan(plan))
    .sort((a, b) => byText(a.lesson.title, b.lesson.title));

  const planned = input.plans
    .filter((plan) => inWindow(plan) && plan.status === 'ready' && plan.model !== null)
    .sort(byDue);

  return {
    minutes: input.minutes,
    blockDate: input.blockDate,
    since: input.since,
    until,
    reflect: { minutes: minutes.reflect, ...cap(taught) },
    plan: { minutes: minutes.plan, ...cap([...dated, ...undated].map(lesson)) },
    roles: { minutes: minutes.roles, openItems: cap(input.openItems), lessons: cap(planned.map(lesson)) },
  };
}

// ——— Text ———

/** Page text and notes on one line: newlines would break the bullet layout. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}${ELLIPSIS}` : text;
}

function render(agenda: Agenda, t: Labels, formatDate: (date: string) => string): string {
  const lines: string[] = [];
  const more = (count: number): void => {
    if (count > 0) lines.push(`• ${t('agenda_more', String(count))}`);
  };
  const lessonLine = (lesson: AgendaLesson, withDue: boolean): string => {
    const title = oneLine(lesson.title) || t('lessonUntitled');
    const course = oneLine(lesson.courseName);
    const parts = [course ? t('agenda_lesson', [title, course]) : title];
    if (withDue) {
      if (lesson.taughtOn) parts.push(t('agenda_taught', formatDate(lesson.taughtOn)));
      else parts.push(lesson.dueDate ? t('agenda_due', formatDate(lesson.dueDate)) : t('agenda_noDue'));
    }
    parts.push(lesson.model ? t(vocabKey('model', lesson.model)) : t('agenda_noModel'));
    if (lesson.status === 'draft' && lesson.model) parts.push(t(vocabKey('status', lesson.status)));
    if (lesson.supportNames.length > 0) parts.push(t('agenda_with', lesson.supportNames.map(oneLine).join(', ')));
    return `• ${parts.join(' · ')}`;
  };

  lines.push(t('agenda_reflect', String(agenda.reflect.minutes)));
  if (agenda.reflect.items.length === 0 && agenda.reflect.more === 0)
    lines.push(t('agenda_reflectEmpty', formatDate(agenda.since)));
  for (const lesson of agenda.reflect.items) {
    lines.push(lessonLine(lesson, false));
    if (lesson.worked) lines.push(`  ${t('agenda_worked', oneLine(lesson.worked))}`);
    if (lesson.change) lines.push(`  ${t('agenda_change', oneLine(lesson.change))}`);
    lines.push(`  ${lesson.url}`);
  }
  more(agenda.reflect.more);

  lines.push('', t('agenda_plan', String(agenda.plan.minutes)));
  if (agenda.plan.items.length === 0 && agenda.plan.more === 0) lines.push(t('agenda_planEmpty'));
  for (const lesson of agenda.plan.items) lines.push(lessonLine(lesson, true), `  ${lesson.url}`);
  more(agenda.plan.more);

  const { openItems, lessons } = agenda.roles;
  lines.push('', t('agenda_roles', String(agenda.roles.minutes)));
  if (openItems.items.length + openItems.more + lessons.items.length + lessons.more === 0)
    lines.push(t('agenda_rolesEmpty'));
  for (const item of openItems.items) {
    const text = clip(oneLine(item.text), OPEN_ITEM_MAX);
    lines.push(`• ${t(item.kind === 'follow-up' ? 'agenda_followUp' : 'agenda_note', text)}`);
  }
  more(openItems.more);
  for (const lesson of lessons.items) lines.push(lessonLine(lesson, true), `  ${lesson.url}`);
  more(lessons.more);
  return lines.join('\n');
}

/**
 * One step towards a shorter text, or false when nothing is left to shorten: clip the longest reflection
 * to REFLECTION_CLIP; then replace the longest remaining reflection with "…"; then drop the last entry of
 * the longest list, counting it in `more`.
 */
function shorten(agenda: Agenda): boolean {
  const reflections = agenda.reflect.items.flatMap((lesson) =>
    (['worked', 'change'] as const)
      .filter((field) => lesson[field] && lesson[field] !== ELLIPSIS)
      .map((field) => ({ lesson, field, length: oneLine(lesson[field]).length })),
  );
  const longest = reflections.sort((a, b) => b.length - a.length)[0];
  if (longest && longest.length > REFLECTION_CLIP) {
    longest.lesson[longest.field] = clip(oneLine(longest.lesson[longest.field]), REFLECTION_CLIP);
    return true;
  }
  if (longest) {
    longest.lesson[longest.field] = ELLIPSIS;
    return true;
  }
  // Longest relative to its share of the meeting: planning is 60% of it, so its list keeps about three
  // entries for every one the others keep. Ties go to the lists that matter least first.
  const lists: Array<[Capped<unknown>, number]> = [
    [agenda.roles.lessons, 1],
    [agenda.reflect, 1],
    [agenda.roles.openItems, 1],
    [agenda.plan, 3],
  ];
  const [list] = lists.reduce((a, b) => (b[0].items.length / b[1] > a[0].items.length / a[1] ? b : a));
  if (list.items.length === 0) return false;
  list.items.pop();
  list.more++;
  return true;
}

/**
 * The agenda as plain text: a heading with minutes per section, one bullet per entry with its Classroom
 * link on the next line, an empty-state line for an empty section. Longer than `maxLength`, it is
 * shortened (reflections first, longest first, marked "…"; then the last entries of the longest lists,
 * counted as "…and N more"), and as a last resort cut.
 */
export function agendaText(agenda: Agenda, t: Labels, options: AgendaTextOptions = {}): string {
  const formatDate = options.formatDate ?? ((date: string) => date);
  const maxLength = options.maxLength ?? AGENDA_MAX_LENGTH;
  let text = render(agenda, t, formatDate);
  if (text.length <= maxLength) return text;
  const copy = structuredClone(agenda);
  while (text.length > maxLength && shorten(copy)) text = render(copy, t, formatDate);
  if (text.length <= maxLength) return text;
  // Last resort: cut, without splitting a surrogate pair (an emoji in a note).
  let end = maxLength - 1;
  if (/[\uD800-\uDBFF]/.test(text.charAt(end - 1))) end--;
  return `${text.slice(0, end)}${ELLIPSIS}`;
}
