// @vitest-environment jsdom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReuseActions } from '../../../components/lesson-plan/CopyPlanControl';
import { PlanEditor } from '../../../components/lesson-plan/PlanEditor';
import { emptyPlanContent } from '../../../utils/lesson-plan/defaults';
import type { SessionActions, SessionState } from '../../../utils/lesson-plan/session';
import { afterPreactPaint } from '../dom-root';

// Issue 14 item 2: "Copy plan from…" asks before replacing a plan that has content, applies the copy as one edit of
// the copied fields, and is not offered on someone else's (shared, read-only) plan.

vi.mock('../../../components/ui/trusted', () => ({ trusted: <T,>(handler: T) => handler }));
vi.mock('../../../utils/i18n', () => ({
  t: (key: string, substitutions?: string | string[]) => `${key}${substitutions ? `(${[substitutions].flat()})` : ''}`,
}));

const TEMPLATE_CONTENT = {
  ...emptyPlanContent(),
  model: 'stations' as const,
  stations: [{ id: 'station-1', name: 'Measure', leader: 'teacher', minutes: 15 }],
};
const { goal, targetStudents, behaviourSupport, status, reflectionWorked, reflectionChange, taughtOn, ...copyable } =
  TEMPLATE_CONTENT;

const state = (patch: Partial<SessionState>): SessionState => ({
  load: 'ready',
  save: 'idle',
  content: { ...emptyPlanContent(), model: 'team', goal: 'Keep me' },
  people: [],
  hasPlan: true,
  errorMessage: null,
  elsewhere: null,
  sharedBy: null,
  ...patch,
});

let root: HTMLElement;
let actions: SessionActions;
const reuse: ReuseActions = {
  listSources: async () => ({
    lessons: [],
    templates: [{ id: 'template:1', name: 'Fridays', content: copyable, createdAt: '', updatedAt: '' }],
  }),
  saveTemplate: async () => true,
};
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
  actions = {
    update: vi.fn(),
    addPerson: async () => true,
    flush: async () => undefined,
    markInvalidated: () => undefined,
    makeOwnCopy: async () => true,
  };
});
afterEach(async () => {
  render(null, root);
  root.remove();
  await afterPreactPaint();
});

const button = (name: string) =>
  [...root.querySelectorAll('button')].find((candidate) => candidate.textContent === name) as HTMLButtonElement;
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('CopyPlanControl in the full plan', () => {
  it('asks before replacing a plan with content, then copies only the copyable fields, with new station ids', async () => {
    render(<PlanEditor state={state({})} actions={actions} reuse={reuse} />, root);
    button('copyPlanFrom').click();
    await settle();
    await settle();
    button('copyPlanCopy').click();
    await settle();
    expect(root.textContent).toContain('copyPlanReplaces');
    expect(actions.update).not.toHaveBeenCalled();
    button('copyPlanReplace').click();
    expect(actions.update).toHaveBeenCalledTimes(1);
    const patch = vi.mocked(actions.update).mock.calls[0]?.[0] ?? {};
    expect(Object.keys(patch).sort()).toEqual(Object.keys(copyable).sort());
    expect(patch.model).toBe('stations');
    expect(patch.stations?.[0]).toMatchObject({ name: 'Measure', leader: 'teacher', minutes: 15 });
    expect(patch.stations?.[0]?.id).not.toBe('station-1');
  });

  it('is not offered on a shared plan', () => {
    render(
      <PlanEditor
        state={state({ sharedBy: { name: 'Ms. Diaz', at: '2026-09-14T15:00:00.000Z' } })}
        actions={actions}
        reuse={reuse}
      />,
      root,
    );
    expect(button('copyPlanFrom')).toBeUndefined();
    expect(button('templateSaveAs')).toBeUndefined();
  });
});
