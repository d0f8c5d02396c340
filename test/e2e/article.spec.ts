import { expect, test, type Page } from '@playwright/test';
import { dialog, launcher, suggestionsShown, uniqueId } from './support/helpers';

async function openForm(page: Page) {
  await page.goto(`/pages/plain.html?user=${uniqueId('article')}`);
  await launcher(page).click();
  await dialog(page).getByRole('button', { name: /Unterstützung zur Anwendung/ }).click();
  await expect(dialog(page).getByLabel('Zusammenfassung')).toBeVisible();
}

test('an article opened from the form offers "Nicht gelöst – weiter mit meiner Anfrage" back to the form with everything kept; its title is the largest heading, levels in order', async ({ page }) => {
  await openForm(page);
  await dialog(page).getByLabel('Zusammenfassung').fill('Rechnung drucken geht nicht');
  await dialog(page).getByLabel('Beschreibung').fill('Es erscheint kein Druckdialog.');
  const form = dialog(page).locator('form.request-form');
  await suggestionsShown(form);
  await form.locator('.suggestions .article-link').first().click();
  const article = dialog(page).locator('section.body:not([hidden]) article.article');
  await expect(article.locator('h3')).toBeVisible();
  const levels = await dialog(page).evaluate((el) => [...el.querySelectorAll('section.body:not([hidden]) h1, section.body:not([hidden]) h2, section.body:not([hidden]) h3, section.body:not([hidden]) h4, section.body:not([hidden]) h5, section.body:not([hidden]) h6')].map((h) => [Number(h.tagName[1]), parseFloat(getComputedStyle(h).fontSize)]));
  expect(levels[0]![0]).toBe(3);
  for (let i = 1; i < levels.length; i++) {
    expect(levels[i]![0]).toBeGreaterThan(3);
    expect(levels[i]![0] - levels[i - 1]![0]).toBeLessThanOrEqual(1);
    expect(levels[i]![1]).toBeLessThan(levels[0]![1]);
  }
  await expect(article.getByRole('button', { name: 'Das hat mein Problem gelöst' })).toBeVisible();
  await article.getByRole('button', { name: 'Nicht gelöst – weiter mit meiner Anfrage' }).click();
  await expect(dialog(page).getByRole('heading', { level: 2 })).toHaveText('Neue Anfrage');
  await expect(dialog(page).getByLabel('Zusammenfassung')).toHaveValue('Rechnung drucken geht nicht');
  await expect(dialog(page).getByLabel('Beschreibung')).toHaveValue('Es erscheint kein Druckdialog.');
});

test('a cross-reference between articles opens the other article inside the widget; links elsewhere open a new tab', async ({ page, context }) => {
  await page.goto(`/pages/plain.html?user=${uniqueId('xref')}`);
  await launcher(page).click();
  await dialog(page).getByLabel('In der Hilfe suchen').fill('Querverweisprobe');
  await dialog(page).locator('.article-link', { hasText: 'Querverweisprobe Drucken' }).click();
  const body = dialog(page).locator('section.body:not([hidden]) .article-body');
  await expect(body.getByRole('link', { name: 'Chrome' })).toHaveAttribute('target', '_blank');
  let pages = 0;
  context.on('page', () => pages++);
  await body.getByRole('link', { name: 'Drucker einrichten' }).click();
  await expect(dialog(page).locator('section.body:not([hidden]) h3')).toContainText('Drucker');
  await expect(dialog(page).locator('section.body:not([hidden]) h3')).not.toContainText('Querverweisprobe');
  expect(pages).toBe(0);
  await dialog(page).getByRole('button', { name: 'Zurück' }).click();
  await expect(dialog(page).locator('section.body:not([hidden]) h3')).toHaveText('Querverweisprobe Drucken');
});

test('an image in an article is its alt text, marked as a picture in the panel\'s language; the widget loads no image', async ({ page }) => {
  const loaded: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('images.invalid')) loaded.push(request.url());
  });
  await page.goto(`/pages/plain.html?user=${uniqueId('image')}`);
  await launcher(page).click();
  await dialog(page).getByLabel('In der Hilfe suchen').fill('Bildprobe');
  await dialog(page).locator('.article-link', { hasText: 'Bildprobe Screenshot' }).click();
  const body = dialog(page).locator('section.body:not([hidden]) .article-body');
  await expect(body).toHaveText('Öffnen Sie die Einstellungen: [Bild: Menü Einstellungen › Drucker] Fertig.');
  await expect(body.locator('img')).toHaveCount(0);
  await page.evaluate(() => (window as unknown as { MedSupport: { setLocale(l: string): void } }).MedSupport.setLocale('en'));
  await expect(body).toHaveText('Öffnen Sie die Einstellungen: [Image: Menü Einstellungen › Drucker] Fertig.');
  expect(loaded).toEqual([]);
});

