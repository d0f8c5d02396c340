import { expect, test, type Page } from '@playwright/test';
import type { RequestSummary } from '../../src/api/contract';
import { HOST_PORT } from './support/ports';

/** The demo runs as the config's second web server (port as in playwright.config.ts), with a throw-away database. */
const DEMO = `http://127.0.0.1:${Number(process.env.DEMO_E2E_PORT) || HOST_PORT + 1026}`;

const dialog = (page: Page) => page.locator('med-support [role="dialog"]');

test('demo: the Hilfe button resumes a half-filled form despite unread replies; with nothing to resume it shows the list', async ({ page }) => {
  const { token } = (await (await page.request.get(`${DEMO}/demo/token?user=u-see-jonas`)).json()) as { token: string };
  const made = await page.request.post(`${DEMO}/api/portal/v1/requests`, {
    headers: { authorization: `Bearer ${token}`, 'idempotency-key': `demo-help-${Date.now()}` },
    data: { requestTypeId: 'rt-support', fields: { summary: 'Rechnungsvorlage anpassen' } },
  });
  const { key } = (await made.json()) as RequestSummary;
  // Support activity counts as new from the user's first read-marks check on: the reply must come after it.
  const firstCheck = page.waitForResponse((response) => response.url().endsWith('/me/reads') && response.ok());
  await page.goto(`${DEMO}/?demoUser=u-see-jonas#/abrechnung`);
  await firstCheck;

  await page.locator('#help-button').click();
  await dialog(page).getByRole('button', { name: /^Fehler melden/ }).click();
  await dialog(page).getByLabel('Zusammenfassung').fill('Halb ausgefüllt');
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();

  const reply = await page.request.post(`${DEMO}/demo/agent/requests/${key}/comments`, { data: { body: 'Die Vorlage finden Sie unter Abrechnung › Vorlagen.' } });
  expect(reply.ok()).toBe(true);
  // The widget polls every 10 s in the demo.
  await expect(page.locator('#help-badge')).toBeVisible({ timeout: 20_000 });

  await page.locator('#help-button').click();
  await expect(dialog(page).getByLabel('Zusammenfassung')).toHaveValue('Halb ausgefüllt');
  await expect(dialog(page).getByRole('heading', { name: 'Meine Anfragen' })).toHaveCount(0);

  // A new page: the panel holds nothing to resume, so the unread reply is what there is to look at.
  await page.reload();
  await expect(page.locator('#help-badge')).toBeVisible({ timeout: 20_000 });
  await page.locator('#help-button').click();
  await expect(dialog(page).getByRole('heading', { name: 'Meine Anfragen' })).toBeVisible();
});

test('demo: the profile links to the app’s account page for the password and says a new sign-in follows', async ({ page }) => {
  await page.goto(`${DEMO}/?demoUser=u-berger-anna`);
  await page.locator('#help-button').click();
  await dialog(page).getByRole('button', { name: 'Profil' }).click();
  await expect(dialog(page).getByText(/nach einer Passwortänderung müssen Sie sich neu einloggen/)).toBeVisible();
  const link = dialog(page).getByRole('link', { name: 'Zum Benutzerkonto' });
  await expect(link).toHaveAttribute('href', '/#/einstellungen/konto');

  const [account] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
  await expect(account.getByRole('heading', { name: 'Mein Konto' })).toBeVisible();
  await expect(account.getByLabel('Neues Passwort')).toBeVisible();
});
