import type { PlanContent } from '../schema/plan';
import type { CopyableContent } from '../schema/plan-template';

// Reuse (issue 14): "Copy plan from…" and templates. Pure and free of schema code, so the lesson panel's
// chunk can use it. What is copied is decided here once, for copying a lesson and for templates alike.

/** The fields a copy carries, in the order the panel shows them. */
export const COPIED_FIELDS = [
  'model',
  'supports',
  'stations',
  'groups',
  'parallelGroups',
  'phases',
  'materials',
  'checkHow',
  'checkCollector',
] as const satisfies readonly (keyof CopyableContent)[];

/** The part of a plan that another lesson can start from (no goal, dates, status, reflection, coverage marks). */
export function copyablePart(content: PlanContent | CopyableContent): CopyableContent {
  return {
    model: content.model,
    supports: content.supports.map((support) => ({ ...support })),
    stations: content.stations.map((station) => ({ ...station })),
    groups: [...content.groups],
    parallelGroups: content.parallelGroups.map((group) => ({ ...group })),
    phases: content.phases.map((phase) => ({ ...phase, supports: phase.supports.map((support) => ({ ...support })) })),
    materials: content.materials.map((material) => ({ ...material })),
    checkHow: content.checkHow,
    checkCollector: content.checkCollector,
  };
}

/** Whether a plan already holds something a copy would replace (then the panel asks first). */
export function hasCopyableContent(content: PlanContent): boolean {
  const part = copyablePart(content);
  return (
    part.model !== null ||
    part.checkCollector !== null ||
    part.checkHow.trim() !== '' ||
    COPIED_FIELDS.some((field) => Array.isArray(part[field]) && (part[field] as unknown[]).length > 0)
  );
}

/**
 * `target` with the copied part replaced by `copy`'s; everything else of the target stays. Stations and
 * materials get new ids, so two plans never share a row's id (an edit of one must never be read as the other's).
 */
export function applyCopy(
  target: PlanContent,
  copy: CopyableContent,
  newId: (prefix: string) => string = randomLocalId,
): PlanContent {
  const part = copyablePart(copy);
  return {
    ...target,
    ...part,
    stations: part.stations.map((station) => ({ ...station, id: newId('station') })),
    materials: part.materials.map((material) => ({ ...material, id: newId('material') })),
  };
}

/** Like components/lesson-plan/local-id.ts: short, unique, stable once created. */
function randomLocalId(prefix: string): string {
  return `${prefix}-${crypto.randomUUID().slice(0, 8)}`;
}
