import { expect, test, type Page } from '@playwright/test';
import { dialog, holdRequests, launcher, openPage, setFault } from './support/helpers';
import { PORTAL_API } from './support/ports';

/** A user of its own practice, so request counts are not disturbed by other tests. */
const freshUser = (name: string) => `e2e-${name}-${Date.now()}-${Math.random().toString(36).slice(2, 6)}`;

async function tokenFor(page: Page, sub: string): Promise<string> {
  return (await page.request.get(`/token?sub=${sub}`)).text();
}

async function myRequests(page: Page, sub: string) {
  const token = await tokenFor(page, sub);
  const res = await page.request.get(`${PORTAL_API}/requests?status=all`, { headers: { Authorization: `Bearer ${token}` } });
  return ((await res.json()) as { items: { key: string; summary: string }[] }).items;
}

const openAs = async (page: Page, sub: string) => {
  await page.goto(`/pages/plain.html?user=${sub}`);
  await expect(launcher(page)).toBeVisible();
};


test('keyboard only: category, typing, a suggestion, back with text and caret intact, send with Ctrl+Enter, success, listed', async ({ page }) => {
  const sub = freshUser('kbd');
  await openAs(page, sub);
  await launcher(page).focus();
  await page.keyboard.press('Enter');
  await expect(dialog(page).locator('.category').first()).toBeVisible();
  const support = dialog(page).getByRole('button', { name: /Unterstützung zur Anwendung/ });
  for (let i = 0; i < 10 && !(await support.evaluate((el) => el.getRootNode() instanceof ShadowRoot && (el.getRootNode() as ShadowRoot).activeElement === el)); i++) {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
  const summary = dialog(page).getByLabel('Zusammenfassung');
  await expect(summary).toBeVisible();
  for (let i = 0; i < 6 && !(await summary.evaluate((el) => (el.getRootNode() as ShadowRoot).activeElement === el)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(summary).toBeFocused();
  await page.keyboard.type('Rechnugn drucken geht nicht');
  const suggestion = dialog(page).locator('.suggestions .article-link').filter({ hasText: 'Rechnungen drucken' });
  await expect(suggestion).toHaveCount(1);
  await expect(dialog(page).locator('[aria-live="polite"]').filter({ hasText: /passender? Hilfeartikel gefunden/ })).toHaveCount(1);
  await summary.evaluate((el: HTMLInputElement) => el.setSelectionRange(8, 8));
  for (let i = 0; i < 20 && !(await suggestion.evaluate((el) => (el.getRootNode() as ShadowRoot).activeElement === el)); i++) {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
  await expect(dialog(page).locator('.article-body')).toContainText('Rechnung');
  await dialog(page).getByRole('button', { name: 'Zurück' }).press('Enter');
  await expect(summary).toHaveValue('Rechnugn drucken geht nicht');
  expect(await summary.evaluate((el: HTMLInputElement) => [el.selectionStart, el.selectionEnd])).toEqual([8, 8]);
  await summary.focus();
  await page.keyboard.press('Control+Enter');
  await expect(dialog(page).locator('.request-key')).toHaveText(/^MED-\d+$/);
  const key = await dialog(page).locator('.request-key').textContent();
  const listed = await myRequests(page, sub);
  expect(listed.map((r) => r.key)).toEqual([key]);
  expect(listed[0]!.summary).toBe('Rechnugn drucken geht nicht');
});

test('German spellings and long descriptions find the right articles', async ({ page }) => {
  await openPage(page);
  await launcher(page).click();
  const search = dialog(page).getByLabel('In der Hilfe suchen');
  await search.fill('Geraet anschliessen');
  await expect(dialog(page).locator('.article-link').first()).toContainText('Kartenlesegerät');
  await expect(dialog(page).locator('.article-link mark').first()).toBeVisible();
  await search.fill('beim versuch eine rechnung auszudrucken kommt kein druckdialog');
  await expect(dialog(page).locator('.article-title').filter({ hasText: /Rechnungen drucken|Druckdialog/ }).first()).toBeVisible();
  await expect(dialog(page).locator('.article-title').filter({ hasText: 'Kartenlesegerät' })).toHaveCount(0);
});

test('the number of suggestions is announced once the articles have been searched, not "none" while they load', async ({ page }) => {
  const release = await holdRequests(page, '**/api/portal/v1/articles*');
  await openAs(page, freshUser('announce'));
  await launcher(page).click();
  await dialog(page).getByRole('button', { name: /Fehler melden/ }).click();
  await dialog(page).getByLabel('Zusammenfassung').fill('Rechnung drucken');
  const announced = dialog(page).locator('[aria-live="polite"]:not([role])').filter({ hasText: /Hilfeartikel/ });
  // Well past the pause after typing: with the index still on its way there is nothing to announce yet.
  await page.waitForTimeout(600);
  await expect(announced).toHaveCount(0);
  release();
  await expect(announced).toHaveText(/^\d+ passender? Hilfeartikel gefunden$/);
});

test('required fields are checked inline and focus moves to the first invalid one', async ({ page }) => {
  await openAs(page, freshUser('invalid'));
  await page.evaluate(() => (window as unknown as { MedSupport: { open(v: string, a: unknown): void } }).MedSupport.open('new', { category: 'bug' }));
  await dialog(page).getByRole('button', { name: 'Senden', exact: true }).click();
  const summary = dialog(page).getByLabel('Zusammenfassung');
  await expect(summary).toBeFocused();
  await expect(summary).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog(page).locator('#ms-f-summary-err')).toHaveText(/Zusammenfassung/);
});

test('a draft survives a reload, and can be discarded', async ({ page }) => {
  const sub = freshUser('draft');
  await openAs(page, sub);
  await launcher(page).click();
  await dialog(page).locator('.category').first().click();
  await dialog(page).getByLabel('Zusammenfassung').fill('Kalender zeigt falsche Woche');
  await dialog(page).getByLabel('Beschreibung').fill('Seit heute Morgen springt der Kalender.');
  await page.waitForTimeout(500);
  await page.reload();
  await launcher(page).click();
  await dialog(page).locator('.category').first().click();
  await expect(dialog(page).getByLabel('Zusammenfassung')).toHaveValue('Kalender zeigt falsche Woche');
  await expect(dialog(page).getByLabel('Beschreibung')).toHaveValue('Seit heute Morgen springt der Kalender.');
  await expect(dialog(page).getByText('Ihr Entwurf wurde wiederhergestellt.')).toBeVisible();
  await dialog(page).getByRole('button', { name: 'Verwerfen' }).click();
  await expect(dialog(page).getByLabel('Zusammenfassung')).toHaveValue('');
  await page.reload();
  await launcher(page).click();
  await dialog(page).locator('.category').first().click();
  await expect(dialog(page).getByLabel('Zusammenfassung')).toHaveValue('');
});

for (const mode of ['500-writes', '429-writes', 'down-writes', 'drop-writes', 'malformed-writes'] as const) {
  test(`send while the portal answers ${mode}: the text stays, Retry creates exactly one request`, async ({ page }) => {
    const sub = freshUser(mode);
    await openAs(page, sub);
    await launcher(page).click();
    await dialog(page).getByRole('button', { name: /Unterstützung zur Anwendung/ }).click();
    await dialog(page).getByLabel('Zusammenfassung').fill(`Frage bei ${mode}`);
    await setFault(mode, sub);
    await dialog(page).getByRole('button', { name: 'Senden', exact: true }).click();
    await expect(dialog(page).getByRole('alert')).toContainText('Ihr Text ist gespeichert', { timeout: 20_000 });
    await expect(dialog(page).getByLabel('Zusammenfassung')).toHaveValue(`Frage bei ${mode}`);
    await setFault('none', sub);
    await dialog(page).getByRole('button', { name: 'Erneut versuchen' }).click();
    await expect(dialog(page).locator('.request-key')).toBeVisible({ timeout: 15_000 });
    const listed = await myRequests(page, sub);
    expect(listed.map((r) => r.summary)).toEqual([`Frage bei ${mode}`]);
  });
}

test('a slow portal (5 s): the button stays busy, double clicks send nothing more, exactly one request', async ({ page }) => {
  const sub = freshUser('slow');
  await openAs(page, sub);
  await launcher(page).click();
  await dialog(page).getByRole('button', { name: /Unterstützung zur Anwendung/ }).click();
  await dialog(page).getByLabel('Zusammenfassung').fill('Langsame Verbindung');
  await setFault('slow-writes', sub);
  const send = dialog(page).locator('button[type="submit"]');
  await send.click();
  await expect(send).toHaveAttribute('aria-busy', 'true');
  await send.evaluate((button: HTMLButtonElement) => {
    button.click();
    button.click();
  });
  await expect(dialog(page).locator('.request-key')).toBeVisible({ timeout: 15_000 });
  expect((await myRequests(page, sub)).map((r) => r.summary)).toEqual(['Langsame Verbindung']);
});

test('prefill opens the form of that type with the text, and asks before replacing a draft', async ({ page }) => {
  await openAs(page, freshUser('prefill'));
  const open = (summary: string) =>
    page.evaluate((s) => {
      const ms = (window as unknown as { MedSupport: { setContext(c: unknown): void; open(v: string, a: unknown): void } }).MedSupport;
      ms.setContext({ licenses: { used: 10, quota: 10 } });
      ms.open('new', { category: 'billing', summary: s });
    }, summary);
  await open('Weitere Behandler-Lizenzen');
  await expect(dialog(page).getByLabel('Zusammenfassung')).toHaveValue('Weitere Behandler-Lizenzen');
  await expect(dialog(page).getByText('10 von 10 genutzt')).toBeVisible();
  await dialog(page).getByLabel('Zusammenfassung').fill('Mein eigener Text');
  await page.waitForTimeout(400);
  await page.keyboard.press('Escape');
  await open('Weitere Behandler-Lizenzen');
  await expect(dialog(page).getByText('Soll er durch den vorgeschlagenen Text ersetzt werden?')).toBeVisible();
  await expect(dialog(page).getByLabel('Zusammenfassung')).toHaveValue('Mein eigener Text');
  await dialog(page).getByRole('button', { name: 'Ersetzen' }).click();
  await expect(dialog(page).getByLabel('Zusammenfassung')).toHaveValue('Weitere Behandler-Lizenzen');
});

test('host facts JSON cannot write (a cycle, a BigInt) or over 8 KB are left out with a warning: the form stays whole and sends', async ({ page }) => {
  const errors: string[] = [];
  const warnings: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await openAs(page, freshUser('facts'));
  await page.evaluate(() => {
    const ms = (window as unknown as { MedSupport: { setContext(c: unknown): void; open(v: string, a: unknown): void } }).MedSupport;
    ms.setContext({ licenses: { used: 3, quota: 10 } });
    const cycle: Record<string, unknown> = { name: 'Praxis' };
    cycle.self = cycle;
    ms.setContext(cycle);
    ms.setContext({ big: 10n });
    ms.setContext({ big: 'x'.repeat(9000) });
    ms.open('new', { category: 'billing', summary: 'Lizenzen' });
  });
  await expect(dialog(page).getByText('3 von 10 genutzt')).toBeVisible();
  await dialog(page).getByRole('button', { name: 'Senden', exact: true }).click();
  await expect(dialog(page).locator('.request-key')).toBeVisible();
  expect(errors).toEqual([]);
  expect(warnings.filter((w) => w.includes('setContext()'))).toHaveLength(3);
});

test('"This solved my problem" emits deflect and clears the draft after confirmation', async ({ page }) => {
  const sub = freshUser('deflect');
  await openAs(page, sub);
  await launcher(page).click();
  await dialog(page).getByRole('button', { name: /Unterstützung zur Anwendung/ }).click();
  await dialog(page).getByLabel('Zusammenfassung').fill('Passwort vergessen');
  await dialog(page).locator('.suggestions .article-link').first().click();
  await dialog(page).getByRole('button', { name: 'Das hat mein Problem gelöst' }).click();
  await dialog(page).getByRole('button', { name: 'Ja, verwerfen' }).click();
  await expect(dialog(page).getByText('Danke für Ihre Rückmeldung')).toBeVisible();
  const events = await page.evaluate(() => (window as unknown as { events: [string, unknown][] }).events);
  expect(events.find(([e]) => e === 'deflect')?.[1]).toMatchObject({ articleId: expect.stringMatching(/passwort/) });
  expect(events.some(([e]) => e === 'articleOpen')).toBe(true);
  await page.reload();
  await launcher(page).click();
  await dialog(page).getByRole('button', { name: /Unterstützung zur Anwendung/ }).click();
  await expect(dialog(page).getByLabel('Zusammenfassung')).toHaveValue('');
});

test('the article index is downloaded once and only revalidated (304) on the next page load', async ({ page }) => {
  const seen: { status: number; inm: string | undefined }[] = [];
  page.on('response', (r) => {
    if (/\/articles(\?|$)/.test(new URL(r.url()).pathname)) seen.push({ status: r.status(), inm: r.request().headers()['if-none-match'] });
  });
  const search = async () => {
    await launcher(page).click();
    await dialog(page).getByLabel('In der Hilfe suchen').fill('Passwort');
    await expect(dialog(page).locator('.article-link').first()).toBeVisible();
  };
  await openPage(page);
  await search();
  await page.reload();
  await search();
  // The reloaded page searches its stored index at once and revalidates it in the background.
  await expect.poll(() => seen.map((s) => s.status)).toEqual([200, 304]);
  expect(seen[1]!.inm).toMatch(/^(W\/)?"/);
});

test('the success screen wraps a summary of one long word inside the panel', async ({ page }) => {
  await openAs(page, freshUser('long'));
  const summary = 'Abrechnungsfehlerbehandlungsprozesskonfigurationsassistentenfensterüberschrift'.repeat(2);
  await page.evaluate((text) => (window as unknown as { MedSupport: { open(view: string, arg: object): void } }).MedSupport.open('new', { category: 'support', summary: text }), summary);
  await expect(dialog(page).getByLabel('Zusammenfassung')).toHaveValue(summary);
  await dialog(page).getByRole('button', { name: 'Senden', exact: true }).click();
  const quote = dialog(page).locator('.quote');
  await expect(quote).toHaveText(summary);
  expect(await quote.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
});
