import { expect, test, type Page } from '@playwright/test';
import { agentReply, createRequest, dialog, firstUnreadCheck, launcher, requestsPage, tokenFor, uniqueId } from './support/helpers';

type Host = { MedSupport: { open(view?: string, arg?: unknown): void; close(): void } };

/** What Turbo does on a visit: a new <body> (parsed from the next page) replaces the old one. */
const turboVisit = (page: Page, text: string) =>
  page.evaluate((t) => {
    const next = document.createElement('body');
    next.innerHTML = `<main><h1>${t}</h1></main>`;
    document.body.replaceWith(next);
  }, text);
/** What an htmx boost does: the body's content is swapped in place. */
const htmxSwap = (page: Page, text: string) => page.evaluate((t) => void (document.body.innerHTML = `<main><h1>${t}</h1></main>`), text);
const count = (page: Page) => page.evaluate(() => document.querySelectorAll('med-support').length);

test('the host replaces <body> while the panel is closed: the launcher and its badge come back, open() works at once, one <med-support>', async ({ page }) => {
  const user = uniqueId('u-swap');
  const org = uniqueId('org-swap');
  const token = await tokenFor(user, { org });
  const key = await createRequest(token, 'Praxisstempel fehlt auf Rezepten');
  const firstCheck = firstUnreadCheck(page);
  await page.goto(requestsPage(user, { org, poll: 300 }));
  await firstCheck;
  await agentReply(key, 'Bitte laden Sie den Stempel neu hoch.');
  await expect(page.locator('med-support .launcher .badge')).toHaveText('1');

  await turboVisit(page, 'Patienten');
  await expect(page.getByRole('heading', { name: 'Patienten' })).toBeVisible();
  await expect(launcher(page)).toBeVisible();
  await expect(page.locator('med-support .launcher .badge')).toHaveText('1');
  expect(await count(page)).toBe(1);
  await page.evaluate(() => (window as unknown as Host).MedSupport.open('home'));
  await expect(dialog(page)).toBeVisible();
  await page.evaluate(() => (window as unknown as Host).MedSupport.close());

  await htmxSwap(page, 'Abrechnung');
  await expect(launcher(page)).toBeVisible();
  // Back to a page restored from its snapshot, which holds a dead copy of the widget's element.
  await page.evaluate(() => {
    const next = document.createElement('body');
    next.append(document.createElement('med-support'));
    document.body.replaceWith(next);
  });
  await expect(launcher(page)).toBeVisible();
  expect(await count(page)).toBe(1);
  await launcher(page).click();
  await expect(dialog(page)).toBeVisible();
});

test('the host replaces <body> while the panel is open with a half-typed form: panel, text and focus survive', async ({ page }) => {
  await page.goto(`/pages/plain.html?user=${uniqueId('swap-open')}`);
  await launcher(page).click();
  await dialog(page).getByRole('button', { name: /Fehler melden/ }).click();
  const summary = dialog(page).getByLabel('Zusammenfassung');
  await summary.fill('Befundimport bricht ab bei');
  await summary.focus();

  await turboVisit(page, 'Befunde');
  await expect(dialog(page)).toBeVisible();
  await expect(summary).toHaveValue('Befundimport bricht ab bei');
  await expect(summary).toBeFocused();
  await page.keyboard.type(' großen PDFs');
  await expect(summary).toHaveValue('Befundimport bricht ab bei großen PDFs');
  expect(await count(page)).toBe(1);

  await htmxSwap(page, 'Termine');
  await expect(dialog(page)).toBeVisible();
  await expect(summary).toHaveValue('Befundimport bricht ab bei großen PDFs');
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await page.evaluate(() => (window as unknown as Host).MedSupport.open());
  await expect(summary).toHaveValue('Befundimport bricht ab bei großen PDFs');
});
