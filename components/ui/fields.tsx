import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { trusted } from './trusted';

// Form controls with a visible label (or an explicit accessible name) and trusted-only handlers (except
// where a control says why not).

/**
 * The count behind the ids, one per page world: each lazy chunk has its own copy of this module, and the lesson
 * panel's and the full plan's share a shadow root, where two counts from 1 gave two controls one id (and two
 * radio groups one name, so choosing in one unchecked the other).
 */
const world = globalThis as unknown as Record<symbol, { last: number } | undefined>;
const ids = world[Symbol.for('tandem.fieldIds')] ?? { last: 0 };
world[Symbol.for('tandem.fieldIds')] = ids;
/**
 * A unique id per component instance, for label/for and aria references. Not Preact's useId: it gave
 * the same id to controls in sibling lists here, which merged their accessible names.
 */
export function useFieldId(prefix = 'tandem'): string {
  const [id] = useState(() => `${prefix}-${++ids.last}`);
  return id;
}

export interface Option {
  value: string;
  label: string;
}

export function TextField(props: {
  label: string;
  value: string;
  onValue: (value: string) => void;
  multiline?: boolean;
  /** Kind of single-line input; text by default. */
  type?: 'text' | 'email';
  /** Height of a multiline field, in lines; 2 by default. */
  rows?: number;
  hint?: string;
  /** Plain-words problem with the value; shown under the field, read with it, and marks it aria-invalid. */
  error?: string;
  maxLength?: number;
  class?: string;
  hideLabel?: boolean;
  autoComplete?: string;
  /** The control itself, e.g. to focus the first invalid field when a form is sent. */
  inputRef?: (element: HTMLInputElement | HTMLTextAreaElement | null) => void;
  /** Called when the user leaves the field after changing it (the `change` event), for save-on-commit fields. */
  onCommit?: (value: string) => void;
}) {
  const id = useFieldId();
  const onChange = props.onCommit
    ? trusted((event: Event) => props.onCommit?.((event.currentTarget as HTMLInputElement).value))
    : undefined;
  // The hint (e.g. "initials only") and the error are read with the field, not just shown under it.
  const hintId = props.hint ? `${id}-hint` : undefined;
  const errorId = props.error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  // Typed text only counts from the person at the keyboard (a month is MonthField.tsx).
  const onInput = trusted((event: Event) => props.onValue((event.currentTarget as HTMLInputElement).value));
  const invalid = props.error ? true : undefined;
  const single = {
    value: props.value,
    onInput,
    onChange,
    maxLength: props.maxLength ?? 200,
    'aria-invalid': invalid,
    'aria-describedby': describedBy,
    autoComplete: props.autoComplete,
    ref: props.inputRef,
  };
  // One element per type: Preact's input typings are a union keyed by a literal type.
  const control = props.multiline ? (
    <textarea
      id={id}
      rows={props.rows ?? 2}
      value={props.value}
      onInput={onInput}
      maxLength={props.maxLength ?? 4000}
      aria-invalid={invalid}
      aria-describedby={describedBy}
      ref={props.inputRef}
    />
  ) : props.type === 'email' ? (
    <input id={id} type="email" {...single} />
  ) : (
    <input id={id} type="text" {...single} />
  );
  return (
    <div class={`field${props.error ? ' invalid' : ''} ${props.class ?? ''}`}>
      <label for={id} class={props.hideLabel ? 'visually-hidden' : undefined}>
        {props.label}
      </label>
      {control}
      {props.hint && (
        <p class="hint" id={hintId}>
          {props.hint}
        </p>
      )}
      {props.error && (
        <p class="field-error" id={errorId}>
          {props.error}
        </p>
      )}
    </div>
  );
}

