// @vitest-environment jsdom
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { COMPACT_ADULTS, CompactPlan } from '../../../components/lesson-plan/CompactPlan';
import { emptyPlanContent } from '../../../utils/lesson-plan/defaults';
import { quickModels } from '../../../utils/lesson-plan/quick-models';
import type { SessionActions, SessionState } from '../../../utils/lesson-plan/session';
import type { Person } from '../../../utils/schema/person';
import { domRootPerTest } from '../dom-root';

// A lesson may have 20 supporting adults (the schema's limit): the compact plan shows the first few and counts
// the rest on a button to the full plan, so it stays compact and the lesson stays on the first screen.

vi.mock('../../../components/ui/trusted', () => ({ trusted: <T,>(handler: T) => handler }));
vi.mock('../../../utils/i18n', () => ({
  t: (key: string, substitutions?: string | string[]) => `${key}${substitutions ? `(${[substitutions].flat()})` : ''}`,
}));

const root = domRootPerTest();
const at = '2026-09-01T12:00:00.000Z';
const people: Person[] = Array.from({ length: 20 }, (_, index) => ({
  id: `person:${index}`,
  name: `Adult ${index + 1}`,
  kind: 'paraprofessional',
  archived: false,
  createdAt: at,
  updatedAt: at,
}));
const actions: SessionActions = {
  update: () => undefined,
  addPerson: async () => true,
  flush: async () => undefined,
  markInvalidated: () => undefined,
  makeOwnCopy: async () => true,
};

function renderWith(count: number, onOpenFull = vi.fn()) {
  const state: SessionState = {
    load: 'ready',
    save: 'idle',
    content: {
      ...emptyPlanContent(),
      supports: people.slice(0, count).map((person) => ({ personId: person.id, role: 'circulate' as const })),
    },
    people,
    hasPlan: true,
    errorMessage: null,
    elsewhere: null,
    sharedBy: null,
  };
  render(<CompactPlan state={state} actions={actions} models={quickModels([])} onOpenFull={onOpenFull} />, root());
  return onOpenFull;
}

const roleSelects = () => root().querySelectorAll('select');
const moreButton = () =>
  [...root().querySelectorAll('button')].find((button) => button.textContent?.startsWith('compactMoreAdults'));

describe('CompactPlan with many supporting adults', () => {
  it('shows every adult up to the limit, with no count', () => {
    renderWith(COMPACT_ADULTS);
    expect(roleSelects()).toHaveLength(COMPACT_ADULTS);
    expect(moreButton()).toBeUndefined();
  });

  it('shows the first few of 20 and counts the rest on a button that opens the full plan', () => {
    const onOpenFull = renderWith(20);
    expect(roleSelects()).toHaveLength(COMPACT_ADULTS);
    expect(moreButton()?.textContent).toBe(`compactMoreAdults(${20 - COMPACT_ADULTS})`);
    moreButton()?.click();
    expect(onOpenFull).toHaveBeenCalledOnce();
  });
});
