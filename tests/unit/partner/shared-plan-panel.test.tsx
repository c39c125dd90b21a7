// @vitest-environment jsdom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PlanEditor } from '../../../components/lesson-plan/PlanEditor';
import { PlanPanel } from '../../../components/lesson-plan/PlanPanel';
import { emptyPlanContent } from '../../../utils/lesson-plan/defaults';
import { quickModels } from '../../../utils/lesson-plan/quick-models';
import type { SessionActions, SessionState } from '../../../utils/lesson-plan/session';
import { afterPreactPaint } from '../dom-root';

// A plan from a partner file: the panel says whose it is and that it is read only, every control of the editor
// is disabled, and "Make my own copy" is the one thing to do.

vi.mock('../../../components/ui/trusted', () => ({ trusted: <T,>(handler: T) => handler }));
vi.mock('../../../utils/i18n', () => ({
  t: (key: string, substitutions?: string | string[]) => `${key}${substitutions ? `(${[substitutions].flat()})` : ''}`,
}));

const lesson = { title: 'Lab Report', courseName: 'Chemistry', missing: [] };
const state = (sharedBy: SessionState['sharedBy']): SessionState => ({
  load: 'ready',
  save: 'idle',
  content: { ...emptyPlanContent(), model: 'stations', goal: 'Measure volume' },
  people: [],
  hasPlan: true,
  errorMessage: null,
  elsewhere: null,
  sharedBy,
});

let root: HTMLElement;
let actions: SessionActions;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
  actions = {
    update: vi.fn(),
    addPerson: async () => true,
    flush: async () => undefined,
    markInvalidated: () => undefined,
    makeOwnCopy: vi.fn(async () => true),
  };
});
afterEach(async () => {
  render(null, root);
  root.remove();
  await afterPreactPaint();
});

const controls = () => [
  ...root.querySelectorAll<HTMLInputElement>(
    '.plan-body input, .plan-body textarea, .plan-body select, .plan-body button',
  ),
];

/** The panel (compact, as on a first visit) with the full plan rendered under it, as the two chunks do. */
function renderBoth(sharedBy: SessionState['sharedBy']) {
  const shown = state(sharedBy);
  render(
    <>
      <PlanPanel
        lesson={lesson}
        state={shown}
        actions={actions}
        open={false}
        onOpenChange={() => undefined}
        models={quickModels([])}
        fullPlan="loading"
        fullPlanHost={null}
      />
      <PlanEditor state={shown} actions={actions} />
    </>,
    root,
  );
}

const compactControls = () => [
  ...root.querySelectorAll<HTMLInputElement>('.compact-plan input, .compact-plan select, .compact-plan button'),
];

describe('PlanPanel and PlanEditor, a shared plan', () => {
  it('says who shared it, disables the compact plan and the whole editor, and offers Make my own copy', () => {
    renderBoth({ name: 'Ms. Diaz', at: '2026-09-14T15:00:00.000Z' });
    expect(root.querySelector('.shared-line')?.textContent).toContain('sharedReadOnly(Ms. Diaz)');
    expect(root.querySelector<HTMLFieldSetElement>('fieldset.plan-body')?.disabled).toBe(true);
    expect(controls().length).toBeGreaterThan(5);
    // A disabled fieldset disables every control in it, as the browser sees them.
    expect(controls().every((control) => control.matches(':disabled'))).toBe(true);
    expect(compactControls().length).toBeGreaterThan(3);
    expect(compactControls().every((control) => control.matches(':disabled'))).toBe(true);
    const makeOwn = [...root.querySelectorAll('button')].find((button) => button.textContent === 'sharedMakeOwnCopy');
    expect(makeOwn?.matches(':disabled')).toBe(false);
    makeOwn?.click();
    expect(actions.makeOwnCopy).toHaveBeenCalledOnce();
  });

  it('an own plan has no line and enabled controls', () => {
    renderBoth(null);
    expect(root.querySelector('.shared-line')).toBeNull();
    expect(root.querySelector<HTMLFieldSetElement>('fieldset.plan-body')?.disabled).toBe(false);
    expect(controls().filter((control) => !control.matches(':disabled')).length).toBeGreaterThan(5);
    expect(compactControls().filter((control) => !control.matches(':disabled')).length).toBeGreaterThan(3);
  });
});