test('translations of one article (same id) are one article: the user sees the version in their language, another only when theirs is missing', async ({ page }) => {
  await page.goto(`/pages/plain.html?user=${uniqueId('twins')}`);
  await launcher(page).click();
  const search = dialog(page).locator('#ms-home-search');
  const hits = dialog(page).locator('.home-search .article-link .article-title');
  await search.fill('Zwillingsprobe');
  await expect(hits).toHaveText(['Zwillingsprobe Passwort (Deutsch)']);
  await page.evaluate(() => (window as unknown as { MedSupport: { setLocale(l: string): void } }).MedSupport.setLocale('en'));
  await search.fill('Zwillingsprobe ');
  await expect(hits).toHaveText(['Zwillingsprobe password (English)']);
  await hits.first().click();
  await expect(dialog(page).locator('section.body:not([hidden]) .article-body')).toContainText('English version.');
  await dialog(page).getByRole('button', { name: 'Back' }).click();
  // Only in German: shown to an English user as well.
  await search.fill('Querverweisprobe');
  await expect(hits).toHaveText(['Querverweisprobe Drucken']);
});

test('an article only in German, in an English panel, is marked as German (language of parts) in the hits and when read', async ({ page }) => {
  await page.goto(`/pages/plain.html?user=${uniqueId('lang-parts')}`);
  await launcher(page).click();
  await page.evaluate(() => (window as unknown as { MedSupport: { setLocale(l: string): void } }).MedSupport.setLocale('en'));
  const search = dialog(page).locator('#ms-home-search');
  await expect(dialog(page).getByLabel('Search the help')).toBeVisible();
  await search.fill('Zwillingsprobe ');
  await expect(dialog(page).locator('.home-search .article-link')).toHaveAttribute('lang', 'en');
  await search.fill('Querverweisprobe');
  const german = dialog(page).locator('.home-search .article-link', { hasText: 'Querverweisprobe Drucken' });
  await expect(german).toHaveAttribute('lang', 'de');
  await german.click();
  const view = dialog(page).locator('section.body:not([hidden])');
  await expect(view.locator('.article-body')).toHaveAttribute('lang', 'de');
  await expect(view.locator('h3.article-title-main')).toHaveAttribute('lang', 'de');
  // The panel's own buttons stay English, read as English.
  const solved = view.getByRole('button', { name: 'This solved my problem' });
  expect(await solved.evaluate((el) => el.closest('[lang]')?.getAttribute('lang'))).toBe('en');
});

test('a table wider than the panel scrolls sideways by itself, title and text stay in view; struck-through text shows struck through', async ({ page }) => {
  await page.goto(`/pages/plain.html?user=${uniqueId('table')}`);
  await launcher(page).click();
  await dialog(page).getByLabel('In der Hilfe suchen').fill('Tabellenprobe');
  await dialog(page).locator('.article-link', { hasText: 'Tabellenprobe Spalten' }).click();
  const view = dialog(page).locator('section.body:not([hidden])');
  const table = view.locator('.article-body .article-table');
  await expect(table.locator('th')).toHaveCount(10);
  const widths = (locator: typeof view) => locator.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  const box = await widths(table);
  expect(box.scroll).toBeGreaterThan(box.client);
  const body = await widths(view);
  expect(body.scroll).toBeLessThanOrEqual(body.client);
  await table.evaluate((el) => (el.scrollLeft = el.scrollWidth));
  await expect(view.locator('h3.article-title-main')).toBeInViewport({ ratio: 1 });
  expect(await view.evaluate((el) => el.scrollLeft)).toBe(0);
  const struck = view.locator('.article-body del');
  await expect(struck).toHaveText('nicht');
  expect(await struck.evaluate((el) => getComputedStyle(el).textDecorationLine)).toContain('line-through');
});
