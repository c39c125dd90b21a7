import type { Page } from '@playwright/test';
import { expect, test } from './harness';
import { addNewPerson, chooseOption, expectSaved, openLesson, panel } from './lesson-plan-page';
import { futureWeek, openPlanningPanel, planningPanel } from './planning-time-page';

// Issue 11: Google's page can neither drive nor read Tandem. Everything the "page" does here runs in the
// page's main world (page.evaluate), with only what a Google script has: the DOM it can query, the
// events its listeners see while the teacher works, document.activeElement, elementFromPoint. Tandem's UI
// is in closed shadow roots (utils/content/mount-ui.ts) and refuses page-made events at the root
// (utils/content/trusted-events.ts). The teacher works through the test toolkit (support/closed-roots.ts),
// which uses DevTools' privileges the page does not have.

const HOSTS = '[data-tandem-host], tandem-badge, tandem-block-badge';
const SECRET_GOAL = 'Quietly compare xylophone densities';
const SECRET_TARGETS = 'Q.X., Z.W.';

/** The page starts listening as a curious script would: every event's composed path, and what has focus. */
async function pageStartsWatching(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen = new Set<EventTarget>();
    (window as unknown as { pageSaw: Set<EventTarget> }).pageSaw = seen;
    const types = [
      'click',
      'mousedown',
      'pointerdown',
      'keydown',
      'keyup',
      'beforeinput',
      'input',
      'change',
      'focusin',
    ];
    for (const type of types) {
      document.addEventListener(
        type,
        (event) => {
          for (const node of event.composedPath()) seen.add(node);
          if (document.activeElement) seen.add(document.activeElement);
        },
        true,
      );
    }
  });
}

/** Everything of Tandem's the page could read, by every means it has: the text it got, joined. */
function pageReadsEverything(page: Page): Promise<{ hosts: number; text: string }> {
  return page.evaluate((hostSelector) => {
    const texts: string[] = [];
    const read = (node: unknown) => {
      if (!(node instanceof Node)) return;
      texts.push(node.textContent ?? '');
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is one more way a page could read.
      if (node instanceof HTMLElement) texts.push(node.innerText ?? '', node.outerHTML);
      if ('value' in node) texts.push(String((node as HTMLInputElement).value));
      if (node instanceof Element) {
        const html = node as Element & { getHTML?: (options: object) => string };
        texts.push(html.getHTML?.({ serializableShadowRoots: true }) ?? '');
        const root = node.shadowRoot;
        if (root) {
          texts.push(root.textContent ?? '');
          for (const field of root.querySelectorAll('input, textarea, select')) {
            texts.push((field as HTMLInputElement).value);
          }
          read(root.activeElement);
        }
        const clone = node.cloneNode(true) as Element;
        texts.push(clone.shadowRoot?.textContent ?? '');
      }
    };
    const hosts = [...document.querySelectorAll(hostSelector)];
    for (const host of hosts) {
      read(host);
      const box = host.getBoundingClientRect();
      read(document.elementFromPoint(box.x + box.width / 2, box.y + Math.min(box.height / 2, 40)));
    }
    read(document.activeElement);
    for (const node of (window as unknown as { pageSaw?: Set<EventTarget> }).pageSaw ?? []) read(node);
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is one more way a page could read.
    texts.push(document.body.innerText, document.documentElement.outerHTML);
    return { hosts: hosts.length, text: texts.join('\n') };
  }, HOSTS);
}

/**
 * The page tries to drive every Tandem element it can get hold of (hosts, anything inside an open root,
 * anything its listeners saw): clicks (element.click() and dispatched), values with input and change,
 * keys, form submission. Resolves with how many elements it reached, and how many of them were inside
 * a shadow root (none, when the roots are closed).
 */
