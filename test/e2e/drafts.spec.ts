import { expect, test, type Page } from '@playwright/test';
import { dialog, launcher, uniqueId } from './support/helpers';

const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

async function paste(page: Page, name: string) {
  await dialog(page).getByLabel('Beschreibung').evaluate((el, [file, b64]) => {
    const dt = new DataTransfer();
    dt.items.add(new File([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], file, { type: 'image/png' }));
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, composed: true, cancelable: true }));
  }, [name, PNG] as const);
}

test('a draft comes back after a reload with its uploaded attachment, and home offers "Entwurf fortsetzen"', async ({ page }) => {
  await page.goto(`/pages/plain.html?user=${uniqueId('draft-file')}`);
  await launcher(page).click();
  await expect(dialog(page).getByRole('button', { name: /Entwurf fortsetzen/ })).toHaveCount(0);
  await dialog(page).getByRole('button', { name: /Fehler melden/ }).click();
  await dialog(page).getByLabel('Zusammenfassung').fill('Druckvorschau bleibt grau');
  await paste(page, 'vorschau.png');
  await expect(dialog(page).locator('.file.done')).toContainText('vorschau.png');
  await page.waitForTimeout(600);

  await page.reload();
  await launcher(page).click();
  const resume = dialog(page).getByRole('button', { name: 'Entwurf fortsetzen: Fehler melden' });
  await expect(resume).toBeVisible();
  await resume.click();
  await expect(dialog(page).getByLabel('Zusammenfassung')).toHaveValue('Druckvorschau bleibt grau');
  await expect(dialog(page).locator('.file.done')).toContainText('vorschau.png');

  // Sent: the portal has the file and the request carries it; home has no draft to offer any more.
  await dialog(page).getByRole('button', { name: 'Senden', exact: true }).click();
  await expect(dialog(page).locator('.request-key')).toHaveText(/^MED-\d+$/);
  await dialog(page).getByRole('button', { name: 'Zur Startseite' }).click();
  await expect(dialog(page).getByRole('button', { name: /Entwurf fortsetzen/ })).toHaveCount(0);
});

test('an attachment the portal has expired is named, taken off the list, and the rest of the draft stays', async ({ page }) => {
  await page.goto(`/pages/plain.html?user=${uniqueId('draft-expired')}`);
  await launcher(page).click();
  await dialog(page).getByRole('button', { name: /Fehler melden/ }).click();
  await dialog(page).getByLabel('Zusammenfassung').fill('Scanner liefert leere Seiten');
  await paste(page, 'scan.png');
  await expect(dialog(page).locator('.file.done')).toContainText('scan.png');
  await page.route('**/api/portal/v1/requests', (route) =>
    route.fulfill({
      status: 422,
      contentType: 'application/problem+json',
      body: JSON.stringify({ type: 'about:blank', title: 'Unprocessable', status: 422, errors: [{ field: 'attachments[0]', message: 'is unknown, expired, not yours or already used' }] }),
    }),
  );
  await dialog(page).getByRole('button', { name: 'Senden', exact: true }).click();
  await expect(dialog(page).locator('.refused[role="alert"]')).toContainText('„scan.png“ liegt beim Supportportal nicht mehr vor');
  await expect(dialog(page).locator('.file')).toHaveCount(0);
  await expect(dialog(page).getByLabel('Zusammenfassung')).toHaveValue('Scanner liefert leere Seiten');
});
