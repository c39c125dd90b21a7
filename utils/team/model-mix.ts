import type { ModelId } from '../schema/vocabulary';
import { MODEL_IDS } from '../vocabulary';
import type { TeamPlan } from './lesson-day';
import type { DatedLesson } from './select-lessons';

// The model mix (issue 15): how many lessons used each co-teaching model. A lesson with phases (utils/schema/plan.ts
// Phase) counts for each phase's share: phases carry no length, so each of n phases is 1/n of the lesson, with its
// own model, or the lesson's model when the phase has none. "none" is a lesson (or phase) with no model chosen.

export type ModelOrNone = ModelId | 'none';
export const MIX_KEYS: readonly ModelOrNone[] = [...MODEL_IDS, 'none'];

/** The share of one lesson each model has; the shares add up to 1. */
export function modelShares(plan: Pick<TeamPlan, 'model' | 'phases'>): Map<ModelOrNone, number> {
  const shares = new Map<ModelOrNone, number>();
  const parts = plan.phases.length > 0 ? plan.phases.map((phase) => phase.model ?? plan.model) : [plan.model];
  for (const model of parts) {
    const key = model ?? 'none';
    shares.set(key, (shares.get(key) ?? 0) + 1 / parts.length);
  }
  return shares;
}

export interface MixRow {
  model: ModelOrNone;
  /** Lessons, possibly fractional (a phase's share). */
  lessons: number;
}

/** Every model with its lessons, in the vocabulary's order, models never used included (as 0). */
export function modelMix(lessons: readonly DatedLesson[]): MixRow[] {
  const totals = new Map<ModelOrNone, number>(MIX_KEYS.map((key) => [key, 0]));
  for (const { plan } of lessons)
    for (const [model, share] of modelShares(plan)) totals.set(model, (totals.get(model) ?? 0) + share);
  return MIX_KEYS.map((model) => ({ model, lessons: roundShare(totals.get(model) ?? 0) }));
}

/** Shares of thirds add up to 0.9999…: two decimals is finer than any lesson has phases. */
export function roundShare(value: number): number {
  return Math.round(value * 100) / 100;
}
