import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import type { Person } from '../../utils/schema/person';
import type { RoleId } from '../../utils/schema/vocabulary';
import { ROLE_IDS, vocabKey } from '../../utils/vocabulary';
import { useFieldId } from '../ui/fields';
import { trusted } from '../ui/trusted';

/**
 * "Add an adult" in the compact panel (issue 14): a menu of the known adults not yet in this lesson, each
 * with every role, so adding "Marcus Lee, Leads a station" is two clicks (open, choose). A menu and not a
 * <select>: a closed select changes value on every arrow key, which would add someone on the way to the
 * option wanted; in a menu the arrows only move and Enter chooses. It opens in the flow of the panel, not
 * floating over Classroom's page, so nothing of Google's is covered.
 */
export function AddAdultMenu(props: {
  /** Known adults (People, not archived) not yet supporting this lesson. */
  people: readonly Person[];
  onAdd: (personId: string, role: RoleId) => void;
  /** With nobody left to add: someone new is added in the full plan's form. */
  onAddNew: () => void;
  disabled?: boolean;
}) {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const id = useFieldId('tandem-add-adult');
  const items = () => [...(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];

  // Opening the menu puts focus on its first item, as menus do (read from the DOM, not from a closure).
  useEffect(() => {
    if (open) menuRef.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [open]);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  };
  const choose = (personId: string, role: RoleId) => {
    props.onAdd(personId, role);
    setOpen(false);
    // The chosen item is gone with the menu: keyboard focus goes back to the menu's button, not the page.
    requestAnimationFrame(() => buttonRef.current?.focus());
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const all = items();
    const at = all.indexOf(event.target as HTMLElement);
    const move: Record<string, number> = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: all.length - 1 };
    if (event.key in move) {
      event.preventDefault();
      all[((move[event.key] ?? 0) + all.length) % all.length]?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close(true);
    } else if (event.key === 'Tab') {
      close(false);
    }
  };
  // Leaving the menu (a click elsewhere, focus moved on) closes it, like any menu.
  const onFocusOut = (event: FocusEvent) => {
    const next = event.relatedTarget as Node | null;
    if (next && (menuRef.current?.contains(next) || next === buttonRef.current)) return;
    setOpen(false);
  };

  if (props.people.length === 0) {
    return (
      <button
        type="button"
        ref={buttonRef}
        class="button quiet"
        disabled={props.disabled}
        onClick={trusted(props.onAddNew)}
      >
        {t('compactAddNewAdult')}
      </button>
    );
  }
  return (
    <div class="add-adult">
      <button
        type="button"
        ref={buttonRef}
        class="button quiet"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? `${id}-menu` : undefined}
        disabled={props.disabled}
        onClick={trusted(() => setOpen(!open))}
      >
        {t('compactAddAdult')}
      </button>
      {open && (
        <div
          id={`${id}-menu`}
          ref={menuRef}
          role="menu"
          aria-label={t('compactAddAdult')}
          class="add-adult-menu"
          onKeyDown={onKeyDown}
          onFocusOut={onFocusOut}
          // A press inside the menu keeps focus where it is: on a person's name, or on a role in Safari and Firefox
          // on macOS (a pressed button takes no focus there), focus would otherwise leave for the page and close
          // the menu before the click. The click itself still chooses.
          onMouseDown={(event) => event.preventDefault()}
        >
          {props.people.map((person) => (
            <fieldset key={person.id} class="add-adult-person">
              <legend class="add-adult-name">{person.name}</legend>
              {ROLE_IDS.map((role) => (
                <button
                  key={role}
                  type="button"
                  role="menuitem"
                  tabIndex={-1}
                  class="add-adult-role"
                  aria-label={t('compactAddAs', [person.name, t(vocabKey('role', role))])}
                  onClick={trusted(() => choose(person.id, role))}
                >
                  {t(vocabKey('role', role))}
                </button>
              ))}
            </fieldset>
          ))}
        </div>
      )}
    </div>
  );
}
