import type { Person } from '../../utils/schema/person';
import type { LessonPlan } from '../../utils/schema/plan';

// "Cards for this day" from a lesson panel opens the card page for that lesson: the person select then offers
// the adults who work in it, the first supporting adult first (the one the teacher most likely wants).

/**
 * The people who have something to do in the plan, each once, in the order a teacher reads the plan: the
 * supporting adults, then those of its phases, then station and group leaders, material owners and who
 * collects the evidence. `teacher` and `independent` are not people; ids with no person are left out.
 */
export function lessonAdults(plan: LessonPlan, people: readonly Person[]): Person[] {
  const ids = [
    ...plan.supports.map((support) => support.personId),
    ...plan.phases.flatMap((phase) => phase.supports.map((support) => support.personId)),
    ...plan.stations.map((station) => station.leader),
    ...plan.parallelGroups.map((group) => group.leader),
    ...plan.materials.map((material) => material.owner),
    ...(plan.checkCollector ? [plan.checkCollector] : []),
  ];
  const byId = new Map(people.map((person) => [person.id, person]));
  const seen = new Set<string>();
  const adults: Person[] = [];
  for (const id of ids) {
    const person = byId.get(id);
    if (!person || seen.has(id)) continue;
    seen.add(id);
    adults.push(person);
  }
  return adults;
}
