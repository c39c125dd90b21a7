// @vitest-environment jsdom
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { REMOVAL_UNDO_MS, RemovalUndo, useRemovalUndo } from '../../../components/lesson-plan/RemovalUndo';
import { afterPreactPaint } from '../dom-root';

// The notice's life (components/lesson-plan/RemovalUndo.tsx): it goes after REMOVAL_UNDO_MS, but never while
// Undo has focus; Undo puts the item back and focus on its row.

vi.mock('../../../components/ui/trusted', () => ({ trusted: <T,>(handler: T) => handler }));
vi.mock('../../../utils/i18n', async () => ({ t: (await import('../planning-time/labels')).english }));

function Rows() {
  const [list, setList] = useState(['Read', 'Measure volume', 'Graph']);
  const undo = useRemovalUndo(list, setList, { max: 12, keyOf: (name) => name });
  return (
    <section class="section">
      {list.map((name, index) => (
        <div key={name} data-undo-row>
          <input aria-label={name} />
          <button type="button" onClick={() => undo.remove(index, name)}>{`Remove ${name}`}</button>
        </div>
      ))}
      <RemovalUndo state={undo} />
    </section>
  );
}

let root: HTMLElement;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
  root = document.createElement('div');
  document.body.append(root);
  act(() => render(<Rows />, root));
});
afterEach(async () => {
  render(null, root);
  root.remove();
  vi.useRealTimers();
  await afterPreactPaint();
});

const button = (name: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent === name) as HTMLButtonElement | undefined;
const step = (ms: number) => act(() => void vi.advanceTimersByTime(ms));

describe('RemovalUndo', () => {
  it('says what went, takes focus, stays while focused, and puts the row back at its place', () => {
    act(() => button('Remove Measure volume')?.click());
    step(20);
    const live = root.querySelector('[aria-live="polite"]');
    expect(live?.textContent).toContain('Removed Measure volume.');
    expect(document.activeElement).toBe(button('Undo'));
    step(REMOVAL_UNDO_MS * 3);
    expect(button('Undo')).toBeDefined();
    act(() => button('Undo')?.click());
    step(20);
    expect([...root.querySelectorAll('input')].map((input) => input.getAttribute('aria-label'))).toEqual([
      'Read',
      'Measure volume',
      'Graph',
    ]);
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Measure volume');
    expect(live?.textContent).toBe('');
  });

  it('goes after REMOVAL_UNDO_MS once focus is elsewhere', () => {
    act(() => button('Remove Read')?.click());
    step(20);
    act(() => root.querySelector('input')?.focus());
    step(REMOVAL_UNDO_MS - 100);
    expect(button('Undo')).toBeDefined();
    step(200);
    expect(button('Undo')).toBeUndefined();
  });
});
