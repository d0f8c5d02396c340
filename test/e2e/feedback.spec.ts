import { expect, test } from '@playwright/test';
import { dialog, launcher, uniqueId } from './support/helpers';

async function fillForm(page: import('@playwright/test').Page, sub: string) {
  await page.goto(`/pages/plain.html?user=${sub}`);
  await launcher(page).click();
  await dialog(page).getByRole('button', { name: /Unterstützung zur Anwendung/ }).click();
  await dialog(page).getByLabel('Zusammenfassung').fill('Wartezimmer-Anzeige bleibt leer');
}

test('a portal that does not answer is not blamed on the user’s connection; the text is kept for Retry', async ({ page }) => {
  await fillForm(page, uniqueId('down'));
  await page.route('**/api/portal/v1/requests', (route) => route.abort('connectionrefused'));
  await dialog(page).getByRole('button', { name: 'Senden', exact: true }).click();
  const alert = dialog(page).locator('form [role="alert"]');
  await expect(alert).toContainText('Das Supportportal ist gerade nicht erreichbar', { timeout: 20_000 });
  await expect(alert).not.toContainText('Internetverbindung');
  await expect(alert).toContainText('Ihr Text ist gespeichert');
  await expect(alert).toContainText('„Erneut versuchen“');
  await expect(dialog(page).getByLabel('Zusammenfassung')).toHaveValue('Wartezimmer-Anzeige bleibt leer');
});

test('offline (as the browser says) is named as such, and the request goes out by itself once the device is back online', async ({ page, context }) => {
  await fillForm(page, uniqueId('offline'));
  await context.setOffline(true);
  await dialog(page).getByRole('button', { name: 'Senden', exact: true }).click();
  const alert = dialog(page).locator('form [role="alert"]');
  await expect(alert).toContainText('Ihr Gerät ist offline', { timeout: 20_000 });
  await expect(alert).toContainText('wird automatisch gesendet, sobald Ihr Gerät wieder online ist');
  await context.setOffline(false);
  await expect(dialog(page).locator('.request-key')).toHaveText(/^MED-\d+$/, { timeout: 20_000 });
});
