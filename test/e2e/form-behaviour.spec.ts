import { expect, test, type Page } from '@playwright/test';
import { dialog, launcher, uniqueId } from './support/helpers';

async function openForm(page: Page, sub: string, category: RegExp) {
  await page.goto(`/pages/plain.html?user=${sub}`);
  await launcher(page).click();
  await dialog(page).getByRole('button', { name: category }).click();
  await expect(dialog(page).getByLabel('Zusammenfassung')).toBeVisible();
}

test('a validation error goes as soon as the field is valid, and comes back only on the next send', async ({ page }) => {
  await openForm(page, uniqueId('valid'), /Unterstützung zur Anwendung/);
  const summary = dialog(page).getByLabel('Zusammenfassung');
  await dialog(page).getByRole('button', { name: 'Senden', exact: true }).click();
  await expect(summary).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog(page).getByText('Bitte füllen Sie „Zusammenfassung“ aus.')).toBeVisible();
  await summary.pressSequentially('Dru');
  await expect(summary).not.toHaveAttribute('aria-invalid');
  await expect(dialog(page).getByText('Bitte füllen Sie „Zusammenfassung“ aus.')).toHaveCount(0);
  await expect(dialog(page).locator('.field.invalid').filter({ has: summary })).toHaveCount(0);
  // Emptied again: no scolding while typing; the next send says it again.
  await summary.fill('');
  await expect(summary).not.toHaveAttribute('aria-invalid');
  await dialog(page).getByRole('button', { name: 'Senden', exact: true }).click();
  await expect(summary).toHaveAttribute('aria-invalid', 'true');
});

test('the summary\'s word still being typed is completed: "Kundendien" suggests the article on reaching support', async ({ page }) => {
  await openForm(page, uniqueId('typing'), /Unterstützung zur Anwendung/);
  await dialog(page).getByLabel('Zusammenfassung').pressSequentially('Kundendien');
  await expect(dialog(page).locator('.suggestions .article-link').first()).toHaveText(/Supportanfrage stellen/);
});

test('Enter in the summary moves on instead of sending; Ctrl+Enter sends from anywhere in the form, as the button says', async ({ page }) => {
  const sub = uniqueId('enter');
  await openForm(page, sub, /Unterstützung zur Anwendung/);
  let posts = 0;
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().endsWith('/requests')) posts++;
  });
  const summary = dialog(page).getByLabel('Zusammenfassung');
  await summary.fill('Kalender zeigt falsche Woche');
  await summary.press('Enter');
  await expect(summary).not.toBeFocused();
  await expect(dialog(page).getByLabel('Beschreibung')).toBeFocused();
  await page.waitForTimeout(300);
  expect(posts).toBe(0);
  await expect(dialog(page).locator('.request-key')).toHaveCount(0);
  await expect(dialog(page).getByRole('button', { name: 'Senden', exact: true })).toHaveAccessibleDescription(/Strg\+Eingabe/);
  await dialog(page).getByLabel('Beschreibung').fill('Seit heute früh.');
  await page.keyboard.press('Control+Enter');
  await expect(dialog(page).locator('.request-key')).toHaveText(/^MED-\d+$/);
  expect(posts).toBe(1);
});

