import { privacyWarnings } from '../notes/privacy';
import { detailsUrl } from '../pages/classroom/urls';
import type { ClassMeeting, ClassMeetings } from '../schema/class-meetings';
import type { Person } from '../schema/person';
import type { LessonPlan } from '../schema/plan';
import type { CardLanguage } from '../schema/vocabulary';
import type { Card, CardDay, CardRange, CardStop } from './card';
import { addDays, clockRange, dayHeading, mondayOf, monthDay, weekdayOf } from './card-dates';
import { type StopContext, stopLines, stopRole, takesPart } from './stop-lines';
import { type CardWords, cardWords, fill } from './words';

// The day or week card of one adult (issue 13), built from stored records only: no database, no browser API, so
// every renderer (card page, print, text, mailto, .ics) and every test reads the same model.

export interface CardInput {
  personId: string;
  range: CardRange;
  /** YYYY-MM-DD, any day of the range; a week runs over the school weekdays of that Monday-to-Sunday week. */
  date: string;
  language: CardLanguage;
  plans: readonly LessonPlan[];
  people: readonly Person[];
  classMeetings: readonly ClassMeetings[];
  /** Weekdays shown for a week (Date#getDay numbers); default [1,2,3,4,5] (Settings.schoolDay.weekdays). */
  weekdays?: readonly number[];
  /** How the card names the teacher ("Ms. Diaz leads station 1", Settings.myName); default "the teacher". */
  teacherName?: string;
}

const SCHOOL_WEEK = [1, 2, 3, 4, 5] as const;

/** Every weekday: the whole Monday-to-Sunday week, which is what a week card's stops may fall on. */
export const WHOLE_WEEK = [0, 1, 2, 3, 4, 5, 6] as const;

/**
 * The days a card shows: the date itself for a day card; for a week, the given weekdays of the Monday-to-Sunday
 * week holding `date`, Monday first (Sunday, when it is a school day, comes last), and any other day of that
 * week in `taught` (a class that meets on a Saturday: its stop must not drop off the week card and its .ics).
 */
export function cardDates(
  range: CardRange,
  date: string,
  weekdays: readonly number[] = SCHOOL_WEEK,
  taught: ReadonlySet<string> = new Set(),
): string[] {
  if (range === 'day') return [date];
  const monday = mondayOf(date);
  const week = Array.from({ length: 7 }, (_, offset) => addDays(monday, offset));
  const shown = week.filter((day) => weekdays.includes(weekdayOf(day)) || taught.has(day));
  return shown.length > 0 ? shown : [date];
}

/**
 * The class's meeting on that day. When a class meets twice the same weekday (a double block), the stop takes the
 * earlier meeting: a plan says which *days* a lesson is taught, not which of that day's meetings, and the first
 * one is when the adult must be in the room.
 */
function meetingOn(classes: ReadonlyMap<string, ClassMeetings>, plan: LessonPlan, date: string): ClassMeeting | null {
  const weekday = weekdayOf(date);
  const meetings = classes.get(plan.lesson.courseId)?.meetings.filter((meeting) => meeting.weekday === weekday) ?? [];
  return meetings.reduce<ClassMeeting | null>(
    (first, meeting) => (!first || meeting.start < first.start ? meeting : first),
    null,
  );
}

/**
 * The class's name as Classroom last showed it: the meetings' record and the plan each keep the name of their
 * last save, so after a class is renamed in Classroom the later of the two has the new name.
 */
function classNameOf(record: ClassMeetings | undefined, plan: LessonPlan): string {
  const fromMeetings = record?.courseName.trim() ?? '';
  const fromPlan = plan.lesson.courseName.trim();
  if (!record || !fromMeetings) return fromPlan;
  return fromPlan && plan.updatedAt > record.updatedAt ? fromPlan : fromMeetings;
}

function lessonUrl(plan: LessonPlan): string | undefined {
  try {
    return detailsUrl(plan.lesson);
  } catch {
    return undefined;
  }
}

