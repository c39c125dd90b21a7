import { readFile } from 'node:fs/promises';
import { expect, NEEDS_OWN_BROWSER, test } from './harness';
import { backup, openOptions, you } from './options-page';
import { futureWeek, openPlanningPanel } from './planning-time-page';
import { noteItem, openPopup, quickNote } from './popup-page';

// School-wide settings (issue 16 item 4). A real policy comes from the operating system (/etc/chromium/policies),
// which is machine-wide and would reach every test running beside this one, so the browser's managed storage is
// answered here instead: `chrome.storage.managed.get` in Tandem's pages and its service worker gives this policy,
// exactly as Chrome hands over one it read (utils/school-policy/read.ts reads it through that one call).

const POLICY = {
  schoolDay: { weekdays: [1, 2, 3, 4], start: '08:15', end: '15:05' },
  cardLanguages: ['es'],
  backupReminderDays: 30,
  initialsOnly: true,
  // Text, never HTML: the tags must show as typed. As long as a policy allows (1000 characters): the popup's quick
  // note must still be on its first screen.
  schoolMessage: `Back up <b>before</b> winter break. ${'Ask the library for help with Tandem. '.repeat(30)}`.slice(
    0,
    1000,
  ),
};

declare const chrome: { storage: { managed: object } };

function answerManagedStorage(policy: unknown) {
  const get = (_keys: unknown, callback?: (items: unknown) => void) => {
    const items = JSON.parse(JSON.stringify(policy));
    if (typeof callback === 'function') return void callback(items);
    return Promise.resolve(items);
  };
  Object.defineProperty(chrome.storage.managed, 'get', { value: get, configurable: true, writable: true });
}

test('a school policy is applied, shown as the school’s, enforced on notes and exported for the Admin console', async ({
  context,
  extensionId,
  serviceWorker,
  extensionErrors,
}) => {
  test.info().annotations.push({ type: NEEDS_OWN_BROWSER, description: 'changes the browser for good' });
  await context.addInitScript(answerManagedStorage, POLICY);
  await serviceWorker.evaluate(answerManagedStorage, POLICY);

  // Options: the message as text, the school day as the school's and not changeable.
  const options = await openOptions(context, extensionId);
  const message = options.getByRole('complementary', { name: 'From your school' });
  await expect(message).toContainText('Back up <b>before</b> winter break.');
  const schoolDay = you(options);
  await expect(schoolDay.getByText('Set by your school')).toBeVisible();
  await expect(schoolDay.getByRole('checkbox', { name: 'Monday' })).toBeChecked();
  await expect(schoolDay.getByRole('checkbox', { name: 'Monday' })).toBeDisabled();
  await expect(schoolDay.getByRole('checkbox', { name: 'Friday' })).not.toBeChecked();
  await expect(schoolDay.getByLabel('Starts')).toHaveValue('08:15');
  await expect(schoolDay.getByLabel('Ends')).toBeDisabled();
  // The teacher's own name stays theirs.
  await expect(schoolDay.getByRole('textbox', { name: 'Your name' })).toBeEditable();

  // The policy file for the Admin console carries the values in force.
  const downloading = options.waitForEvent('download');
  await backup(options).getByRole('button', { name: 'Download school policy file' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('tandem-school-policy.json');
  expect(JSON.parse(await readFile(await download.path(), 'utf8'))).toEqual({
    schoolDay: { Value: POLICY.schoolDay },
    cardLanguages: { Value: ['es'] },
    backupReminderDays: { Value: 30 },
    initialsOnly: { Value: true },
    schoolMessage: { Value: POLICY.schoolMessage },
  });

  // Popup: "initials only" stops a note that names a student; the note stays to be changed.
  const popup = await openPopup(context, extensionId);
  await expect(popup.getByRole('complementary', { name: 'From your school' })).toBeVisible();
  await expect(popup.getByRole('button', { name: 'Save note' })).toBeInViewport();
  await quickNote(popup).fill('Jayden Smith forgot his goggles again');
  await popup.getByRole('button', { name: 'Save note' }).click();
  await expect(popup.getByRole('alert')).toContainText('your school asks for initials only');
  await expect(quickNote(popup)).toHaveValue('Jayden Smith forgot his goggles again');
  await quickNote(popup).fill('J.S. forgot his goggles again');
  await popup.getByRole('button', { name: 'Save note' }).click();
  await expect(noteItem(popup, 'J.S. forgot his goggles again')).toBeVisible();
  await expect(noteItem(popup, 'Jayden Smith')).toHaveCount(0);

  // Calendar: the planning panel shows the school's day, not changeable (the background applies the policy).
  const week = await futureWeek(context);
  const calendar = await context.newPage();
  const panel = await openPlanningPanel(calendar, week.url);
  await expect(panel.getByText('Set by your school')).toBeVisible();
  await expect(panel.getByRole('checkbox', { name: 'Monday' })).toBeDisabled();
  await expect(panel.getByRole('checkbox', { name: 'Friday' })).not.toBeChecked();

  expect(extensionErrors).toEqual([]);
});
