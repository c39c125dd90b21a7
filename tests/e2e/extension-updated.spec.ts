import { openFutureWeek, planningLauncher, planningPanel, tandemUi } from './calendar-page';
import { expect, test } from './harness';
import { expectSaved, openLesson } from './panel-page';

test('after the extension is updated under an open tab, the old panel says to reload; saved work is kept', async ({
  context,
  updateExtension,
}) => {
  const page = await context.newPage();
  const region = await openLesson(page);
  await region.getByRole('radio', { name: 'Parallel teaching' }).check();
  await expectSaved(page);

  // What Chrome does on an update: the extension restarts; the tab's old content script is orphaned.
  await updateExtension();

  await region.getByRole('radio', { name: 'Team teaching' }).check();
  await expect(region.getByRole('alert')).toHaveText(/Tandem was updated — reload this tab/);
  // The form stays on screen (nothing typed disappears) but says it cannot save.
  await expect(region.getByRole('radio', { name: 'Team teaching' })).toBeChecked();

  await page.reload();
  const fresh = await openLesson(page);
  await expect(fresh.getByRole('radio', { name: 'Parallel teaching' })).toBeChecked();
  await expect(fresh.getByRole('alert')).toHaveCount(0);
});

test('after an update, the Calendar launcher of a panel never opened says to reload instead of doing nothing', async ({
  context,
  updateExtension,
}) => {
  const { page, launcher } = await openFutureWeek(context);
  await expect(launcher).toBeVisible();

  // The panel's code is loaded on first open; after an update this old tab can no longer load it.
  await updateExtension();
  await launcher.click();
  await expect(tandemUi(page).getByRole('status').filter({ hasText: 'Tandem was updated' })).toHaveText(
    /Tandem was updated — reload this tab/,
  );
  await expect(launcher).toHaveAttribute('aria-expanded', 'false');

  await page.reload();
  await planningLauncher(page).click();
  await expect(planningPanel(page)).toBeVisible();
});

test('after an update, an open Calendar panel says to reload in words (its own strings were kept)', async ({
  context,
  updateExtension,
}) => {
  const { page, launcher } = await openFutureWeek(context);
  await launcher.click();
  const region = planningPanel(page);
  await expect(region).toBeVisible();

  await updateExtension();
  // Adding a partner asks the background, which is gone: the panel says so. Its chunk has its own copy
  // of the string cache, so this must be the words, not the key "extensionUpdated".
  await region.getByRole('textbox', { name: "New partner's name" }).fill('Marcus Lee');
  await region.getByRole('button', { name: 'Add partner' }).click();
  await expect(region.getByRole('alert')).toHaveText(/Tandem was updated — reload this tab/);
  await expect(region.getByRole('button', { name: 'Close Tandem planning time' })).toBeVisible();
});
