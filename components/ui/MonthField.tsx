import { useState } from 'preact/hooks';
import { useFieldId } from './fields';
import { trusted } from './trusted';

// A month, as "YYYY-MM", chosen from a list of month names and a year box. Not <input type=month>:
// Firefox has none (it shows a bare text box where a teacher would have to guess the format), so every
// browser gets these two plain controls, each with its own name, used with the keyboard like any other.
// The month names and the word "year" come from the browser's Intl in the page's language (Tandem's pages
// set <html lang> to the language their text is in), as dates do.

const MONTH_VALUE = /^(\d{4})-(0[1-9]|1[0-2])$/;
const YEAR = /^\d{4}$/;
const FIRST_YEAR = 1970;
const LAST_YEAR = 2100;

/** A whole year the box offers: four digits within its min and max (a slip like "0202" is still half-typed). */
function wholeYear(text: string): boolean {
  return YEAR.test(text) && Number(text) >= FIRST_YEAR && Number(text) <= LAST_YEAR;
}

/** The twelve month names in `language`, January first, as a list shows them (standalone, not "of June"). */
export function monthNames(language: string | undefined): string[] {
  const format = new Intl.DateTimeFormat(language, { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, index) => format.format(Date.UTC(2000, index, 1)));
}

/** "Year" in `language`, capitalised as a label ("Año" in Spanish). */
export function yearLabel(language: string | undefined): string {
  const word = new Intl.DisplayNames(language, { type: 'dateTimeField' }).of('year') ?? 'year';
  return word.charAt(0).toLocaleUpperCase(language) + word.slice(1);
}

export function MonthField(props: {
  label: string;
  /** "YYYY-MM"; anything else shows an empty month and year. */
  value: string;
  /** Called with a whole "YYYY-MM" only: a half-typed year is kept in its box, not sent. */
  onValue: (value: string) => void;
  /** The page's <html lang> by default (the browser's own language when it has none); tests pass one. */
  language?: string;
}) {
  const id = useFieldId();
  const language = props.language ?? (document.documentElement.lang || undefined);
  const [, year = '', month = ''] = MONTH_VALUE.exec(props.value) ?? [];
  // What is in the year box while it is not a whole year yet ("202"); null shows the value's year.
  const [typedYear, setTypedYear] = useState<string | null>(null);
  const shownYear = typedYear ?? year;
  // A month chosen while there is no whole year yet (an empty value): kept until the year comes, not lost.
  const [chosenMonth, setChosenMonth] = useState<string | null>(null);
  const shownMonth = chosenMonth ?? month;
  const send = (nextMonth: string, nextYear: string) => {
    if (nextMonth && wholeYear(nextYear)) props.onValue(`${nextYear}-${nextMonth}`);
  };
  return (
    <div class="inline-form month-field">
      <div class="field">
        <label for={`${id}-month`}>{props.label}</label>
        <select
          id={`${id}-month`}
          value={shownMonth}
          // Not `trusted`, like SelectField: choosing an option is a value change, and tools that drive
          // selects (automation, some assistive tech) send untrusted change events.
          onChange={(event: Event) => {
            const chosen = (event.currentTarget as HTMLSelectElement).value;
            setChosenMonth(wholeYear(shownYear) ? null : chosen);
            send(chosen, shownYear);
          }}
        >
          {shownMonth === '' && <option value="" />}
          {monthNames(language).map((name, index) => {
            const value = String(index + 1).padStart(2, '0');
            return (
              <option key={value} value={value}>
                {name}
              </option>
            );
          })}
        </select>
      </div>
      <div class="field field-number">
        <label for={`${id}-year`}>{yearLabel(language)}</label>
        <input
          id={`${id}-year`}
          type="number"
          inputMode="numeric"
          min={FIRST_YEAR}
          max={LAST_YEAR}
          value={shownYear}
          // Typed text only counts from the person at the keyboard, as in NumberField.
          onInput={trusted((event: Event) => {
            const typed = (event.currentTarget as HTMLInputElement).value;
            // With no month chosen yet, a whole year waits in the box for one.
            if (wholeYear(typed) && shownMonth) {
              setTypedYear(null);
              setChosenMonth(null);
              send(shownMonth, typed);
            } else setTypedYear(typed);
          })}
          // Left half-typed: back to the year held, so what is shown is what is used.
          onBlur={() => setTypedYear((typed) => (typed !== null && wholeYear(typed) ? typed : null))}
        />
      </div>
    </div>
  );
}
