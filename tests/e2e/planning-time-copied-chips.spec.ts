import { addChips } from '../fixtures/calendar-week.mjs';
import { expect, test } from './harness';
import {
  BLOCK_TITLE,
  blockAndCloseEditor,
  blockBadges,
  futureWeek,
  openPlanningPanel,
  planningPanel,
  setUpPartner,
} from './planning-time-page';

// Calendar's own code sometimes copies a chip's markup instead of moving the chip: it sets the chip's
// innerHTML to itself, or replaces the chip with a clone. The copy of Tandem's badge host has the same
// attributes but no shadow root, so nothing in it: the badge must come back, with its words.

test('the badge on a recorded block comes back when Calendar copies or clones the chip', async ({
  context,
  extensionErrors,
}) => {
  const week = await futureWeek(context);
  const page = await context.newPage();
  await openPlanningPanel(page, week.url);
  await setUpPartner(page);
  await blockAndCloseEditor(page);
  await expect(planningPanel(page).getByRole('status').filter({ hasText: "Calendar's editor opened" })).toBeVisible();
  // The teacher saved it in Calendar: the week now shows the block.
  week.serve(addChips(week.html, [{ date: week.tuesday, start: 13 * 60, end: 13 * 60 + 45, title: BLOCK_TITLE }]));
  await page.reload();
  const badge = blockBadges(page);
  await expect(badge).toHaveCount(1);
  await expect(badge).toHaveText('Tandem');

  // Calendar's script (the page's main world) rewrites the chip's markup in place (innerHTML = innerHTML)…
  await page.evaluate(() => {
    const chip = document.querySelector('tandem-block-badge')?.parentElement;
    if (!chip) throw new Error('no badged chip');
    // Calendar's own Trusted Types policy, as the served page requires one for innerHTML.
    const policy = (
      window as unknown as {
        trustedTypes: { createPolicy(name: string, rules: { createHTML(input: string): string }): unknown };
      }
    ).trustedTypes.createPolicy('tandem-test', { createHTML: (input: string) => input }) as {
      createHTML(input: string): string;
    };
    chip.innerHTML = policy.createHTML(chip.innerHTML);
  });
  await expect(badge).toHaveCount(1);
  await expect(badge).toHaveText('Tandem');
  await expect(badge).toHaveAccessibleName(`Tandem planning block: ${BLOCK_TITLE}. Show its agenda`);

  // …and replaces the chip with a deep clone of itself.
  await page.evaluate(() => {
    const chip = document.querySelector('tandem-block-badge')?.parentElement;
    if (!chip) throw new Error('no badged chip');
    chip.replaceWith(chip.cloneNode(true));
  });
  await expect(badge).toHaveCount(1);
  await expect(badge).toHaveText('Tandem');
  await expect(page.locator('tandem-block-badge')).toHaveCount(1);

  // The badge that came back still works: it opens the block's agenda.
  await badge.click();
  await expect(planningPanel(page).getByRole('heading', { name: /^Agenda: Co-planning/ })).toBeVisible();
  expect(extensionErrors).toEqual([]);
});
