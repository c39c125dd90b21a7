import { LAB, MARCUS, ZOE } from './card-page';
import { expect, test } from './harness';
import { expectFullPlan, expectSaved, LAB_REPORT_URL, openLessonCompact, panel } from './lesson-plan-page';
import { openOptions, putRecords, tabTo } from './options-page';
import { axeInside } from './support/closed-roots';

// Issue 14, item 1: a first visit to a lesson shows the compact plan, the lesson's own title stays on the first
// screen, the model and an adult's role take at most two clicks each, and the full plan opens on demand
// (from the keyboard too), its open/closed state remembered.

/** Other lessons of the same class, so the quick models are this class's most used (Team twice). */
function classHistory() {
  const other = (itemId: string, model: 'team' | 'stations' | 'alternative') => ({
    ...LAB,
    id: `plan:${LAB.lesson.courseId}:${itemId}`,
    lesson: { ...LAB.lesson, itemId, title: `Lesson ${itemId}` },
    model,
    supports: [],
    stations: [],
    materials: [],
  });
  return [other('638600120001', 'team'), other('638600120002', 'team'), other('638600120003', 'alternative')];
}

test('the compact plan: lesson first, model and an adult in two clicks each, full plan on demand', async ({
  context,
  extensionId,
}) => {
  const options = await openOptions(context, extensionId);
  await putRecords(options, 'people', [MARCUS, ZOE]);
  await putRecords(options, 'plans', classHistory());
  await options.close();

  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  const region = await openLessonCompact(page, LAB_REPORT_URL);
  const models = region.getByRole('radiogroup', { name: 'Co-teaching model' });
  // The class's most used first (Team twice, Alternative once, then the vocabulary's order), the others one click on.
  const quick = ['Team teaching', 'Alternative teaching', 'Lead and roam'];
  await expect(models.getByRole('radio')).toHaveCount(quick.length);
  for (const [index, name] of quick.entries())
    await expect(models.getByRole('radio').nth(index)).toHaveAccessibleName(name);

  // The lesson comes first: the panel is at most about 200 px tall, Classroom's title within the first 768 px.
  const panelBox = await region.boundingBox();
  expect(panelBox?.height).toBeLessThanOrEqual(200);
  const title = page.getByRole('heading', { name: 'Lab Report: Density of Liquids', level: 1 });
  const titleBox = await title.boundingBox();
  expect((titleBox?.y ?? Number.POSITIVE_INFINITY) + (titleBox?.height ?? 0)).toBeLessThanOrEqual(768);
  // In the page flow, not over it: a click on the title lands on Classroom's title.
  const hit = await page.evaluate(
    ([x, y]) => document.elementFromPoint(x as number, y as number)?.textContent ?? '',
    [(titleBox?.x ?? 0) + 5, (titleBox?.y ?? 0) + (titleBox?.height ?? 0) / 2],
  );
  expect(hit).toContain('Lab Report: Density of Liquids');

  // A quick model: one click. Another one: two ("More models", then the model).
  await models.getByRole('radio', { name: 'Team teaching' }).click();
  await expect(models.getByRole('radio', { name: 'Team teaching' })).toBeChecked();
  await region.getByRole('button', { name: 'More models' }).click();
  await models.getByRole('radio', { name: 'Parallel teaching' }).click();
  await expect(models.getByRole('radio', { name: 'Parallel teaching' })).toBeChecked();

  // A known adult in a role: two clicks ("Add an adult", then the person's role).
  await region.getByRole('button', { name: 'Add an adult' }).click();
  const menu = region.getByRole('menu', { name: 'Add an adult' });
  await expect(menu.getByRole('group', { name: 'Zoe Park' })).toBeVisible();
  await menu.getByRole('menuitem', { name: 'Add Marcus Lee as: Lead a station' }).click();
  await expect(menu).toBeHidden();
  await expect(region.getByRole('combobox', { name: 'Role for Marcus Lee' })).toHaveValue('lead-station');
  await expect(region.getByText('Status: Draft')).toBeVisible();
  // Still compact with an adult, and the menu passes axe while open.
  expect((await region.boundingBox())?.height).toBeLessThanOrEqual(200);
  await region.getByRole('button', { name: 'Add an adult' }).click();
  await expect(menu.getByRole('menuitem').first()).toBeFocused();
  const results = await axeInside(page, '[data-tandem-host="tandem-plan"]');
  const serious = results.violations.filter((violation) => ['serious', 'critical'].includes(violation.impact ?? ''));
  expect(serious.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  // Escape closes the menu and gives focus back to its button; nothing was added on the way.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(region.getByRole('button', { name: 'Add an adult' })).toBeFocused();
  await expect(region.getByRole('combobox', { name: 'Role for Zoe Park' })).toHaveCount(0);
  await expectSaved(page);

  // Kept after a reload, and still compact (the teacher did not open the full plan).
  await page.reload();
  const after = panel(page);
  await expect(after.getByRole('radio', { name: 'Parallel teaching' })).toBeChecked();
  await expect(after.getByRole('combobox', { name: 'Role for Marcus Lee' })).toHaveValue('lead-station');
  await expect(after.getByRole('button', { name: 'Open full plan' })).toHaveAttribute('aria-expanded', 'false');

  // The full plan from the keyboard: Tab to "Open full plan", Enter.
  const openFull = after.getByRole('button', { name: 'Open full plan' });
  await tabTo(page, openFull);
  await page.keyboard.press('Enter');
  await expectFullPlan(after);
  await expect(after.getByRole('button', { name: 'Close full plan' })).toBeFocused();
  await expect(after.getByRole('radio', { name: 'Parallel teaching' })).toBeChecked();
  await expect(after.getByRole('button', { name: 'Remove Marcus Lee from this lesson' })).toBeVisible();

  // Remembered: the next lesson page opens with the full plan, until the teacher closes it.
  await page.reload();
  await expectFullPlan(panel(page));
  await panel(page).getByRole('button', { name: 'Close full plan' }).click();
  await expect(panel(page).getByRole('button', { name: 'Open full plan' })).toHaveAttribute('aria-expanded', 'false');
  await expect(panel(page).getByRole('heading', { name: 'Status', exact: true, level: 3 })).toBeHidden();
});
