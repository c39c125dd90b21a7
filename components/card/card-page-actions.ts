import { browser } from 'wxt/browser';
import { cardDates, WHOLE_WEEK } from '../../utils/cards/build-card';
import type { CardRange } from '../../utils/cards/card';
import type { TandemDatabase } from '../../utils/db/database';
import { listPeople } from '../../utils/db/people';
import { getSettings } from '../../utils/db/settings';
import type { ClassMeetings } from '../../utils/schema/class-meetings';
import type { Person } from '../../utils/schema/person';
import type { LessonPlan } from '../../utils/schema/plan';
import { applySchoolPolicy } from '../../utils/school-policy/apply';
import { readSchoolPolicy } from '../../utils/school-policy/read';
import { downloadText } from '../options/download';
import { partnerFileDownload } from './partner-file-download';

// Everything the card page reads and does, bound to the database and the browser: the components get these
// as props (.github/CONTRIBUTING.md habit 9), so they never import the database and tests can pass fakes.

/** The stored records one card is built from, read in one live query (utils/cards/build-card.ts builds it). */
export interface CardSources {
  /** Everyone, archived too: an old plan may name someone archived since. */
  people: Person[];
  /** The plans taught on the card's days. */
  plans: LessonPlan[];
  classMeetings: ClassMeetings[];
  /** The school day's weekdays (settings), which a week card shows. */
  weekdays: number[];
  /** How the card names the teacher (settings' name); empty when not set, and the card says "the teacher". */
  teacherName: string;
  /** The lesson of a `?lesson=` link; null when it names no stored plan, undefined without one. */
  lesson?: LessonPlan | null;
}

export function cardPageActions(db: TandemDatabase) {
  return {
    loadSources: async (range: CardRange, date: string, lessonId?: string): Promise<CardSources> => {
      const settings = await getSettings(db);
      // The whole week: a stop on a day outside the school week still belongs on the week card (build-card.ts).
      const days = cardDates(range, date, WHOLE_WEEK);
      const first = days[0] ?? date;
      const last = days[days.length - 1] ?? date;
      const [people, plans, classMeetings, lesson, policy] = await Promise.all([
        listPeople(db, { includeArchived: true }),
        // taughtOn is a multi-entry index (utils/db/versions.ts v5): only the plans of these days are read.
        db.plans.where('taughtOn').between(first, last, true, true).distinct().toArray(),
        db.classMeetings.toArray(),
        lessonId ? db.plans.get(lessonId) : Promise.resolve(undefined),
        // The school day the school set wins (utils/school-policy/apply.ts). Read last, beside Dexie's reads, and
        // through Promise.resolve: a live query may await other async APIs only that way (Dexie's useLiveQuery docs).
        Promise.resolve(readSchoolPolicy()),
      ]);
      const { schoolDay, myName } = applySchoolPolicy(settings, policy);
      return {
        people,
        plans,
        classMeetings,
        weekdays: schoolDay.weekdays,
        teacherName: myName,
        ...(lessonId ? { lesson: lesson ?? null } : {}),
      };
    },
    print: () => window.print(),
    /** Rejects when the browser refuses the clipboard (no focus, permission denied). */
    copyText: (text: string) => navigator.clipboard.writeText(text),
    downloadIcs: (text: string, fileName: string) => downloadText(text, fileName, 'text/calendar'),
    makePartnerFile: partnerFileDownload(db),
    /** Where people are added and edited. */
    peopleUrl: `${browser.runtime.getURL('/options.html')}#people`,
  };
}

export type CardPageActions = ReturnType<typeof cardPageActions>;
