// @vitest-environment jsdom
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { AddAdultMenu } from '../../../components/lesson-plan/AddAdultMenu';
import { PlanPanel } from '../../../components/lesson-plan/PlanPanel';
import { emptyPlanContent } from '../../../utils/lesson-plan/defaults';
import { quickModels } from '../../../utils/lesson-plan/quick-models';
import type { SessionActions, SessionState } from '../../../utils/lesson-plan/session';
import type { Person } from '../../../utils/schema/person';
import type { PlanContent } from '../../../utils/schema/plan';
import { ROLE_IDS } from '../../../utils/vocabulary';
import { domRootPerTest } from '../dom-root';

// The compact plan (issue 14 item 1) as a keyboard user meets it: focus is never dropped on the page, and the
// models behind "More models" can be walked with the arrow keys like any radio group.

vi.mock('../../../components/ui/trusted', () => ({ trusted: <T,>(handler: T) => handler }));
vi.mock('../../../utils/i18n', () => ({
  t: (key: string, substitutions?: string | string[]) => `${key}${substitutions ? `(${[substitutions].flat()})` : ''}`,
}));

const root = domRootPerTest();

const MARCUS_LEE: Person = {
  id: 'person:marcus',
  name: 'Marcus Lee',
  kind: 'paraprofessional',
  archived: false,
  createdAt: '2026-09-01T12:00:00.000Z',
  updatedAt: '2026-09-01T12:00:00.000Z',
};

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
    const { quick, more } = quickModels([]);
    const order = () =>
      [...root().querySelectorAll<HTMLInputElement>('input[type="radio"]')].map((input) => input.value);
    const all = order();
    expect(all).toEqual([...quick, ...more]);
    // An arrow key in a radio group checks the next radio (a change event) and moves focus to it: walk from the
    // last quick model through every other one. The list neither folds nor reorders under the walk.
    for (const [index, model] of all.entries()) {
      if (index < quick.length) continue;
      const next = radio(model);
      next?.focus();
      next?.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
      await act(() => next?.click());
      expect(radio(model)?.checked).toBe(true);
      expect(document.activeElement).toBe(radio(model));
      expect(order()).toEqual(all);
    }
    const firstMore = more[0] ?? '';
    const secondMore = more[1] ?? '';
    await act(() => radio(firstMore)?.click());
    // Focus moving on out of the models folds the others away again, so the panel stays compact.
    const addNew = button('compactAddNewAdult');
    await act(() => addNew?.focus());
    expect(radio(secondMore)).toBeNull();
    expect(radio(firstMore)?.checked).toBe(true);
  });
});

describe('the Add an adult menu with the pointer', () => {
  it('a press inside the menu never closes it, in browsers where a pressed button takes no focus', async () => {
    const onAdd = vi.fn();
    const people = [MARCUS_LEE];
    await act(() => render(<AddAdultMenu people={people} onAdd={onAdd} onAddNew={() => undefined} />, root()));
    await act(() => button('compactAddAdult')?.click());
    const items = [...root().querySelectorAll<HTMLElement>('[role="menuitem"]')];
    expect(document.activeElement).toBe(items[0]);
    // Safari, and Firefox on macOS, do not focus a pressed button: unless the press is cancelled, focus leaves
    // the menu for the page (a focusout with no relatedTarget) before the click, and the menu closes under it.
    // The same happens in every browser for a press on a person's name.
    for (const target of [root().querySelector<HTMLElement>('legend'), items[1]]) {
      const pressed = target?.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true }));
      if (pressed) await act(() => (document.activeElement as HTMLElement | null)?.blur());
      expect(root().querySelector('[role="menu"]')).not.toBeNull();
    }
    await act(() => items[1]?.click());
    expect(onAdd).toHaveBeenCalledWith(MARCUS_LEE.id, ROLE_IDS[1]);
  });
});