function pageDrivesEverything(page: Page): Promise<{ reached: number; inside: number }> {
  return page.evaluate((hostSelector) => {
    const reachable = new Set<Element>();
    const visit = (root: Document | ShadowRoot) => {
      for (const element of root.querySelectorAll('*')) {
        reachable.add(element);
        if (element.shadowRoot) visit(element.shadowRoot);
      }
    };
    visit(document);
    if (document.activeElement) reachable.add(document.activeElement);
    for (const node of (window as unknown as { pageSaw?: Set<EventTarget> }).pageSaw ?? []) {
      if (node instanceof Element) reachable.add(node);
    }
    const tandem = [...reachable].filter(
      (element) => element.matches(hostSelector) || element.getRootNode() instanceof ShadowRoot,
    );
    const fire = (element: Element, event: Event) => element.dispatchEvent(event);
    const options = { bubbles: true, composed: true, cancelable: true };
    for (const element of tandem) {
      const toggle = element instanceof HTMLInputElement && ['radio', 'checkbox'].includes(element.type);
      if (toggle) {
        // One scripted click: it flips the box unless Tandem cancels it (a second would flip it back).
        element.click();
      } else if (element instanceof HTMLSelectElement && element.options.length > 1) {
        element.selectedIndex = (element.selectedIndex + 1) % element.options.length;
      } else if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) {
        element.value = element.type === 'time' ? '03:00' : element.type === 'number' ? '99' : 'written by the page';
        fire(element, new InputEvent('beforeinput', { ...options, inputType: 'insertText', data: 'x' }));
      } else if (element instanceof HTMLFormElement) {
        element.requestSubmit();
      }
      // Not links: a page script following Tandem's own links would only navigate away.
      if (!toggle && element instanceof HTMLElement && !(element instanceof HTMLAnchorElement)) {
        element.click();
        fire(element, new MouseEvent('click', options));
      }
      fire(element, new InputEvent('input', { ...options, inputType: 'insertText', data: 'x' }));
      fire(element, new Event('change', options));
      for (const key of ['Enter', ' ', 'ArrowDown', 'Delete']) {
        fire(element, new KeyboardEvent('keydown', { ...options, key }));
        fire(element, new KeyboardEvent('keypress', { ...options, key }));
        fire(element, new KeyboardEvent('keyup', { ...options, key }));
      }
    }
    return { reached: tandem.length, inside: tandem.filter((element) => !element.matches(hostSelector)).length };
  }, HOSTS);
}

test("the page's own script cannot read the lesson panel", async ({ context }) => {
  const page = await context.newPage();
  const region = await openLesson(page);
  await pageStartsWatching(page);
  await addNewPerson(page, 'Marcus Lee', 'Paraprofessional');
  const goal = region.getByRole('textbox', { name: 'Lesson goal' });
  await goal.fill(SECRET_GOAL);
  await region.getByRole('textbox', { name: 'Target students (initials)' }).fill(SECRET_TARGETS);
  await expectSaved(page);
  // The teacher is typing in the goal while the page looks (focus is in the panel).
  await goal.press('End');
  await page.keyboard.type('.');

  const seen = await pageReadsEverything(page);
  expect(seen.hosts).toBeGreaterThan(0);
  expect(seen.text).toContain('Lab Report: Density of Liquids'); // the page's own text: the reading works
  expect(seen.text).not.toContain('Quietly compare');
  expect(seen.text).not.toContain(SECRET_TARGETS);
  expect(seen.text).not.toContain('Tandem co-teaching plan');
});

