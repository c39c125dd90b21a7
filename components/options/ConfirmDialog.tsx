import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { TextField, useFieldId } from '../ui/fields';
import { trusted } from '../ui/trusted';

/**
 * A modal confirmation for what cannot be taken back lightly (replace everything, restore a snapshot,
 * delete all data). A native <dialog> opened with showModal(): the rest of the page is inert, focus is
 * trapped inside, Escape cancels, and focus returns to the button that opened it.
 * With `typeToConfirm`, the confirm button only works once that word is typed.
 */
export function ConfirmDialog(props: {
  title: string;
  children: ComponentChildren;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  typeToConfirm?: string;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const [typed, setTyped] = useState('');
  const titleId = useFieldId('confirm-title');
  const bodyId = useFieldId('confirm-body');
  useLayoutEffect(() => {
    const element = dialog.current;
    // Where focus goes back to. The browser's own restoring on close() is not relied on: by the time the
    // owner removes the dialog, it may already be out of the document.
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (element && !element.open) element.showModal();
    // showModal focuses the first control (the confirmation field when there is one); otherwise the safe
    // choice, Cancel, gets focus rather than the destructive button.
    if (!props.typeToConfirm) cancelButton.current?.focus();
    return () => {
      if (element?.open) element.close();
      if (opener?.isConnected) opener.focus();
    };
  }, [props.typeToConfirm]);
  const ready = !props.typeToConfirm || typed.trim().toUpperCase() === props.typeToConfirm.toUpperCase();
  return (
    <dialog
      ref={dialog}
      class="confirm-dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      // Escape: the browser closes the dialog and fires `cancel`; the owner removes it.
      onCancel={(event) => {
        event.preventDefault();
        props.onCancel();
      }}
    >
      <form
        method="dialog"
        onSubmit={trusted((event: Event) => {
          event.preventDefault();
          if (ready) props.onConfirm();
        })}
      >
        <h2 id={titleId}>{props.title}</h2>
        <div id={bodyId}>{props.children}</div>
        {props.typeToConfirm && (
          <TextField
            label={t('dataTypeToConfirm', props.typeToConfirm)}
            autoComplete="off"
            value={typed}
            onValue={setTyped}
            maxLength={40}
          />
        )}
        <div class="actions">
          <button type="submit" class="button danger" disabled={!ready}>
            {props.confirmLabel}
          </button>
          <button type="button" class="button" ref={cancelButton} onClick={trusted(() => props.onCancel())}>
            {t('dataCancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
