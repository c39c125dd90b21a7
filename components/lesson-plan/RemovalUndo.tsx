import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { useFieldId } from '../ui/fields';
import { trusted } from '../ui/trusted';
import { type Removal, removeAt, restoreRemoval } from './removal-undo';

// "Removed station 2, Measure volume. Undo" under a list of the plan editor after one of its rows was
// removed, the way notes have it in the popup (components/notes/UndoStatus.tsx). One mechanism for every
// list: the editor removes through `remove`, marks its rows with data-undo-row, and shows <RemovalUndo>.

/** How long the offer stays after the last interaction with it (never while Undo has focus). */
export const REMOVAL_UNDO_MS = 10_000;

export interface RemovalUndoState {
  /** Removes the row at `index` and offers Undo; `what` says in plain words what went ("station 2, Measure volume"). */
  remove: (index: number, what: string) => void;
  /** Withdraws the offer (an edit that makes it stale, such as adding a day). */
  clear: () => void;
  /** The offer, while the list still has room for the item to come back; `removal` is new for each removal. */
  offer: { removal: object; what: string; undo: () => void } | null;
  /** Where the restored row is, to move focus there once it is shown again. */
  restoredAt: { index: number } | null;
}

export function useRemovalUndo<T>(
  list: readonly T[],
  onList: (list: T[]) => void,
  limits: { max: number; keyOf?: (item: T) => string },
): RemovalUndoState {
  const [removed, setRemoved] = useState<(Removal<T> & { what: string }) | null>(null);
  const [restoredAt, setRestoredAt] = useState<{ index: number } | null>(null);
  const restored = removed && restoreRemoval(list, removed, limits);
  return {
    remove: (index, what) => {
      const result = removeAt(list, index);
      if (!result) return;
      onList(result.list);
      setRemoved({ ...result.removal, what });
      setRestoredAt(null);
    },
    clear: () => setRemoved(null),
    offer:
      removed && restored
        ? {
            removal: removed,
            what: removed.what,
            undo: () => {
              onList(restored);
              setRemoved(null);
              setRestoredAt({ index: Math.min(removed.index, list.length) });
            },
          }
        : null,
    restoredAt,
  };
}

/**
 * The notice and its Undo. Polite, not role=status: the panel has one status, its save state (SaveStatus).
 * Focus goes to Undo after a removal (the row's Remove button is gone with it) and, after Undo, to the
 * restored row's first field; rows are found as [data-undo-row] in the same section.
 */
export function RemovalUndo(props: { state: RemovalUndoState }) {
  const { offer, restoredAt } = props.state;
  // The latest `clear`, without restarting the timer (and taking focus again) on every render.
  const clear = useRef(props.state.clear);
  clear.current = props.state.clear;
  const line = useRef<HTMLParagraphElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const focused = useRef<object | null>(null);
  const messageId = useFieldId('tandem-removed');
  const removal = offer?.removal;
  // In the frame after Button's own fallback (components/ui/fields.tsx keepFocusNear), which would take focus
  // to the top of the section. The offer then lasts REMOVAL_UNDO_MS, counted again while Undo has focus.
  useLayoutEffect(() => {
    if (!removal) return;
    // Focus only for a new removal: an offer withdrawn (the list filled up) and back again does not take it.
    const isNew = focused.current !== removal;
    focused.current = removal;
    const frame = requestAnimationFrame(() => isNew && button.current?.focus());
    let timer: ReturnType<typeof setTimeout>;
    const expire = () => {
      const root = line.current?.getRootNode() as Document | ShadowRoot | undefined;
      if (root?.activeElement && line.current?.contains(root.activeElement))
        timer = setTimeout(expire, REMOVAL_UNDO_MS);
      else clear.current();
    };
    timer = setTimeout(expire, REMOVAL_UNDO_MS);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [removal]);
  useLayoutEffect(() => {
    if (!restoredAt) return;
    const frame = requestAnimationFrame(() => {
      const rows = line.current?.closest('.section')?.querySelectorAll('[data-undo-row]');
      rows?.[restoredAt.index]?.querySelector<HTMLElement>('input, select, textarea, button')?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [restoredAt]);

  return (
    <p class="removal-undo" aria-live="polite" ref={line}>
      {offer && (
        <>
          <span id={messageId}>{t('removedNotice', offer.what)} </span>
          <button
            type="button"
            class="button quiet"
            ref={button}
            aria-describedby={messageId}
            onClick={trusted(offer.undo)}
          >
            {t('removedUndo')}
          </button>
        </>
      )}
    </p>
  );
}