test("events the page's own script dispatches at the lesson panel change nothing that is stored", async ({
  context,
}) => {
  const page = await context.newPage();
  const region = await openLesson(page);
  await pageStartsWatching(page);
  // The teacher's plan, with every kind of control: radios, selects, text, a number, buttons.
  await addNewPerson(page, 'Marcus Lee', 'Paraprofessional');
  await chooseOption(region.getByRole('combobox', { name: 'Role for Marcus Lee' }), 'Lead a station');
  await region.getByRole('radio', { name: 'Station teaching' }).check();
  await region.getByRole('spinbutton', { name: 'Station 1 minutes' }).fill('15');
  await region.getByRole('textbox', { name: 'Lesson goal' }).fill(SECRET_GOAL);
  await chooseOption(region.getByRole('combobox', { name: 'Evidence collected by' }), 'Marcus Lee');
  await region.getByRole('radio', { name: 'Ready' }).check();
  await expectSaved(page);
  const role = await region.getByRole('combobox', { name: 'Role for Marcus Lee' }).inputValue();
  const collector = await region.getByRole('combobox', { name: 'Evidence collected by' }).inputValue();

  const attack = await pageDrivesEverything(page);
  expect(attack.reached).toBeGreaterThan(0); // the panel's host, at least
  expect(attack.inside).toBe(0);

  // A last edit by the teacher: once it is saved, anything the page had set off would be stored too.
  await region.getByRole('textbox', { name: 'Target students (initials)' }).fill('J.M.');
  await expectSaved(page);
  await page.reload();
  const after = panel(page);
  await expect(after.getByRole('textbox', { name: 'Target students (initials)' })).toHaveValue('J.M.');
  await expect(after.getByRole('radio', { name: 'Station teaching' })).toBeChecked();
  await expect(after.getByRole('radio', { name: 'Ready' })).toBeChecked();
  await expect(after.getByRole('combobox', { name: 'Role for Marcus Lee' })).toHaveValue(role);
  await expect(after.getByRole('combobox', { name: 'Evidence collected by' })).toHaveValue(collector);
  await expect(after.getByRole('spinbutton', { name: 'Station 1 minutes' })).toHaveValue('15');
  await expect(after.getByRole('textbox', { name: 'Lesson goal' })).toHaveValue(SECRET_GOAL);
  await expect(after.getByRole('textbox', { name: 'Station 1 name' })).toHaveValue('Station 1');
  await expect(after.getByRole('textbox', { name: 'Material 1' })).toHaveCount(0);
  await expect(after.getByRole('button', { name: 'Close full plan' })).toHaveAttribute('aria-expanded', 'true');
});

test('even holding a leaked reference to a control, page-made events are refused at the root', async ({ context }) => {
  const page = await context.newPage();
  const region = await openLesson(page);
  await addNewPerson(page, 'Marcus Lee', 'Paraprofessional');
  await region.getByRole('radio', { name: 'Team teaching' }).check();
  await expectSaved(page);
  const role = region.getByRole('combobox', { name: 'Role for Marcus Lee' });
  const before = await role.inputValue();

  // locator.evaluate runs in the page's main world on the element itself: as if a browser bug had
  // handed the page a reference into the closed root. Every event it makes there is untrusted.
  await region.getByRole('radio', { name: 'Station teaching' }).evaluate((radio) => {
    (radio as HTMLInputElement).click();
    radio.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  });
  await role.evaluate((select) => {
    const element = select as HTMLSelectElement;
    element.selectedIndex = (element.selectedIndex + 1) % element.options.length;
    element.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    element.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  });
  await region.getByRole('textbox', { name: 'Lesson goal' }).evaluate((goal) => {
    (goal as HTMLTextAreaElement).value = 'written by the page';
    goal.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: 'e' }));
    goal.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  });
  await region.getByRole('button', { name: 'Add material' }).evaluate((button) => {
    (button as HTMLButtonElement).click();
    button.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, composed: true, key: 'Enter' }));
  });
  await expect(region.getByRole('radio', { name: 'Team teaching' })).toBeChecked();
  await expect(region.getByRole('textbox', { name: 'Material 1' })).toHaveCount(0);

  await region.getByRole('textbox', { name: 'Target students (initials)' }).fill('J.M.');
  await expectSaved(page);
  await page.reload();
  const after = panel(page);
  await expect(after.getByRole('textbox', { name: 'Target students (initials)' })).toHaveValue('J.M.');
  await expect(after.getByRole('radio', { name: 'Team teaching' })).toBeChecked();
  await expect(after.getByRole('combobox', { name: 'Role for Marcus Lee' })).toHaveValue(before);
  await expect(after.getByRole('textbox', { name: 'Lesson goal' })).toHaveValue('');
  await expect(after.getByRole('textbox', { name: 'Material 1' })).toHaveCount(0);
});

