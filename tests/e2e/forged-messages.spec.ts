import type { Page } from '@playwright/test';
import { expect, swapToFixture, test } from './harness';
import { badgeLinks, CLASSWORK_URL, expectSaved, LAB_REPORT_URL, panel } from './lesson-plan-page';
import { openFutureWeek, planningLauncher, planningPanel } from './planning-time-page';
import { classroomTabId, openPopup } from './popup-page';

// The Google page's own script (the main world, which page.evaluate is) forging what WXT's content-script
// context listens to: its "content script started" event, by which a newer copy of a script stops an
// older one (the event name carries the extension's id, which a page can learn), and location-change
// events (WXT's `wxt:locationchange` on window, the Navigation API's events on `navigation`). None may
// stop Tandem in the tab or make it throw.

/** WXT's content-script names: the entrypoints' folder names. */
type Script = 'classroom' | 'calendar';

async function forgeLocationChanges(page: Page, extensionId: string, script: Script): Promise<void> {
  await page.evaluate(
    ({ prefix }) => {
      // WXT's own event name, and the generic one, carrying nothing (the real one carries URL objects).
      window.dispatchEvent(new Event(`${prefix}:wxt:locationchange`));
      window.dispatchEvent(new CustomEvent(`${prefix}:wxt:locationchange`, { detail: { newUrl: 'javascript:1' } }));
      window.dispatchEvent(new CustomEvent('wxt:locationchange'));
      // The Navigation API's events, as a page script can dispatch them (no destination, no entry).
      const navigation = (window as unknown as { navigation: EventTarget }).navigation;
      for (const type of ['navigate', 'currententrychange', 'navigatesuccess', 'navigateerror']) {
        navigation.dispatchEvent(new Event(type));
      }
      window.dispatchEvent(new PopStateEvent('popstate'));
    },
    { prefix: `${extensionId}:${script}` },
  );
}

async function forgeScriptStarted(page: Page, extensionId: string, script: Script): Promise<void> {
  await page.evaluate(
    ({ type, script }) => {
      // Exactly what a newer copy of the script sends (wxt/utils/content-script-context), with an id of its own.
      const detail = { contentScriptName: script, messageId: 'forged-by-the-page' };
      document.dispatchEvent(new CustomEvent(type, { detail }));
      window.postMessage({ type, ...detail }, '*');
    },
    { type: `${extensionId}:${script}:wxt:content-script-started`, script },
  );
}

for (const forge of [
  { what: 'location-change events', run: forgeLocationChanges },
  { what: "WXT's 'script started' message", run: forgeScriptStarted },
]) {
  test(`Classroom: the page forging ${forge.what} neither stops Tandem nor makes it throw`, async ({
    context,
    extensionId,
    serviceWorker,
    extensionErrors,
  }) => {
    const page = await context.newPage();
    await page.goto(CLASSWORK_URL);
    const unplanned = badgeLinks(page, /^No plan yet/);
    await expect(unplanned).toHaveCount(8);

    await forge.run(page, extensionId, 'classroom');

    // The list's badges stay, and the next single-page move still gets the panel, which still saves.
    await expect(unplanned).toHaveCount(8);
    await swapToFixture(page, LAB_REPORT_URL);
    await panel(page).getByRole('radio', { name: 'Station teaching' }).check();
    await expectSaved(page);
    await page.goBack();
    await expect(page).toHaveURL(CLASSWORK_URL);
    await expect(badgeLinks(page, /^Tandem plan: Station teaching/)).toHaveCount(1);
    // The tab still answers Tandem's popup (that listener ends with WXT's context): the note links the
    // class by the name the page shows, not the tab's title the popup falls back to ("Classwork - …").
    const popup = await openPopup(context, extensionId, await classroomTabId(serviceWorker));
    await expect(popup.getByText('Linked to: Grade 7 Science', { exact: true })).toBeVisible();
    expect(extensionErrors).toEqual([]);
  });

  test(`Calendar: the page forging ${forge.what} neither stops Tandem nor makes it throw`, async ({
    context,
    extensionId,
    extensionErrors,
  }) => {
    const { page, launcher } = await openFutureWeek(context);
    await expect(launcher).toBeVisible();

    await forge.run(page, extensionId, 'calendar');

    // The launcher is still there and still opens the panel, which still saves (a partner is added).
    await planningLauncher(page).click();
    const region = planningPanel(page);
    await region.getByRole('textbox', { name: "New partner's name" }).fill('Marcus Lee');
    await region.getByRole('button', { name: 'Add partner' }).click();
    await expect(region.getByRole('combobox', { name: 'Partner' })).toHaveValue(/person:/);
    expect(extensionErrors).toEqual([]);
  });
}
