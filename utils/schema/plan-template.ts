import * as z from 'zod/mini';
import { Name, RecordId, Timestamp } from './common';
import { PlanContent } from './plan';

// Reuse (issue 14): the part of a plan that carries from one lesson to the next — the model, the adults and
// their roles, stations and groups, phases, materials and how learning is checked. What belongs to one
// lesson only (its goal and target students, the days it is taught, its status, reflection and behaviour
// support) is not part of it. utils/lesson-plan/copy-plan.ts takes it from a plan and puts it on another.

const shape = PlanContent.shape;

export const CopyableContent = z.object({
  model: shape.model,
  supports: shape.supports,
  stations: shape.stations,
  groups: shape.groups,
  parallelGroups: shape.parallelGroups,
  phases: shape.phases,
  materials: shape.materials,
  checkHow: shape.checkHow,
  checkCollector: shape.checkCollector,
});
export type CopyableContent = z.infer<typeof CopyableContent>;

/** A plan shape the teacher named to start later lessons from: `template:<uuid>`. */
export const PlanTemplate = z.object({
  id: RecordId,
  name: Name,
  content: CopyableContent,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type PlanTemplate = z.infer<typeof PlanTemplate>;

/** What the panel sends to keep a template; the background stamps the id and times. */
export const NewPlanTemplate = z.object({ name: Name, content: CopyableContent });
export type NewPlanTemplate = z.infer<typeof NewPlanTemplate>;
