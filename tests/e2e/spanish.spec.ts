import { expect, test } from './harness';
import { LAB_REPORT_URL, tandemUi } from './lesson-plan-page';

// A browser in Spanish gets Tandem in Spanish: Chromium picks public/_locales/es from its own language
// (`--lang`, set by the harness from Playwright's `locale`), with no setting in Tandem. One browser, every
// surface a teacher meets first: the manifest's name and description, the popup, the options page and the
// lesson panel in Classroom. That every string is translated is the unit test locale-parity's job.

test.use({ locale: 'es' });

/** What chrome.management offers the worker, typed here so the spec does not need the chrome typings. */
declare const chrome: { management: { getSelf: () => Promise<{ name: string; description: string }> } };

test('a browser in Spanish shows Tandem in Spanish: manifest, popup, options page and lesson panel', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  // The manifest's __MSG_…__ strings resolve from the Spanish messages (as the extensions page and stores show them).
  const self = await serviceWorker.evaluate(() => chrome.management.getSelf());
  expect(self.name).toBe('Tandem');
  expect(self.description).toMatch(/^Planes de co-enseñanza para Google Classroom/);

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByRole('textbox', { name: 'Nota rápida' })).toBeFocused();
  await expect(popup.getByRole('button', { name: 'Guardar nota' })).toBeVisible();
  await expect(popup.getByRole('radio', { name: 'Agradecimiento' })).toBeVisible();
  await expect(popup).toHaveTitle('Notas de Tandem');
  // Screen readers read the page with a Spanish voice (index.html says en).
  await expect(popup.locator('html')).toHaveAttribute('lang', 'es');

  await popup.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(popup).toHaveTitle('Opciones de Tandem');
  await expect(popup.getByRole('region', { name: 'Personas' })).toBeVisible();
  await expect(popup.getByRole('button', { name: 'Exportar copia de seguridad' })).toBeVisible();
  // Weekday names come from Intl in the browser's language, like every date and time Tandem shows.
  const you = popup.getByRole('region', { name: 'Tu nombre y jornada escolar' });
  await expect(
    you.getByRole('group', { name: 'Días de clase' }).getByRole('checkbox', { name: 'lunes' }),
  ).toBeChecked();
  await expect(popup.locator('html')).toHaveAttribute('lang', 'es');

  await popup.goto(LAB_REPORT_URL);
  const panel = tandemUi(popup).getByRole('region', { name: 'Plan de co-enseñanza de Tandem' });
  await expect(panel.getByRole('button', { name: 'Abrir plan completo' })).toBeVisible();
  await expect(panel.getByRole('radio', { name: 'Enseñanza por estaciones' })).toBeVisible();
  // The Classroom fixture is in English; the panel says it is not.
  await expect(popup.locator('[data-tandem-host="tandem-plan"]')).toHaveAttribute('lang', 'es');
});
