// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { MonthField, monthNames, yearLabel } from '../../../components/ui/MonthField';
import { domRootPerTest } from '../dom-root';

// The month field (components/ui/MonthField.tsx): a month list and a year box instead of <input type=month>,
// which Firefox lacks. Same value as before, "YYYY-MM", sent only when whole.

// jsdom's events are script-made (isTrusted false), which Tandem's guard refuses: let them through here.
vi.mock('../../../components/ui/trusted', () => ({ trusted: <T,>(handler: T) => handler }));

const root = domRootPerTest();

/** The control a visible label names, as a screen reader finds it. */
function control<T extends HTMLElement>(name: string): T {
  const label = [...root().querySelectorAll('label')].find((element) => element.textContent === name);
  const element = label && (document.getElementById(label.htmlFor) as T | null);
  if (!element) throw new Error(`no control named ${name}`);
  return element;
}

function show(value: string, language = 'en') {
  const onValue = vi.fn<(value: string) => void>();
  act(() => render(<MonthField label="Month" value={value} onValue={onValue} language={language} />, root()));
  return { onValue, month: control<HTMLSelectElement>('Month'), year: control<HTMLInputElement>(yearLabel(language)) };
}

function choose(select: HTMLSelectElement, value: string) {
  act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

function type(input: HTMLInputElement, text: string) {
  act(() => {
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('MonthField', () => {
  it('shows a YYYY-MM value as a named month list and a year box, in that order for the keyboard', () => {
    const { month, year } = show('2026-09');
    expect(month.tagName).toBe('SELECT');
    expect(month.value).toBe('09');
    expect(month.selectedOptions[0]?.textContent).toBe('September');
    expect([...month.options].map((option) => option.value)).toEqual(
      Array.from({ length: 12 }, (_, index) => String(index + 1).padStart(2, '0')),
    );
    expect(year.type).toBe('number');
    expect(year.value).toBe('2026');
    expect(month.compareDocumentPosition(year) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('sends YYYY-MM when a month is chosen, with the year shown', () => {
    const { month, onValue } = show('2026-09');
    choose(month, '02');
    expect(onValue).toHaveBeenLastCalledWith('2026-02');
  });

  it('sends a year only once it is whole; left half-typed, the box goes back to the year held', () => {
    const { year, onValue } = show('2026-09');
    type(year, '202');
    expect(onValue).not.toHaveBeenCalled();
    expect(year.value).toBe('202');
    type(year, '2025');
    expect(onValue).toHaveBeenLastCalledWith('2025-09');
    type(year, '20');
    act(() => {
      year.dispatchEvent(new FocusEvent('blur'));
    });
    expect(year.value).toBe('2026');
    expect(onValue).toHaveBeenCalledTimes(1);
  });

  it('with no month yet, shows an empty choice and sends once both are there', () => {
    const { month, year, onValue } = show('');
    expect(month.value).toBe('');
    type(year, '2026');
    expect(onValue).not.toHaveBeenCalled();
    choose(month, '11');
    expect(onValue).toHaveBeenLastCalledWith('2026-11');
  });

  it('with no value yet, keeps a month chosen before the year and sends both once the year is typed', () => {
    const { month, year, onValue } = show('');
    choose(month, '11');
    expect(onValue).not.toHaveBeenCalled();
    type(year, '2026');
    expect(onValue).toHaveBeenLastCalledWith('2026-11');
  });

  it('sends no year outside the box’s own 1970–2100 (a slip of the keyboard: 0202)', () => {
    const { year, onValue } = show('2026-09');
    type(year, '0202');
    expect(onValue).not.toHaveBeenCalled();
    act(() => {
      year.dispatchEvent(new FocusEvent('blur'));
    });
    expect(year.value).toBe('2026');
  });

  it("names the months and the year in the page's language, from Intl", () => {
    expect(monthNames('es').slice(0, 3)).toEqual(['enero', 'febrero', 'marzo']);
    expect(yearLabel('es')).toBe('Año');
    expect(yearLabel('en')).toBe('Year');
    const { month } = show('2026-09', 'es');
    expect(month.selectedOptions[0]?.textContent).toBe('septiembre');
    expect(control<HTMLInputElement>('Año').value).toBe('2026');
  });
});
