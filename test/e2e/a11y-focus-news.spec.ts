import { expect, test, type Page } from '@playwright/test';
import { asAgent, createRequest, currentView, expectFocusInDialog, expectFocusOn, freshIdentity, openA11yPage, tabTo, tokenFor } from './support/a11y';
import { dialog, launcher } from './support/helpers';

/**
 * Keyboard and screen-reader findings of an accessibility review: focus that left the dialog with Shift+Tab, outcomes
 * not announced, keys that did not do what the panel advertises.
 */

/** The panel's own live region: a child of the dialog, there (empty) before anything is put in it. */
const news = (page: Page) => dialog(page).locator(':scope > [aria-live="polite"]');

async function openWithKeyboard(page: Page): Promise<void> {
  await tabTo(page, launcher(page));
  await page.keyboard.press('Enter');
  await expect(currentView(page).locator('.category').first()).toBeVisible();
  await expectFocusOn(dialog(page).locator('#ms-title'), 'opened: on the title');
}

for (const size of [
  { width: 1280, height: 860 },
  { width: 320, height: 640 },
]) {
  test(`Shift+Tab from the title of the start page stays in the dialog (${size.width} px)`, async ({ page }) => {
    await page.setViewportSize(size);
    const { user, org } = freshIdentity('kbd-trap');
    await openA11yPage(page, { scheme: 'light', locale: 'de', user, org });
    await openWithKeyboard(page);
    // The title is not in the Tab order and nothing comes before it on Home: the browser would go to the launcher.
    await page.keyboard.press('Shift+Tab');
    await expectFocusOn(currentView(page).getByRole('button', { name: 'Profil' }), 'Shift+Tab from the title: the last control');
    await page.keyboard.press('Tab');
    await expectFocusOn(dialog(page).getByRole('button', { name: 'Schließen' }), 'Tab from the last control: the first');
    await page.keyboard.press('Shift+Tab');
    await expectFocusOn(currentView(page).getByRole('button', { name: 'Profil' }), 'Shift+Tab from the first control: the last');
  });
}

test('Escape closes the open panel also when focus is outside it', async ({ page }) => {
  const { user, org } = freshIdentity('kbd-esc');
  await openA11yPage(page, { scheme: 'light', locale: 'de', user, org });
  await openWithKeyboard(page);
  // Focus that got outside while the panel is open (a click on the page, the launcher).
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await expect.poll(() => page.evaluate(() => document.activeElement === document.body)).toBe(true);
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await launcher(page).click();
  await expect(dialog(page)).toBeVisible();
  await launcher(page).focus();
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expectFocusOn(launcher(page), 'closed from the launcher: focus stays there');

  // The page's own Escape handler, on the document and added after the panel loaded, used the key: the panel stays.
  await launcher(page).click();
  await expect(dialog(page)).toBeVisible();
  await page.evaluate(() => document.addEventListener('keydown', (event) => event.key === 'Escape' && event.preventDefault()));
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeVisible();
});

test('a sent request is named by the title and said through a live region that was there before', async ({ page }) => {
  const { user, org } = freshIdentity('kbd-sent');
  await openA11yPage(page, { scheme: 'light', locale: 'de', user, org });
  await openWithKeyboard(page);
  await expect(news(page)).toHaveCount(1);
  await expect(news(page)).toHaveText('');
  await tabTo(page, currentView(page).getByRole('button', { name: /^Unterstützung zur Anwendung/ }));
  await page.keyboard.press('Enter');
  await tabTo(page, currentView(page).getByLabel('Zusammenfassung'));
  await page.keyboard.type('Bestätigung angesagt');
  await page.keyboard.press('Control+Enter');
  await expect(currentView(page).locator('.request-key')).toHaveText(/^MED-\d+$/);
  const key = await currentView(page).locator('.request-key').textContent();
  await expect(dialog(page)).toHaveAccessibleName('Anfrage gesendet');
  await expectFocusOn(dialog(page).locator('#ms-title'), 'sent: on the title');
  await expect(news(page)).toHaveText(`Ihre Anfrage ist eingegangen. Ihre Anfragenummer: ${key}`);
});

test('a registration link sent is said through the live region', async ({ page }) => {
  await openA11yPage(page, { scheme: 'light', locale: 'de' });
  await openWithKeyboard(page);
  await tabTo(page, currentView(page).getByRole('button', { name: 'Meine Anfragen' }));
  await page.keyboard.press('Enter');
  await tabTo(page, currentView(page).getByLabel('E-Mail-Adresse'));
  await expect(news(page)).toHaveText('');
  await page.keyboard.type('gesagt@praxis.example');
  await page.keyboard.press('Enter');
  await expect(currentView(page).locator('.notice')).toContainText('gesagt@praxis.example');
  await expect(news(page)).toContainText('Wenn die Adresse gesagt@praxis.example stimmt');
  await expectFocusInDialog(page, 'registration sent');
});

