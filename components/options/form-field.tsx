import { useState } from 'preact/hooks';
import { trusted } from '../ui/trusted';

// A labelled text input for the options page's forms, with what fields.tsx's TextField lacks there: an
// error message tied to the input (aria-invalid + aria-describedby), input types (email, month) and a ref
// to focus the first invalid field when a form is sent.

let lastId = 0;
export function useFieldId(prefix = 'options-field'): string {
  const [id] = useState(() => `${prefix}-${++lastId}`);
  return id;
}

export function FormField(props: {
  label: string;
  value: string;
  onValue: (value: string) => void;
  type?: 'text' | 'email' | 'month';
  multiline?: boolean;
  hint?: string;
  /** Plain-words problem with the value; shown under the field and read with it. */
  error?: string;
  maxLength?: number;
  inputRef?: (element: HTMLInputElement | HTMLTextAreaElement | null) => void;
  autoComplete?: string;
}) {
  const id = useFieldId();
  const described = [props.hint ? `${id}-hint` : '', props.error ? `${id}-error` : ''].filter(Boolean).join(' ');
  const common = {
    id,
    value: props.value,
    maxLength: props.maxLength ?? (props.multiline ? 4000 : 200),
    'aria-invalid': props.error ? true : undefined,
    'aria-describedby': described || undefined,
    // A month input is set by pickers and automation with untrusted events (as TimeField in fields.tsx);
    // typed text only counts from the person at the keyboard.
    onInput: (props.type === 'month' ? (handler: (event: Event) => void) => handler : trusted)((event: Event) =>
      props.onValue((event.currentTarget as HTMLInputElement).value),
    ),
    ref: props.inputRef,
  };
  return (
    <div class={`field${props.error ? ' invalid' : ''}`}>
      <label for={id}>{props.label}</label>
      {props.multiline ? (
        <textarea {...common} rows={3} />
      ) : props.type === 'month' ? (
        <input {...common} type="month" />
      ) : props.type === 'email' ? (
        <input {...common} type="email" autoComplete={props.autoComplete ?? 'off'} />
      ) : (
        <input {...common} type="text" autoComplete={props.autoComplete ?? 'off'} />
      )}
      {props.hint && (
        <p class="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      )}
      {props.error && (
        <p class="field-error" id={`${id}-error`}>
          {props.error}
        </p>
      )}
    </div>
  );
}