test("events the page's own script dispatches at the Calendar panel change neither school days nor hours", async ({
  context,
}) => {
  const week = await futureWeek(context);
  const page = await context.newPage();
  const region = await openPlanningPanel(page, week.url);
  await pageStartsWatching(page);
  const schoolDays = region.getByRole('group', { name: 'School days' });
  await expect(schoolDays.getByRole('checkbox', { name: 'Monday' })).toBeChecked();
  // The teacher clicks into the panel while the page watches.
  await region.getByRole('textbox', { name: 'Your name' }).click();

  const attack = await pageDrivesEverything(page);
  expect(attack.reached).toBeGreaterThan(0);
  expect(attack.inside).toBe(0);

  // The teacher's own edit is stored (seen from a fresh load), and nothing the page did is.
  await planningPanel(page).getByRole('textbox', { name: 'Your name' }).fill('Dana Rivera');
  const fresh = await context.newPage();
  await expect(async () => {
    const reloaded = await openPlanningPanel(fresh, week.url);
    await expect(reloaded.getByRole('textbox', { name: 'Your name' })).toHaveValue('Dana Rivera', { timeout: 1000 });
  }).toPass();
  const stored = planningPanel(fresh);
  const days = stored.getByRole('group', { name: 'School days' });
  for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']) {
    await expect(days.getByRole('checkbox', { name: day })).toBeChecked();
  }
  for (const day of ['Saturday', 'Sunday']) await expect(days.getByRole('checkbox', { name: day })).not.toBeChecked();
  await expect(stored.getByLabel('Starts')).toHaveValue('07:30');
  await expect(stored.getByLabel('Ends')).toHaveValue('16:00');
});

test('even holding a leaked reference, page-made events change neither school days nor hours', async ({ context }) => {
  const week = await futureWeek(context);
  const page = await context.newPage();
  const region = await openPlanningPanel(page, week.url);
  const days = region.getByRole('group', { name: 'School days' });
  await expect(days.getByRole('checkbox', { name: 'Monday' })).toBeChecked();

  // In the page's main world, on the elements themselves (locator.evaluate): as if a reference had leaked.
  await days.getByRole('checkbox', { name: 'Monday' }).evaluate((checkbox) => (checkbox as HTMLInputElement).click());
  await days
    .getByRole('checkbox', { name: 'Saturday' })
    .evaluate((checkbox) =>
      checkbox.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true })),
    );
  for (const field of ['Starts', 'Ends']) {
    await region.getByLabel(field).evaluate((input) => {
      (input as HTMLInputElement).value = '03:00';
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    });
  }
  await expect(days.getByRole('checkbox', { name: 'Monday' })).toBeChecked();
  await expect(days.getByRole('checkbox', { name: 'Saturday' })).not.toBeChecked();

  await region.getByRole('textbox', { name: 'Your name' }).fill('Dana Rivera');
  const fresh = await context.newPage();
  await expect(async () => {
    const reloaded = await openPlanningPanel(fresh, week.url);
    await expect(reloaded.getByRole('textbox', { name: 'Your name' })).toHaveValue('Dana Rivera', { timeout: 1000 });
  }).toPass();
  const stored = planningPanel(fresh);
  await expect(stored.getByRole('checkbox', { name: 'Monday' })).toBeChecked();
  await expect(stored.getByRole('checkbox', { name: 'Saturday' })).not.toBeChecked();
  await expect(stored.getByLabel('Starts')).toHaveValue('07:30');
  await expect(stored.getByLabel('Ends')).toHaveValue('16:00');
});
