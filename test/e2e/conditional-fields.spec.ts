import { expect, test, type Page } from '@playwright/test';
import { dialog, launcher, uniqueId } from './support/helpers';

async function openForm(page: Page, category: RegExp) {
  await page.goto(`/pages/plain.html?user=${uniqueId('cond')}`);
  await launcher(page).click();
  await dialog(page).getByRole('button', { name: category }).click();
  await expect(dialog(page).getByLabel('Zusammenfassung')).toBeVisible();
}

/** Catches the fields of the next POST /requests as the widget sends them (read on the way, then passed on). */
async function catchSend(page: Page): Promise<{ fields: Promise<Record<string, string>> }> {
  let caught: (fields: Record<string, string>) => void = () => undefined;
  const fields = new Promise<Record<string, string>>((resolve) => (caught = resolve));
  await page.route('**/requests', async (route) => {
    if (route.request().method() === 'POST') caught((JSON.parse(route.request().postDataBuffer()!.toString('utf8')) as { fields: Record<string, string> }).fields);
    await route.continue();
  });
  return { fields };
}

test('a call back asks for the phone number, requires it, and a hidden phone number is not sent', async ({ page }) => {
  await openForm(page, /Unterstützung zur Anwendung/);
  const form = dialog(page);
  const phone = form.getByLabel(/Telefonnummer für Rückruf/);
  await expect(phone).toHaveCount(0);
  await form.getByLabel('Zusammenfassung').fill('Bitte um Rückruf zur Terminplanung');

  await form.getByLabel('Bevorzugter Kontakt').selectOption('phone');
  await expect(phone).toBeVisible();
  await expect(form.locator('label[for="ms-f-phone"] .required')).toHaveCount(1);
  let posted = false;
  page.on('request', (r) => void (r.method() === 'POST' && /\/requests$/.test(r.url()) && (posted = true)));
  await form.getByRole('button', { name: 'Senden', exact: true }).click();
  await expect(phone).toHaveAttribute('aria-invalid', 'true');
  await expect(phone).toBeFocused();
  expect(posted).toBe(false);

  // The number typed, then the answer changed after all: the field goes, and so does its value.
  await phone.fill('030 1234567');
  await form.getByLabel('Bevorzugter Kontakt').selectOption('portal');
  await expect(phone).toHaveCount(0);
  const sent = await catchSend(page);
  await form.getByRole('button', { name: 'Senden', exact: true }).click();
  expect(await sent.fields).toEqual({ summary: 'Bitte um Rückruf zur Terminplanung', contactPreference: 'portal' });
  await expect(form.locator('.request-key')).toHaveText(/^MED-\d+$/);
});

test('billing shows the invoice number only for an invoice and the licence count only for licences; the customer number always', async ({ page }) => {
  await openForm(page, /Lizenzierung und Rechnungen/);
  const form = dialog(page);
  const invoice = form.getByLabel('Rechnungsnummer');
  const count = form.getByLabel(/Gewünschte zusätzliche Behandler-Lizenzen/);
  await expect(invoice).toHaveCount(0);
  await expect(count).toHaveCount(0);
  await expect(form.getByLabel('Kundennummer')).toBeVisible();

  await form.getByLabel('Thema').selectOption('invoice');
  await expect(invoice).toBeVisible();
  await expect(count).toHaveCount(0);
  await invoice.fill('R-2026-117');

  await form.getByLabel('Thema').selectOption('licences');
  await expect(invoice).toHaveCount(0);
  await expect(count).toBeVisible();
  await form.getByLabel('Zusammenfassung').fill('Zwei weitere Lizenzen');
  await form.getByRole('button', { name: 'Senden', exact: true }).click();
  await expect(count).toHaveAttribute('aria-invalid', 'true');
  await count.fill('2');
  const sent = await catchSend(page);
  await form.getByRole('button', { name: 'Senden', exact: true }).click();
  expect(await sent.fields).toEqual({ summary: 'Zwei weitere Lizenzen', topic: 'licences', licencesWanted: '2' });
  await expect(form.locator('.request-key')).toHaveText(/^MED-\d+$/);
});
