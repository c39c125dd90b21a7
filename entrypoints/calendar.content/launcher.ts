import { t } from '@/utils/i18n';

// The closed planning panel: only its launcher, built with plain DOM so that a Calendar page load does
// not compile Preact and the panel (issue 5). It looks and reads exactly like Dock.tsx's launcher (same
// classes, name and aria-expanded); the first open replaces it with the real Dock (planning-panel.chunk.tsx).

const PROBLEM_ID = 'tandem-launcher-problem';

/** Puts the launcher in `container` (once) and says on it why the panel cannot open, if it cannot. */
export function paintLauncher(container: HTMLElement, onOpen: () => void, problem: string | null): void {
  let dock = container.querySelector<HTMLElement>(':scope > .dock');
  if (!dock) {
    dock = document.createElement('div');
    dock.className = 'dock';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'launcher';
    button.textContent = t('planningLauncher');
    button.setAttribute('aria-expanded', 'false');
    // Only the person at the keyboard or pointer opens it, as with every Tandem control (components/ui/trusted.ts).
    button.addEventListener('click', (event) => {
      if (event.isTrusted) onOpen();
    });
    // The live region exists (empty) before anything is said in it, so screen readers announce the words.
    const note = document.createElement('p');
    note.id = PROBLEM_ID;
    note.setAttribute('role', 'status');
    dock.append(button, note);
    container.replaceChildren(dock);
  }
  const button = dock.querySelector<HTMLButtonElement>(':scope > .launcher');
  const note = dock.querySelector<HTMLElement>(`:scope > #${PROBLEM_ID}`);
  if (!button || !note) return;
  note.textContent = problem ?? '';
  note.className = problem ? 'launcher-problem' : '';
  // The reason is also the button's description, heard when it is focused again.
  if (problem) button.setAttribute('aria-describedby', PROBLEM_ID);
  else button.removeAttribute('aria-describedby');
}
