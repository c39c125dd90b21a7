import type { ModelId } from '../schema/vocabulary';
import { MODEL_IDS } from '../vocabulary';
import type { Call } from './session';

/** How many models the compact panel offers one click away (issue 14: "the three most used"). */
export const QUICK_MODEL_COUNT = 3;

export interface QuickModels {
  /** One click away, most used first. */
  quick: ModelId[];
  /** Behind "More models", in the vocabulary's order. */
  more: ModelId[];
}

/**
 * Which co-teaching models the compact panel shows first: the ones this class's other lessons use most
 * (`classModels`, read once per page, so the buttons never reorder under the pointer). Ties, and a class
 * with no history, fall back to the vocabulary's order, which puts the three everyday models first
 * (utils/vocabulary.ts). The lesson's own model, when it is not a quick one, is shown after them, so the
 * compact panel always shows what is chosen.
 */
export function quickModels(classModels: ReadonlyArray<ModelId | null>, current: ModelId | null = null): QuickModels {
  const counts = new Map<ModelId, number>();
  for (const model of classModels) if (model) counts.set(model, (counts.get(model) ?? 0) + 1);
  const ranked = [...MODEL_IDS].sort(
    (a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || MODEL_IDS.indexOf(a) - MODEL_IDS.indexOf(b),
  );
  const quick = ranked.slice(0, QUICK_MODEL_COUNT);
  if (current && !quick.includes(current)) quick.push(current);
  return { quick, more: MODEL_IDS.filter((model) => !quick.includes(model)) };
}

/**
 * The models of the class's other lessons, for `quickModels` (one request, prefetched with the panel's first
 * ones: first-requests.ts). Without an answer (the background failed) there is no history: the everyday three.
 */
export async function readClassModels(
  call: Call,
  lesson: { courseId: string; itemId: string },
): Promise<Array<ModelId | null>> {
  try {
    const result = await call('plan.listForCourse', { courseId: lesson.courseId });
    if (!result.ok) return [];
    return result.data.filter((plan) => plan.itemId !== lesson.itemId).map((plan) => plan.model);
  } catch {
    return [];
  }
}
