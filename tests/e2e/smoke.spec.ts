import { fixtureRoutes } from '../fixtures/routes.mjs';
import { EXPECTS_ERRORS, expect, swapToFixture, test } from './harness';

// The harness itself: the built extension loads, fixtures are served at their real URLs under a strict
// CSP, and the single-page navigation helper swaps views the way Classroom does.

const CLASSWORK_URL = 'https://classroom.google.com/u/0/w/NjM4NTk1MjQ3MTQ3/t/all';
const ASSIGNMENT_URL = 'https://classroom.google.com/u/0/c/NjM4NTk1MjQ3MTQ3/a/NjM4NjAwMTIzNDU2/details';
const MATERIAL_URL = 'https://classroom.google.com/u/0/c/NjM4NTk1MjQ3MTQ3/m/NjM4NjAwMTIzNDU3/details';

test("the built extension's service worker starts, and its errors are collected", async ({
  serviceWorker,
  extensionId,
  extensionErrors,
}) => {
  test.info().annotations.push({ type: EXPECTS_ERRORS, description: 'throws in the worker on purpose' });
  expect(serviceWorker.url()).toBe(`chrome-extension://${extensionId}/background.js`);
  expect(extensionId).toMatch(/^[a-p]{32}$/);
  expect(extensionErrors).toEqual([]);
  await serviceWorker.evaluate(() => {
    setTimeout(() => {
      throw new Error('smoke: thrown in the worker');
    });
    void fetch('https://example.com/smoke').catch(() => undefined);
  });
  await expect
    .poll(() => [...extensionErrors].sort())
    .toEqual([
      expect.stringContaining('[network] refused a request to https://example.com/smoke'),
      expect.stringContaining('[service worker] console.error: Uncaught Error: smoke: thrown in the worker'),
    ]);
});

test('a fixture is served at its real URL with a CSP that requires Trusted Types', async ({
  context,
  openFixture,
  extensionErrors,
}) => {
  test.info().annotations.push({ type: EXPECTS_ERRORS, description: 'breaks the Trusted Types rule on purpose' });
  const page = await context.newPage();
  const response = await openFixture(page, CLASSWORK_URL);
  expect(response.headers()['content-security-policy']).toContain("require-trusted-types-for 'script'");
  expect(page.url()).toBe(CLASSWORK_URL);
  expect(
    await page.evaluate(() => document.querySelectorAll('li[data-stream-item-id][data-stream-item-type]').length),
  ).toBe(8);
  // The policy is enforced: a string reaching an HTML sink is refused.
  const refused = await page.evaluate(() => {
    try {
      document.body.insertAdjacentHTML('beforeend', '<p>not trusted</p>');
      return false;
    } catch (error) {
      return error instanceof TypeError;
    }
  });
  expect(refused).toBe(true);
  // Calendar is served too; paths no fixture models get a 404; every other host is refused.
  await openFixture(page, 'https://calendar.google.com/calendar/u/0/r/week/2025/9/15');
  await expect(page.locator('body[data-viewkey="WEEK"]')).toHaveCount(1);
  expect((await page.goto('https://classroom.google.com/u/0/no-such-page'))?.status()).toBe(404);
  await expect(page.goto('https://example.com/')).rejects.toThrow(/ERR_BLOCKED_BY_CLIENT/);
  // The Trusted Types refusal is reported (as if Tandem had caused it); nothing else went wrong.
  expect(extensionErrors).toEqual([expect.stringContaining("requires 'TrustedHTML' assignment")]);
});

test('every fixture loads at its real URL under the CSP, with no error from Tandem', async ({
  context,
  openFixture,
  extensionErrors,
}) => {
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${page.url()}: ${message.text()}`);
  });
  for (const route of fixtureRoutes) {
    await openFixture(page, route.url);
    await expect(page.locator('[role="main"]').first()).toBeAttached();
  }
  expect(consoleErrors).toEqual([]);
  expect(extensionErrors).toEqual([]);
});

test('swapToFixture changes the URL and the view without reloading, and Back restores the previous view', async ({
  context,
  openFixture,
}) => {
  const page = await context.newPage();
  await openFixture(page, ASSIGNMENT_URL);
  await expect(page.locator('[role="main"] h1')).toHaveText('Lab Report: Density of Liquids');
  await page.evaluate(() => {
    (window as unknown as { notReloaded: boolean }).notReloaded = true;
  });

  await swapToFixture(page, MATERIAL_URL);
  expect(await page.evaluate(() => location.pathname)).toBe(new URL(MATERIAL_URL).pathname);
  await expect(page.locator('[role="main"] h1')).toHaveText('Density Notes (slides)');
  await expect(page).toHaveTitle('Density Notes (slides)');
  // The material page has no stale hidden view, so the assignment's is gone too.
  await expect(page.locator('[data-stream-item-id="638600123458"]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);

  await page.goBack();
  await expect(page).toHaveURL(ASSIGNMENT_URL);
  await expect(page.locator('[role="main"] h1')).toHaveText('Lab Report: Density of Liquids');
  await expect(page.locator('[data-stream-item-id="638600123458"] h1')).toBeHidden();
  await page.goForward();
  await expect(page).toHaveURL(MATERIAL_URL);
  await expect(page.locator('[role="main"] h1')).toHaveText('Density Notes (slides)');
  expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
});
