// @vitest-environment jsdom
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { PlanPanel } from '../../../components/lesson-plan/PlanPanel';
import { emptyPlanContent } from '../../../utils/lesson-plan/defaults';
import { quickModels } from '../../../utils/lesson-plan/quick-models';
import type { SessionActions, SessionState } from '../../../utils/lesson-plan/session';
import type { PlanContent } from '../../../utils/schema/plan';
import { domRootPerTest } from '../dom-root';

// The compact plan (issue 14 item 1) as a keyboard user meets it: focus is never dropped on the page, and the
// models behind "More models" can be walked with the arrow keys like any radio group.

vi.mock('../../../components/ui/trusted', () => ({ trusted: <T,>(handler: T) => handler }));
vi.mock('../../../utils/i18n', () => ({
  t: (key: string, substitutions?: string | string[]) => `${key}${substitutions ? `(${[substitutions].flat()})` : ''}`,
}));

const root = domRootPerTest();

/** The panel as the lesson-plan chunk drives it: the plan and the open/compact choice are its state. */
function Panel(props: { content: PlanContent }) {
  const [content, setContent] = useState(props.content);
  const [open, setOpen] = useState(false);
  const state: SessionState = {
    load: 'ready',
    save: 'idle',
    content,
    people: [],
    hasPlan: true,
    errorMessage: null,
    elsewhere: null,
    sharedBy: null,
  };
  const actions: SessionActions = {
    update: (patch) => setContent((now) => ({ ...now, ...patch })),
    addPerson: async () => true,
    flush: async () => undefined,
    markInvalidated: () => undefined,
    makeOwnCopy: async () => true,
  };
  return (
    <PlanPanel
      lesson={{ title: 'Lab Report', courseName: 'Chemistry', missing: [] }}
      state={state}
      actions={actions}
      open={open}
      onOpenChange={setOpen}
      models={quickModels([], content.model)}
      fullPlan="loading"
      fullPlanHost={null}
    />
  );
}

const button = (text: string) =>
  [...root().querySelectorAll('button')].find((element) => element.textContent === text) ?? null;
const radio = (model: string) => root().querySelector<HTMLInputElement>(`input[type="radio"][value="${model}"]`);

describe('the compact plan from the keyboard', () => {
  it('"Add someone new" opens the full plan with focus on its header button, not dropped on the page', async () => {
    await act(() => render(<Panel content={emptyPlanContent()} />, root()));
    const addNew = button('compactAddNewAdult');
    addNew?.focus();
    await act(() => addNew?.click());
    expect(button('closeFullPlan')?.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(button('closeFullPlan'));
  });

  it('the arrow keys walk on through the models behind "More models"; they fold once focus leaves them', async () => {
    await act(() => render(<Panel content={{ ...emptyPlanContent(), model: null }} />, root()));
    await act(() => button('compactMoreModels')?.click());
    const firstMore = quickModels([]).more[0] ?? '';
    const secondMore = quickModels([]).more[1] ?? '';
    // An arrow key in a radio group checks the next radio (a change event) and moves focus to it.
    radio(firstMore)?.focus();
    radio(firstMore)?.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await act(() => radio(firstMore)?.click());
    expect(radio(firstMore)?.checked).toBe(true);
    expect(document.activeElement).toBe(radio(firstMore));
    expect(radio(secondMore)).not.toBeNull();
    // Focus moving on out of the models folds the others away again, so the panel stays compact.
    const addNew = button('compactAddNewAdult');
    await act(() => addNew?.focus());
    expect(radio(secondMore)).toBeNull();
    expect(radio(firstMore)?.checked).toBe(true);
  });
});