function buildStop(
  input: CardInput,
  words: CardWords,
  classes: ReadonlyMap<string, ClassMeetings>,
  plan: LessonPlan,
  date: string,
): CardStop {
  const meeting = meetingOn(classes, plan, date);
  const start = meeting?.start ?? null;
  const end = meeting?.end ?? null;
  const time = meeting ? clockRange(meeting.start, meeting.end, words.locale) : words.timeNotSet;
  const room = meeting?.room.trim() ?? '';
  const className = classNameOf(classes.get(plan.lesson.courseId), plan);
  const context: StopContext = {
    plan,
    personId: input.personId,
    words,
    teacher: input.teacherName?.trim() || words.theTeacher,
    date,
    start,
  };
  const role = stopRole(context);
  const url = lessonUrl(plan);
  return {
    id: `${plan.id}:${date}:${input.personId}`,
    planId: plan.id,
    date,
    start,
    end,
    time,
    room,
    className,
    lessonTitle: plan.lesson.title,
    role,
    headline: `${[time, room, className].filter(Boolean).join(' · ')} — ${role}`,
    lines: stopLines(context),
    ...(url ? { lessonUrl: url } : {}),
  };
}

/** Time order, stops without a time last, then by class and lesson (and plan id, so equal stops keep one order). */
function compareStops(locale: string): (a: CardStop, b: CardStop) => number {
  return (a, b) =>
    (a.start ?? Number.POSITIVE_INFINITY) - (b.start ?? Number.POSITIVE_INFINITY) ||
    a.className.localeCompare(b.className, locale) ||
    a.lessonTitle.localeCompare(b.lessonTitle, locale) ||
    (a.planId < b.planId ? -1 : a.planId > b.planId ? 1 : 0);
}

/**
 * The teacher's free text that goes into this card and looks like a student's full name or a diagnosis
 * (the popup's check, utils/notes/privacy.ts): the phrases as written, names first, each once.
 */
function privacyConcerns(
  plans: readonly LessonPlan[],
  people: readonly Person[],
  classNames: string[],
  teacherName = '',
): string[] {
  // The adults in Tandem and the teacher are not students.
  const known = [...people.map((person) => person.name), teacherName];
  const found = new Set<string>();
  for (const plan of plans) {
    const texts = [
      plan.targetStudents,
      plan.behaviourSupport,
      plan.checkHow,
      ...plan.materials.map((material) => material.what),
      ...plan.stations.map((station) => station.name),
    ];
    const knownPhrases = [plan.lesson.title, plan.lesson.courseName, ...classNames];
    for (const text of texts) {
      if (!text.trim()) continue;
      const warnings = privacyWarnings(text, known, { knownPhrases });
      for (const phrase of [...warnings.names, ...warnings.diagnoses]) found.add(phrase);
    }
  }
  return [...found];
}

export function buildCard(input: CardInput): Card {
  const words = cardWords(input.language);
  const person = input.people.find((candidate) => candidate.id === input.personId);
  const personName = person?.name ?? words.unknownPerson;
  const classes = new Map(input.classMeetings.map((record) => [record.courseId, record]));
  const mine = input.plans.filter((plan) => takesPart(plan, input.personId));
  const dates = cardDates(input.range, input.date, input.weekdays, new Set(mine.flatMap((plan) => plan.taughtOn)));
  const days: CardDay[] = dates.map((date) => ({
    date,
    heading: dayHeading(date, words.locale),
    stops: mine
      .filter((plan) => plan.taughtOn.includes(date))
      .map((plan) => buildStop(input, words, classes, plan, date))
      .sort(compareStops(words.locale)),
  }));
  const from = dates[0] as string;
  const to = dates[dates.length - 1] as string;
  const when =
    input.range === 'day' ? dayHeading(from, words.locale) : fill(words.weekOf, { date: monthDay(from, words.locale) });
  const onCard = mine.filter((plan) => plan.taughtOn.some((date) => dates.includes(date)));
  return {
    personId: input.personId,
    personName,
    ...(person?.email ? { personEmail: person.email } : {}),
    language: input.language,
    range: input.range,
    from,
    to,
    title: `${personName} — ${when}`,
    days,
    emptyDayText: words.emptyDay,
    privacyConcerns: privacyConcerns(
      onCard,
      input.people,
      onCard.map((plan) => classes.get(plan.lesson.courseId)?.courseName ?? ''),
      input.teacherName,
    ),
  };
}
