import type { PlanSummary } from '../schema/plan';

/** "Marcus Lee" → "ML", "Zoë" → "Z": how supporting adults appear on a compact badge. */
export function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => [...part][0]?.toLocaleUpperCase() ?? '')
    .join('')
    .slice(0, 3);
}

/** The badge's visible short text and its spoken description parts, from a plan summary. */
export function badgeParts(plan: PlanSummary, modelLabel: (model: string) => string, noModel: string) {
  const model = plan.model ? modelLabel(plan.model) : noModel;
  const adults = plan.supportNames.map(initials);
  return {
    visible: [model, ...adults].join(' · '),
    spoken: [model, ...adults].join(', '),
  };
}
