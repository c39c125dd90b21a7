import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { importBackup } from '../e2e/card-page';
import { expect, test } from '../e2e/harness';
import { expectFullPlan, LAB_REPORT_URL, openLessonCompact, panel } from '../e2e/lesson-plan-page';
import { openOptions } from '../e2e/options-page';
import { futureWeek, openPlanningPanel, planningPanel, setUpPartner } from '../e2e/planning-time-page';
import { openPopup, quickNote } from '../e2e/popup-page';
import { historyBackup, SCIENCE, teamUrl } from '../e2e/team-page';

// The store images (issue 16 item 1), made from the demo pages by the built extension, so they show Tandem as it is
// today: five 1280×800 screenshots of the real panels on the demo Classroom and Calendar pages (the size both stores
// take), and the Chrome Web Store's 440×280 tile, drawn from public/icon/tandem.svg. Written to
// <output dir>/store-images/ (git-ignored); `npm run store-images` builds first.

const OUT = join(process.env.TANDEM_OUT_DIR ?? '.output', 'store-images');
const SIZE = { width: 1280, height: 800 };

async function shoot(page: Page, name: string) {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.screenshot({ path: join(OUT, `${name}.png`) });
}

test('store images', async ({ context, extensionId }) => {
  test.setTimeout(300_000);
  await mkdir(OUT, { recursive: true });
  // A month of a co-teaching team's history (people, lessons, planning time, thank-yous), through the options page.
  const options = await openOptions(context, extensionId);
  await options.setViewportSize(SIZE);
  await importBackup(options, historyBackup());

  // 1. The compact plan beside a lesson: a model and an adult, two clicks each.
  const page = await context.newPage();
  await page.setViewportSize(SIZE);
  const region = await openLessonCompact(page, LAB_REPORT_URL);
  await region.getByRole('radio', { name: 'Station teaching' }).click();
  await region.getByRole('button', { name: 'Add an adult' }).click();
  await region
    .getByRole('menu', { name: 'Add an adult' })
    .getByRole('menuitem', { name: /^Add Marcus Lee as: Lead a station/ })
    .click();
  await expect(region.getByText('Saved')).toBeVisible();
  await shoot(page, '1-compact-plan');

  // 2. The full plan.
  await region.getByRole('button', { name: 'Open full plan' }).click();
  await expectFullPlan(panel(page));
  await shoot(page, '2-full-plan');

  // 3. Google Calendar: the times both adults are free, on Calendar's own grid.
  const week = await futureWeek(context);
  const calendar = await context.newPage();
  await calendar.setViewportSize(SIZE);
  await openPlanningPanel(calendar, week.url);
  await setUpPartner(calendar);
  // The offered times at the top of the panel, and the afternoon on Calendar's grid where they are drawn.
  await calendar.locator('body').click({ position: { x: 1200, y: 20 } });
  await planningPanel(calendar)
    .getByRole('button', { name: 'Block this time' })
    .first()
    .evaluate((button) => button.scrollIntoView({ block: 'center' }));
  await calendar
    .getByText('9 AM', { exact: true })
    .first()
    .evaluate((label) => label.scrollIntoView({ block: 'start' }));
  await shoot(calendar, '3-planning-time');

  // 4. The quick-note popup over the lesson, composed onto the lesson page as the browser shows it.
  const popup = await openPopup(context, extensionId);
  await quickNote(popup).fill('Group B needs the density table again; Marcus will bring the spare cylinders.');
  const popupImage = await popup.screenshot();
  const lessonImage = await page.screenshot();
  const composed = await context.newPage();
  await composed.setViewportSize(SIZE);
  await composed.setContent(
    `<body style="margin:0;position:relative;width:1280px;height:800px;overflow:hidden">
      <img src="data:image/png;base64,${lessonImage.toString('base64')}" style="position:absolute;inset:0;filter:brightness(.85)">
      <img src="data:image/png;base64,${popupImage.toString('base64')}" style="position:absolute;top:8px;right:16px;border-radius:8px;box-shadow:0 8px 32px rgba(0,0,0,.35)">
    </body>`,
  );
  await shoot(composed, '4-quick-note');

  // 5. How the team works over time.
  const team = await context.newPage();
  await team.setViewportSize(SIZE);
  await team.goto(teamUrl(extensionId, `?class=${SCIENCE.courseId}&month=2026-09`));
  await expect(team.getByRole('table').first()).toBeVisible();
  await shoot(team, '5-team');

  // The 440×280 tile: the icon, the name, what it is for.
  const icon = await readFile('public/icon/tandem.svg', 'utf8');
  const tile = await context.newPage();
  await tile.setViewportSize({ width: 440, height: 280 });
  await tile.setContent(
    `<body style="margin:0;width:440px;height:280px;display:flex;align-items:center;gap:24px;padding:0 32px;box-sizing:border-box;
        background:#0f4c4a;color:#fff;font-family:system-ui,sans-serif">
      <img alt="" style="width:112px;height:112px;flex:none" src="data:image/svg+xml;base64,${Buffer.from(icon).toString('base64')}">
      <div><div style="font-size:44px;font-weight:700">Tandem</div>
      <div style="font-size:19px;line-height:1.3;margin-top:6px;opacity:.92">Co-teaching plans in Google Classroom and Calendar</div></div>
    </body>`,
  );
  await shoot(tile, 'tile-440x280');
});
