// @vitest-environment jsdom
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { PLAN_BODY_PARTS, PlanEditor } from '../../../components/lesson-plan/PlanEditor';
import { emptyPlanContent } from '../../../utils/lesson-plan/defaults';
import type { SessionActions, SessionState } from '../../../utils/lesson-plan/session';
import { domRootPerTest } from '../dom-root';

// The full plan's chunk (entrypoints/classroom.content/plan-editor.chunk.tsx) builds the editor a part per task (so a slow machine never sees one long task):
// what each part holds, and that nothing of the editor is built before the plan is loaded.

vi.mock('../../../components/ui/trusted', () => ({ trusted: <T,>(handler: T) => handler }));
vi.mock('../../../utils/i18n', async () => ({ t: (await import('../planning-time/labels')).english }));

const actions: SessionActions = {
  update: () => undefined,
  addPerson: async () => true,
  flush: async () => undefined,
  markInvalidated: () => undefined,
  makeOwnCopy: async () => true,
};
const state = (load: SessionState['load']): SessionState => ({
  load,
  save: 'idle',
  content: { ...emptyPlanContent(), model: 'stations' },
  people: [],
  hasPlan: true,
  errorMessage: null,
  elsewhere: null,
  sharedBy: null,
});

const root = domRootPerTest();

const sectionTitles = () => [...root().querySelectorAll('h3')].map((heading) => heading.textContent);

describe('PlanEditor body parts', () => {
  it('builds no editor while the plan is loading', () => {
    render(<PlanEditor state={state('loading')} actions={actions} bodyParts={PLAN_BODY_PARTS} />, root());
    expect(root().querySelector('[role="radiogroup"]')).toBeNull();
    expect(root().querySelectorAll('input, textarea, select')).toHaveLength(0);
  });

  it('part 1 is the model and who supports; later parts add to it without changing what is there', () => {
    render(<PlanEditor state={state('ready')} actions={actions} bodyParts={1} />, root());
    expect(root().querySelector('[role="radiogroup"]')).not.toBeNull();
    const first = sectionTitles();
    const firstGroup = root().querySelector('[role="radiogroup"]');
    render(<PlanEditor state={state('ready')} actions={actions} bodyParts={2} />, root());
    const second = sectionTitles();
    expect(second.slice(0, first.length)).toEqual(first);
    expect(second.length).toBeGreaterThan(first.length);
    render(<PlanEditor state={state('ready')} actions={actions} bodyParts={3} />, root());
    const all = sectionTitles();
    expect(all.slice(0, second.length)).toEqual(second);
    expect(all.length).toBeGreaterThan(second.length);
    // The same nodes stay: growing the editor never rebuilds what is already on screen.
    expect(root().querySelector('[role="radiogroup"]')).toBe(firstGroup);
  });

  it('renders every part when not told otherwise, the same as the last part', () => {
    render(<PlanEditor state={state('ready')} actions={actions} />, root());
    const everything = { titles: sectionTitles(), fields: root().querySelectorAll('input, textarea, select').length };
    render(null, root());
    render(<PlanEditor state={state('ready')} actions={actions} bodyParts={PLAN_BODY_PARTS} />, root());
    expect({ titles: sectionTitles(), fields: root().querySelectorAll('input, textarea, select').length }).toEqual(
      everything,
    );
  });
});
