import { TEACHER } from '../lesson-plan/defaults';
import type { LessonPlan, Phase } from '../schema/plan';
import { PHASE_IDS } from '../vocabulary';
import type { CardLine } from './card';
import { clockTime, weekdayName } from './card-dates';
import { leadsStationText, ledStations, rotationLine, stationLine } from './station-lines';
import { type CardWords, fill } from './words';

// What one adult does in one lesson, and the lines of their stop: only what that adult needs, in a fixed
// order, structured words from the card's dictionary and the teacher's own words as typed.

export interface StopContext {
  plan: LessonPlan;
  personId: string;
  words: CardWords;
  /** The teacher's name as the cards call them ("Ms. Diaz"), or the dictionary's "the teacher". */
  teacher: string;
  date: string;
  /** Wall-clock start of the class that day, when known (for "Prepare: … — before Tuesday 9:00"). */
  start: number | null;
}

/** Does this adult take part in the lesson at all (and so get a stop)? */
export function takesPart(plan: LessonPlan, personId: string): boolean {
  return (
    plan.supports.some((support) => support.personId === personId) ||
    plan.phases.some((phase) => phase.supports.some((support) => support.personId === personId)) ||
    plan.stations.some((station) => station.leader === personId) ||
    plan.parallelGroups.some((group) => group.leader === personId) ||
    plan.materials.some((material) => material.owner === personId) ||
    plan.checkCollector === personId
  );
}

function leadsGroupTexts(plan: LessonPlan, personId: string, words: CardWords): string[] {
  return plan.parallelGroups
    .filter((group) => group.leader === personId)
    .map((group) =>
      group.code.trim() ? fill(words.leadsGroup, { code: group.code.trim() }) : words.roles['lead-parallel-group'],
    );
}

/** What the adult does in one phase: their station or group when the role is to lead one, else the role. */
function phaseRole(context: StopContext, phase: Phase): string | null {
  const { plan, personId, words } = context;
  const support = phase.supports.find((candidate) => candidate.personId === personId);
  if (!support) return null;
  if (support.role === 'lead-station') {
    const led = ledStations(plan, personId);
    if (led.length > 0) return led.map((one) => fill(words.leadsStation, { number: one.number })).join(', ');
  }
  if (support.role === 'lead-parallel-group') {
    const groups = leadsGroupTexts(plan, personId, words);
    if (groups.length > 0) return groups.join(', ');
  }
  return words.roles[support.role];
}

function orderedPhases(plan: LessonPlan): Phase[] {
  return [...plan.phases].sort((a, b) => PHASE_IDS.indexOf(a.phase) - PHASE_IDS.indexOf(b.phase));
}

/** The role in a few words, for the headline: "Leads station 2, Measure volume, 15 min × 3 groups". */
export function stopRole(context: StopContext): string {
  const { plan, personId, words } = context;
  const parts = [
    ...ledStations(plan, personId).map((led) => leadsStationText(plan, led, words)),
    ...leadsGroupTexts(plan, personId, words),
  ];
  if (parts.length > 0) return parts.join('; ');
  const whole = plan.supports.find((support) => support.personId === personId);
  if (whole) return words.roles[whole.role];
  const inPhases = [...new Set(orderedPhases(plan).flatMap((phase) => phaseRole(context, phase) ?? []))];
  if (inPhases.length > 0) return inPhases.join(', ');
  if (plan.materials.some((material) => material.owner === personId)) return words.roles['prepare-materials'];
  return words.collectsEvidence;
}

/** "Station teaching — the teacher leads station 1". */
function modelLine(context: StopContext): CardLine | null {
  const { plan, words, teacher } = context;
  if (plan.model === null) return null;
  let does = fill(words.teacherDoes[plan.model], { teacher });
  if (plan.model === 'stations') {
    const taught = ledStations(plan, TEACHER);
    if (taught.length > 0) {
      does = fill(words.teacherLeadsStation, { teacher, number: taught.map((led) => led.number).join(', ') });
    }
  }
  if (plan.model === 'parallel') {
    const group = plan.parallelGroups.find((candidate) => candidate.leader === TEACHER && candidate.code.trim());
    if (group) does = fill(words.teacherLeadsGroup, { teacher, code: group.code.trim() });
  }
  return { label: words.labels.model, text: `${words.models[plan.model]} — ${does}` };
}

function groupLine(context: StopContext): CardLine | null {
  const { plan, personId, words } = context;
  const codes = plan.parallelGroups
    .filter((group) => group.leader === personId && group.code.trim())
    .map((group) => fill(words.group, { code: group.code.trim() }));
  return codes.length > 0 ? { label: words.labels.yourGroup, text: codes.join(', ') } : null;
}

/** "Opening: Observes and collects data; Practice: Leads station 2". */
function phasesLine(context: StopContext): CardLine | null {
  const texts = orderedPhases(context.plan).flatMap((phase) => {
    const role = phaseRole(context, phase);
    return role ? [`${context.words.phases[phase.phase]}: ${role}`] : [];
  });
  return texts.length > 0 ? { label: context.words.labels.phases, text: texts.join('; ') } : null;
}

/** "graduated cylinders, food colouring — before Tuesday 9:00". */
function prepareLine(context: StopContext): CardLine | null {
  const { plan, personId, words, date, start } = context;
  const what = plan.materials
    .filter((material) => material.owner === personId && material.what.trim())
    .map((material) => material.what.trim());
  if (what.length === 0) return null;
  const weekday = weekdayName(date, words.locale);
  const text =
    start === null
      ? fill(words.prepareByDay, { what: what.join(', '), weekday })
      : fill(words.prepareBy, { what: what.join(', '), weekday, time: clockTime(start, words.locale) });
  return { label: words.labels.prepare, text };
}

function checkLine(context: StopContext): CardLine | null {
  const { plan, personId, words } = context;
  const collects = plan.checkCollector === personId;
  const text = [plan.checkHow.trim(), collects ? words.youCollect : ''].filter(Boolean).join(' — ');
  return text ? { label: words.labels.check, text } : null;
}

function textLine(label: string, text: string): CardLine | null {
  return text.trim() ? { label, text: text.trim() } : null;
}

/** The stop's lines, in this order; a line with nothing to say is left out. */
export function stopLines(context: StopContext): CardLine[] {
  const { plan, words } = context;
  return [
    textLine(words.labels.lesson, plan.lesson.title),
    modelLine(context),
    stationLine(plan, context.personId, words),
    rotationLine(plan, words),
    groupLine(context),
    phasesLine(context),
    prepareLine(context),
    checkLine(context),
    textLine(words.labels.behaviour, plan.behaviourSupport),
    textLine(words.labels.students, plan.targetStudents),
  ].filter((line): line is CardLine => line !== null);
}