export function NumberField(props: {
  label: string;
  value: number;
  min: number;
  max: number;
  onValue: (n: number) => void;
}) {
  const id = useFieldId();
  const onInput = trusted((event: Event) => {
    const parsed = Number.parseInt((event.currentTarget as HTMLInputElement).value, 10);
    if (Number.isFinite(parsed)) props.onValue(Math.min(props.max, Math.max(props.min, parsed)));
  });
  return (
    <div class="field field-number">
      <label for={id}>{props.label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={props.min}
        max={props.max}
        value={props.value}
        onInput={onInput}
      />
    </div>
  );
}

export function SelectField(props: {
  label: string;
  value: string;
  options: readonly Option[];
  onValue: (value: string) => void;
  hideLabel?: boolean;
}) {
  const id = useFieldId();
  return (
    <div class="field">
      <label for={id} class={props.hideLabel ? 'visually-hidden' : undefined}>
        {props.label}
      </label>
      <select
        id={id}
        value={props.value}
        // Not `trusted`: choosing an option is a value change, not an action a stray page click could fire,
        // and tools that drive selects (automation, some assistive tech) dispatch untrusted change events.
        onChange={(event: Event) => props.onValue((event.currentTarget as HTMLSelectElement).value)}
      >
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A native radio group with a name (role=radiogroup), arrow keys moving between options. */
export function RadioGroup(props: {
  label: string;
  value: string | null;
  options: ReadonlyArray<Option & { hint?: string }>;
  onValue: (value: string) => void;
  class?: string;
}) {
  const id = useFieldId();
  return (
    <div class={`radio-group ${props.class ?? ''}`}>
      <div class="group-label" id={`${id}-label`}>
        {props.label}
      </div>
      <div role="radiogroup" aria-labelledby={`${id}-label`}>
        {props.options.map((option) => (
          <label key={option.value} class="radio">
            <input
              type="radio"
              name={id}
              value={option.value}
              checked={props.value === option.value}
              aria-describedby={option.hint ? `${id}-${option.value}-hint` : undefined}
              onClick={trusted(() => undefined)}
              onChange={trusted(() => props.onValue(option.value))}
            />
            <span class="radio-text">
              <span class="radio-label">{option.label}</span>
              {option.hint && (
                <span class="hint" id={`${id}-${option.value}-hint`}>
                  {option.hint}
                </span>
              )}
            </span>
          </label>
        ))}
      </div>
    </div>
  );
}

export function Button(props: {
  children: ComponentChildren;
  onPress: () => void;
  label?: string;
  kind?: 'primary' | 'quiet';
  disabled?: boolean;
  /** For disclosure buttons: whether what `controls` names is shown. */
  expanded?: boolean;
  controls?: string;
  /** Id of what the action applies to, read after the button's name (e.g. which time "Block this time" blocks). */
  describedBy?: string;
}) {
  return (
    <button
      type="button"
      class={`button ${props.kind ?? 'quiet'}`}
      aria-label={props.label}
      aria-describedby={props.describedBy}
      aria-expanded={props.expanded}
      aria-controls={props.controls}
      disabled={props.disabled}
      onClick={trusted((event: MouseEvent) => {
        const button = event.currentTarget as HTMLButtonElement;
        // Found before the action: a Remove button is already detached when its re-render returns.
        const section = button.closest<HTMLElement>('.section, .panel');
        const root = button.getRootNode() as Document | ShadowRoot;
        props.onPress();
        keepFocusNear(button, section, root);
      })}
    >
      {props.children}
    </button>
  );
}

export function Section(props: { title: string; children: ComponentChildren }) {
  return (
    <section class="section">
      <h3>{props.title}</h3>
      {props.children}
    </section>
  );
}

const FOCUSABLE = 'input:not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled])';

/**
 * A button that removes its own row (Remove) or disables itself (Add, once the name is cleared) would
 * drop keyboard focus to the page, sending the user back to the top of Classroom. After the re-render,
 * move focus to the first usable control of the same section instead — only when focus really was lost:
 * the action may already have put it somewhere better (archiving a person focuses "Show archived people"),
 * and on a busy machine the frame can come after that, which took focus back to the top of the section.
 */
function keepFocusNear(button: HTMLButtonElement, section: HTMLElement | null, root: Document | ShadowRoot): void {
  requestAnimationFrame(() => {
    if (button.isConnected && !button.disabled) return;
    if (!focusLost(button, root)) return;
    const next = section?.querySelector<HTMLElement>(FOCUSABLE);
    next?.focus();
  });
}

/**
 * Focus is still on `button` (disabled), or nowhere: not inside the root the button was in (read before the
 * action: a removed button is its own root), and the page's is the body.
 */
function focusLost(button: HTMLButtonElement, root: Document | ShadowRoot): boolean {
  if (root.activeElement === button) return true;
  const document = button.ownerDocument;
  const insideRoot = root.activeElement !== null && root.activeElement !== document.body;
  const onPage = document.activeElement !== null && document.activeElement !== document.body;
  return !insideRoot && !onPage;
}

/** A time of day (<input type=time>: the browser shows it in the user's 12- or 24-hour clock). */
export function TimeField(props: {
  label: string;
  value: string;
  onValue: (value: string) => void;
  class?: string;
  /** Shown but not changeable (a setting the school set: utils/school-policy/apply.ts). */
  disabled?: boolean;
}) {
  const id = useFieldId();
  return (
    <div class={`field field-time ${props.class ?? ''}`}>
      <label for={id}>{props.label}</label>
      <input
        id={id}
        type="time"
        step={300}
        value={props.value}
        disabled={props.disabled}
        // A time input changes value only when the entry is complete; `change` is enough and fewer saves.
        // Not `trusted`, like selects: it is a value change, and automation sets time inputs with untrusted events.
        onChange={(event: Event) => props.onValue((event.currentTarget as HTMLInputElement).value)}
      />
    </div>
  );
}

/**
 * A day, as <input type=date> (the browser shows it in the user's own date order). Not `trusted`, like TimeField:
 * a complete date is a value change, and pickers set it with untrusted events in some browsers. An emptied or
 * half-typed field is not a date: ignored until whole, so the day held stays.
 */
export function DateField(props: { label: string; value: string; onValue: (value: string) => void; class?: string }) {
  const id = useFieldId();
  return (
    <div class={`field ${props.class ?? ''}`}>
      <label for={id}>{props.label}</label>
      <input
        id={id}
        type="date"
        value={props.value}
        onChange={(event: Event) => {
          const value = (event.currentTarget as HTMLInputElement).value;
          if (/^\d{4}-\d{2}-\d{2}$/.test(value)) props.onValue(value);
        }}
      />
    </div>
  );
}

export function CheckboxField(props: {
  label: string;
  checked: boolean;
  onChecked: (checked: boolean) => void;
  disabled?: boolean;
}) {
  return (
    <label class="checkbox">
      <input
        type="checkbox"
        checked={props.checked}
        disabled={props.disabled}
        onClick={trusted(() => undefined)}
        onChange={trusted((event: Event) => props.onChecked((event.currentTarget as HTMLInputElement).checked))}
      />
      <span>{props.label}</span>
    </label>
  );
}