test('files: added, uploaded and failed are said; a failure is text of its own that describes the remove button', async ({ page }) => {
  const { user, org } = freshIdentity('kbd-files');
  let fail = false;
  await page.route(
    (url) => url.pathname.endsWith('/api/portal/v1/attachments'),
    (route) =>
      fail
        ? route.fulfill({ status: 500, contentType: 'application/problem+json', body: JSON.stringify({ type: 'about:blank', title: 'Internal Server Error', status: 500 }) })
        : route.continue(),
  );
  await openA11yPage(page, { scheme: 'light', locale: 'de', user, org });
  await openWithKeyboard(page);
  await tabTo(page, currentView(page).getByRole('button', { name: /^Unterstützung zur Anwendung/ }));
  await page.keyboard.press('Enter');
  const input = currentView(page).locator('input[type=file]');
  const png = (name: string) => ({ name, mimeType: 'image/png', buffer: Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex') });

  await input.setInputFiles(png('bildschirm.png'));
  await expect(currentView(page).locator('.file.done')).toHaveCount(1);
  await expect(news(page)).toHaveText(/1 Datei angehängt.*„bildschirm\.png“ ist hochgeladen\.|^„bildschirm\.png“ ist hochgeladen\.$/);

  fail = true;
  await input.setInputFiles(png('fehler.png'));
  const failed = currentView(page).locator('.file.failed');
  await expect(failed).toHaveCount(1);
  await expect(news(page)).toContainText('„fehler.png“ wurde nicht hochgeladen: Beim Supportportal ist ein Fehler aufgetreten.');
  const error = failed.locator('.file-error');
  await expect(error).toHaveText(/„fehler\.png“ wurde nicht hochgeladen: Beim Supportportal/);
  await expect(failed.getByRole('button', { name: 'fehler.png entfernen' })).toHaveAccessibleDescription(/„fehler\.png“ wurde nicht hochgeladen: Beim Supportportal/);
});

test('Ctrl+Enter sends a reply as it sends a new request', async ({ page }) => {
  const { user, org } = freshIdentity('kbd-reply');
  const token = await tokenFor(page, user, org);
  const key = await createRequest(page, token, 'de', { summary: 'Kartenleser' });
  await asAgent(page, key, 'comments', { body: 'Welches Modell?' });
  await openA11yPage(page, { scheme: 'light', locale: 'de', user, org });
  await page.evaluate((k) => (window as unknown as { MedSupport: { open(v: string, k: string): void } }).MedSupport.open('request', k), key);
  const reply = currentView(page).getByLabel('Ihre Antwort');
  await tabTo(page, reply);
  await page.keyboard.type('Ein Cherry ST-1506.');
  await page.keyboard.press('Control+Enter');
  await expect(currentView(page).locator('.activity-item.comment').last()).toContainText('Ein Cherry ST-1506.');
  await expect(reply).toHaveValue('');
  await expect(currentView(page).getByRole('button', { name: 'Antwort senden' })).toHaveAccessibleDescription(/Strg\+Eingabe/);
});

test('Escape in a filled search field empties it first; the next Escape closes', async ({ page }) => {
  const { user, org } = freshIdentity('kbd-search');
  await openA11yPage(page, { scheme: 'light', locale: 'de', user, org });
  await openWithKeyboard(page);
  const search = currentView(page).getByLabel('In der Hilfe suchen');
  await tabTo(page, search);
  await page.keyboard.type('Rechnung drucken');
  await expect(currentView(page).locator('.home-search .article-link').first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeVisible();
  await expect(search).toHaveValue('');
  await expect(currentView(page).locator('.home-search .article-link')).toHaveCount(0);
  await expectFocusOn(search, 'first Escape');
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expectFocusOn(launcher(page), 'second Escape');
});

test('article suggestions are named by their title, the excerpt is their description', async ({ page }) => {
  const { user, org } = freshIdentity('kbd-names');
  await openA11yPage(page, { scheme: 'light', locale: 'de', user, org });
  await openWithKeyboard(page);
  await tabTo(page, currentView(page).getByLabel('In der Hilfe suchen'));
  await page.keyboard.type('Rechnung drucken');
  const first = currentView(page).locator('.home-search .article-link').first();
  await expect(first).toBeVisible();
  await expect(first).toHaveAccessibleName((await first.locator('.article-title').textContent())!.trim());
  await expect(first).toHaveAccessibleDescription((await first.locator('.article-excerpt').textContent())!.trim());
});

test('a panel opened by the e-mail deep link gives focus to the launcher when closed', async ({ page }) => {
  const { user, org } = freshIdentity('kbd-deep');
  const token = await tokenFor(page, user, org);
  const key = await createRequest(page, token, 'de', { summary: 'Tiefer Link' });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`/pages/a11y.html?${new URLSearchParams({ scheme: 'light', locale: 'de', user, org, medsupport: `request/${key}` })}`);
  await expect(dialog(page)).toHaveAccessibleName(`Anfrage ${key}`);
  await expectFocusInDialog(page, 'opened by the link');
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expectFocusOn(launcher(page), 'closed');
});