test('open("new", { category, fields }) fills any field of the type by id; unknown ids and unfit values are reported once', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text());
  });
  await page.goto(`/pages/plain.html?user=${uniqueId('prefill')}`);
  await expect(launcher(page)).toBeVisible();
  const open = () =>
    page.evaluate(() =>
      (window as unknown as { MedSupport: { open(v: string, a: unknown): void } }).MedSupport.open('new', {
        category: 'billing',
        summary: 'Zwei weitere Lizenzen',
        fields: { topic: 'licences', licencesWanted: 2, customerNumber: 'K-10382', kundennr: 'K-1', invoiceNumber: 42, topicX: 'x' },
      }),
    );
  await open();
  await expect(dialog(page).getByLabel('Thema')).toHaveValue('licences');
  await expect(dialog(page).getByLabel('Gewünschte zusätzliche Behandler-Lizenzen')).toHaveValue('2');
  await expect(dialog(page).getByLabel('Kundennummer')).toHaveValue('K-10382');
  // Prefilled, but an invoice number only applies to the topic "invoice": hidden, and not sent.
  await expect(dialog(page).getByLabel('Rechnungsnummer')).toHaveCount(0);
  await expect(dialog(page).getByLabel('Zusammenfassung')).toHaveValue('Zwei weitere Lizenzen');
  await open();
  await expect(dialog(page).getByLabel('Thema')).toHaveValue('licences');
  const reports = warnings.filter((w) => w.includes('open("new", { fields })'));
  expect(reports).toHaveLength(1);
  expect(reports[0]).toContain('kundennr');
  expect(reports[0]).toContain('topicX');
  expect(reports[0]).not.toContain('customerNumber (');
});

for (const [width, height] of [
  [1280, 680],
  [390, 500],
] as const) {
  test(`while typing the summary at ${width}×${height}, the best suggestion is in view without scrolling`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await openForm(page, uniqueId('inview'), /Unterstützung zur Anwendung/);
    const summary = dialog(page).getByLabel('Zusammenfassung');
    await summary.click();
    await summary.pressSequentially('Rechnung drucken');
    const best = dialog(page).locator('.suggestions .article-link').first();
    await expect(best).toBeAttached();
    await expect(summary).toBeFocused();
    await expect(best).toBeInViewport();
    const [bodyBox, bestBox] = [(await dialog(page).locator('section.body:not([hidden])').boundingBox())!, (await best.boundingBox())!];
    expect(bestBox.y + bestBox.height).toBeLessThanOrEqual(bodyBox.y + bodyBox.height);
    // Typing on in the description brings them under it.
    await dialog(page).getByLabel('Beschreibung').click();
    await dialog(page).getByLabel('Beschreibung').pressSequentially('kein Druckdialog');
    await expect(dialog(page).locator('.field:has(#ms-f-description) + p + .suggestions, .field:has(#ms-f-description) ~ .suggestions')).toHaveCount(1);
  });
}

test('a multiselect is a group of checkboxes: ticked with the keyboard, kept across a reload, sent as a list, shown on the request', async ({ page }) => {
  await openForm(page, uniqueId('boxes'), /Fehler melden/);
  await dialog(page).getByLabel('Zusammenfassung').fill('Termine lassen sich nicht verschieben');
  const devices = dialog(page).getByRole('group', { name: 'Auf welchen Geräten tritt es auf?' });
  await expect(devices.getByRole('checkbox')).toHaveCount(3);
  await devices.getByRole('checkbox', { name: 'Tablet' }).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await expect(devices.getByRole('checkbox', { name: 'Smartphone' })).toBeFocused();
  await page.keyboard.press('Space');
  await page.waitForTimeout(600);

  await page.reload();
  await launcher(page).click();
  await dialog(page).getByRole('button', { name: 'Entwurf fortsetzen: Fehler melden' }).click();
  await expect(devices.getByRole('checkbox', { name: 'Tablet' })).toBeChecked();
  await expect(devices.getByRole('checkbox', { name: 'Smartphone' })).toBeChecked();
  await expect(devices.getByRole('checkbox', { name: 'PC oder Laptop' })).not.toBeChecked();

  let sent: unknown;
  await page.route('**/api/portal/v1/requests', async (route) => {
    if (route.request().method() === 'POST') sent = (route.request().postDataJSON() as { fields: Record<string, unknown> }).fields['devices'];
    await route.continue();
  });
  await dialog(page).getByRole('button', { name: 'Senden', exact: true }).click();
  await expect(dialog(page).locator('.request-key')).toHaveText(/^MED-\d+$/);
  expect(sent).toEqual(['tablet', 'phone']);
  await dialog(page).getByRole('button', { name: 'Anfrage ansehen' }).click();
  await expect(dialog(page).locator('.request-fields')).toContainText('Tablet, Smartphone');
});
