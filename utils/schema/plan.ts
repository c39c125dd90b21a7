import * as z from 'zod/mini';
import { CalendarDate, LongText, NumericId, RecordId, ShortText, Timestamp } from './common';
import { ItemKind, ModelId, PhaseId, PlanStatus, RoleId } from './vocabulary';

/**
 * Who leads a station, a parallel group, or owns a task: the classroom teacher using Tandem
 * (`teacher`), nobody (`independent`, stations only), or a Person id (utils/lesson-plan/defaults.ts).
 */
export const Leader = RecordId;

/**
 * A group of students, written as a code (A, B, Blue…), never as student names (.github/CONTRIBUTING.md "Non-goals").
 */
export const GroupCode = z.string().check(z.trim(), z.minLength(1), z.maxLength(12));

export const Support = z.object({ personId: RecordId, role: RoleId });
export type Support = z.infer<typeof Support>;

export const Station = z.object({
  id: RecordId,
  name: ShortText,
  leader: Leader,
  minutes: z.number().check(z.int(), z.minimum(1), z.maximum(240)),
});
export type Station = z.infer<typeof Station>;

// The code may be empty while the teacher is retyping it; saving must not fail on that.
export const ParallelGroup = z.object({ code: z.string().check(z.maxLength(12)), leader: Leader });
export type ParallelGroup = z.infer<typeof ParallelGroup>;

/**
 * The supporting adults of a lesson or of one of its phases: a classroom rarely has more than three or four;
 * 20 leaves room for a whole team and keeps a record small (issue 11: unbounded, one took 100 000 entries).
 */
export const MAX_SUPPORTS = 20;

/** One phase of a lesson that combines models (opening, instruction, practice, closing). */
export const Phase = z.object({
  phase: PhaseId,
  model: z.nullable(ModelId),
  supports: z.array(Support).check(z.maxLength(MAX_SUPPORTS)),
});
export type Phase = z.infer<typeof Phase>;

export const Material = z.object({ id: RecordId, what: ShortText, owner: Leader });
export type Material = z.infer<typeof Material>;

/** The Classroom item a plan belongs to; ids are Classroom's raw numeric ids (stable across URL encodings). */
export const LessonRef = z.object({
  courseId: NumericId,
  itemId: NumericId,
  itemKind: ItemKind,
  /** Account index from /u/N/, so links built later open in the same Google account. */
  account: z.optional(z.string().check(z.regex(/^\d{1,3}$/))),
  title: ShortText,
  courseName: ShortText,
  dueDate: z.optional(CalendarDate),
});
export type LessonRef = z.infer<typeof LessonRef>;

/** A unit rarely spreads one lesson over more than a week or two of meetings. */
export const MAX_TAUGHT_ON = 10;

/**
 * "Partner pulled for coverage" (issue 15): one supporting adult was taken out of the lesson to cover elsewhere,
 * and the co-taught minutes lost. An event of the day the lesson was taught, like its status: never copied.
 * A lesson is at most a double period; 240 minutes is the longest a station may run, and the bound here too.
 */
export const Coverage = z.object({
  personId: RecordId,
  minutes: z.number().check(z.int(), z.minimum(1), z.maximum(240)),
});
export type Coverage = z.infer<typeof Coverage>;

/** What the panel edits. Everything has a default, so an empty plan is valid. */
export const PlanContent = z.object({
  model: z.nullable(ModelId),
  supports: z.array(Support).check(z.maxLength(MAX_SUPPORTS)),
  // A station rotation of more than 12 stations (and groups) does not fit a lesson.
  stations: z.array(Station).check(z.maxLength(12)),
  groups: z.array(GroupCode).check(z.maxLength(12)),
  // Parallel teaching splits the class in two.
  parallelGroups: z.array(ParallelGroup).check(z.maxLength(2)),
  // One per phase id (opening, instruction, practice, closing).
  phases: z.array(Phase).check(z.maxLength(4)),
  goal: LongText,
  targetStudents: ShortText,
  // A long lab's list is a few dozen items.
  materials: z.array(Material).check(z.maxLength(40)),
  checkHow: LongText,
  checkCollector: z.nullable(Leader),
  behaviourSupport: LongText,
  status: PlanStatus,
  reflectionWorked: LongText,
  reflectionChange: LongText,
  /**
   * The days the lesson is taught (issue 13), YYYY-MM-DD, in order; a lesson may span several meetings of its
   * class. With the class's meetings (utils/schema/class-meetings.ts) they place the lesson on adults' cards.
   */
  taughtOn: z.array(CalendarDate).check(z.maxLength(MAX_TAUGHT_ON)),
  /**
   * Adults pulled for coverage during this lesson (issue 15), one entry per adult pulled
   * (components/lesson-plan/CoverageMark.tsx keeps them so). Optional, read as none: plans stored and backups
   * written before issue 15 have none and stay valid as they are (no database upgrade, no new backup version;
   * the Team page reads it with coverageOf, utils/team/coverage-minutes.ts).
   */
  coverage: z.optional(z.array(Coverage).check(z.maxLength(MAX_SUPPORTS))),
});
export type PlanContent = z.infer<typeof PlanContent>;

/**
 * A plan that came in a partner file (issue 13): someone else's plan, shown read-only as "Shared by <name>"
 * until the receiver makes it their own (which removes this mark). Never set by the teacher's own edits.
 */
export const SharedBy = z.object({ name: ShortText, at: Timestamp });
export type SharedBy = z.infer<typeof SharedBy>;

export const LessonPlan = z.object({
  id: RecordId,
  lesson: LessonRef,
  ...PlanContent.shape,
  sharedBy: z.optional(SharedBy),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type LessonPlan = z.infer<typeof LessonPlan>;

/** What the panel sends to save: the background stamps id and times. */
export const PlanInput = z.object({ lesson: LessonRef, content: PlanContent });
export type PlanInput = z.infer<typeof PlanInput>;

/** The short form list pages need for badges and the class summary. */
export const PlanSummary = z.object({
  itemId: NumericId,
  model: z.nullable(ModelId),
  status: PlanStatus,
  /** One per supporting adult of the plan. */
  supportNames: z.array(ShortText).check(z.maxLength(MAX_SUPPORTS)),
  dueDate: z.optional(CalendarDate),
});
export type PlanSummary = z.infer<typeof PlanSummary>;
