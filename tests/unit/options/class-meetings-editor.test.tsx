// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { ClassMeetingsEditor } from '../../../components/options/ClassMeetingsEditor';
import type { ClassMeeting } from '../../../utils/schema/class-meetings';
import { domRootPerTest } from '../dom-root';

// The weekly meetings editor (options page and lesson panel): rows survive a repaint, a removed row comes back
// with Undo, a backwards meeting is not saved, and a week saved elsewhere shows unless the teacher is mid-edit.

vi.mock('../../../components/ui/trusted', () => ({ trusted: <T,>(handler: T) => handler }));
vi.mock('../../../utils/i18n', async () => ({ t: (await import('../planning-time/labels')).english }));

const TUESDAY: ClassMeeting = { weekday: 2, start: 540, end: 590, room: 'Room 204' };
const THURSDAY: ClassMeeting = { weekday: 4, start: 540, end: 590, room: 'Room 204' };

const root = domRootPerTest();

function show(meetings: ClassMeeting[], onSave = vi.fn(async () => true), startWithRow = false) {
  act(() => {
    render(
      <ClassMeetingsEditor
        courseName="Grade 7 Science"
        meetings={meetings}
        onSave={onSave}
        startWithRow={startWithRow}
      />,
      root(),
    );
  });
  return onSave;
}
const days = () =>
  [...root().querySelectorAll<HTMLSelectElement>('select')].map((select) => Number(select.value)).join(',');
const button = (name: RegExp) => {
  const found = [...root().querySelectorAll('button')].find((b) =>
    name.test(b.getAttribute('aria-label') ?? b.textContent ?? ''),
  );
  if (!found) throw new Error(`no button ${name}`);
  return found;
};
const press = async (name: RegExp) => {
  await act(async () => {
    button(name).click();
  });
};

describe('ClassMeetingsEditor', () => {
  it('keeps the first row to fill in when the page repaints with the same empty week', () => {
    show([], undefined, true);
    expect(days()).toBe('1');
    show([], undefined, true); // a new, equal array, as a repaint of the lesson panel passes
    expect(days()).toBe('1');
  });

  it('brings a removed row back in its place with Undo', async () => {
    show([TUESDAY, THURSDAY]);
    await press(/^Remove meeting 1, Tuesday/);
    expect(days()).toBe('4');
    expect(root().textContent).toContain('Removed Tuesday');
    await press(/^Undo$/);
    expect(days()).toBe('2,4');
  });

  it('does not save a meeting that ends before it starts, and says which', async () => {
    const onSave = show([{ ...TUESDAY, end: 500 }]);
    await press(/^Save meetings$/);
    expect(onSave).not.toHaveBeenCalled();
    expect(root().textContent).toContain('Meeting 1 ends before it starts');
  });

  it('saves the rows as meetings, rooms trimmed', async () => {
    const onSave = show([{ ...TUESDAY, room: '  Lab B ' }]);
    await press(/^Save meetings$/);
    expect(onSave).toHaveBeenCalledWith([{ ...TUESDAY, room: 'Lab B' }]);
    expect(root().textContent).toContain('Meetings saved.');
  });

  it('shows a week saved elsewhere, but not over rows the teacher is editing', async () => {
    show([TUESDAY]);
    show([TUESDAY, THURSDAY]);
    expect(days()).toBe('2,4');
    await press(/^Add a meeting$/);
    expect(days()).toBe('2,4,5');
    show([THURSDAY]);
    expect(days()).toBe('2,4,5');
  });
});
