import type { RoleId } from '../schema/vocabulary';
import { ROLE_IDS } from '../vocabulary';
import type { TeamPlan } from './lesson-day';
import type { DatedLesson } from './select-lessons';

// Each adult's roles (issue 15): "Marcus: prepared materials in 9 of 12 lessons, led a group in 0". A role
// counts once per lesson, however many phases it is held in. Besides the roles the plan gives an adult (the
// lesson's and its phases' supporting adults), the plan's structure says some too: leading a station, leading
// a parallel group, owning a material to prepare (as the card page reads them, utils/cards/build-card.ts).

const TEACHER_OR_NOBODY = new Set(['teacher', 'independent']);

/** Every (person, role) the plan gives, each once. */
export function rolesInLesson(
  plan: Pick<TeamPlan, 'supports' | 'phases' | 'stations' | 'parallelGroups' | 'materials'>,
) {
  const held = new Map<string, Set<RoleId>>();
  const add = (personId: string, role: RoleId) => {
    if (TEACHER_OR_NOBODY.has(personId)) return;
    const roles = held.get(personId) ?? new Set<RoleId>();
    roles.add(role);
    held.set(personId, roles);
  };
  for (const support of plan.supports) add(support.personId, support.role);
  for (const phase of plan.phases) for (const support of phase.supports) add(support.personId, support.role);
  for (const station of plan.stations) add(station.leader, 'lead-station');
  for (const group of plan.parallelGroups) add(group.leader, 'lead-parallel-group');
  for (const material of plan.materials) add(material.owner, 'prepare-materials');
  return held;
}

export interface RolesRow {
  personId: string;
  /** Lessons the adult had any role in. */
  lessons: number;
  /** Lessons in which they held each role; every role is present, 0 when never held. */
  roles: Record<RoleId, number>;
}

/** One row per adult who held any role in the lessons, in order of first appearance. */
export function rolesHeld(lessons: readonly DatedLesson[]): RolesRow[] {
  const rows = new Map<string, RolesRow>();
  for (const { plan } of lessons) {
    for (const [personId, roles] of rolesInLesson(plan)) {
      const row = rows.get(personId) ?? {
        personId,
        lessons: 0,
        roles: Object.fromEntries(ROLE_IDS.map((role) => [role, 0])) as Record<RoleId, number>,
      };
      row.lessons++;
      for (const role of roles) row.roles[role]++;
      rows.set(personId, row);
    }
  }
  return [...rows.values()];
}
