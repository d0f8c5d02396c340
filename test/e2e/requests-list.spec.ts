import { expect, test, type Page } from '@playwright/test';
import { createRequest, dialog, launcher, portalJson, requestsPage, tokenFor, uniqueId } from './support/helpers';

const rows = (page: Page) => dialog(page).locator('.request-row');
const summaries = (page: Page) => rows(page).locator('.row-summary').allTextContents();
const scroller = (page: Page) => dialog(page).locator('section.body:not([hidden])');

/** Clicks "load more" until every page is there (other tests may add requests for the same seeded user). */
async function loadAll(page: Page): Promise<void> {
  const more = dialog(page).locator('.more button');
  while (await more.count()) {
    const before = await rows(page).count();
    await more.click();
    await expect.poll(async () => (await rows(page).count()) > before || (await more.count()) === 0).toBe(true);
  }
}

async function openList(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.evaluate(() => (window as unknown as { MedSupport: { open(v: string): void } }).MedSupport.open('requests'));
  await expect(dialog(page).getByRole('heading', { name: 'Meine Anfragen' })).toBeVisible();
  await expect(dialog(page).locator('.request-list, .empty')).toBeVisible();
}

test('own open requests by default, colleagues with "Alle", closed ones only by filter, never another practice', async ({ page }) => {
  const seeKey = (await portalJson<{ items: { key: string }[] }>('/agent/requests?organization=org-see&q=Online-Terminbuchung', { agent: true })).items[0]!.key;
  await openList(page, requestsPage('u-berger-anna'));
  await loadAll(page);
  let seen = await summaries(page);
  expect(seen).toEqual(expect.arrayContaining(['Patientendokumente lassen sich nicht öffnen', 'Zwei weitere Behandler-Lizenzen']));
  expect(seen).not.toContain('Serientermine für Physiotherapie-Rezepte anlegen');
  expect(seen).not.toContain('Zwei-Faktor-Anmeldung für alle Mitarbeitenden einrichten');
  await expect(rows(page).first().locator('.status-badge')).toHaveText(/\S/);

  await dialog(page).getByRole('button', { name: 'Alle', exact: true }).click();
  await expect(dialog(page).getByRole('button', { name: 'Alle', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(rows(page).filter({ hasText: 'Serientermine' })).toContainText('von Markus Klein');
  await loadAll(page);
  seen = await summaries(page);
  expect(seen).toEqual(expect.arrayContaining(['Serientermine für Physiotherapie-Rezepte anlegen', 'How do I switch the calendar to English?']));
  expect(seen).not.toContain('Zwei-Faktor-Anmeldung für alle Mitarbeitenden einrichten');

  await dialog(page).getByLabel('Status').selectOption('closed');
  await expect(rows(page).filter({ hasText: 'Zwei-Faktor-Anmeldung' })).toHaveCount(1);
  await loadAll(page);
  seen = await summaries(page);
  expect(seen).toContain('Login schlägt nach Passwortänderung fehl');
  expect(seen).not.toContain('Patientendokumente lassen sich nicht öffnen');

  // The other practice's requests appear under no filter and no search.
  await dialog(page).getByLabel('Status').selectOption('all');
  await loadAll(page);
  seen = await summaries(page);
  for (const foreign of ['Online-Terminbuchung zeigt keine freien Zeiten', 'Rechnungsadresse ändern', 'Heilmittelverordnung wird doppelt gedruckt']) {
    expect(seen).not.toContain(foreign);
  }
  await dialog(page).getByLabel('In der Zusammenfassung suchen').fill('Online-Terminbuchung');
  await expect(dialog(page).locator('.empty')).toContainText('Suche nach „Online-Terminbuchung“');
  await dialog(page).getByLabel('In der Zusammenfassung suchen').fill('Rechnung');
  await expect(rows(page).filter({ hasText: 'Rechnungsdruck schneidet Fußzeile ab' })).toHaveCount(1);
  expect(await summaries(page)).not.toContain('Rechnungsadresse ändern');

  // Nor through a deep link: the foreign key is "not found", politely.
  await page.goto(requestsPage('u-berger-anna', { extra: `medsupport=request/${seeKey}` }));
  await expect(dialog(page).locator('.not-found')).toContainText(`Die Anfrage ${seeKey} haben wir nicht gefunden`);
  await expect(dialog(page).getByText('Online-Terminbuchung')).toHaveCount(0);
});

test('the empty state names the filters that hide requests and lifts them one by one', async ({ page }) => {
  const user = uniqueId('u-empty');
  const org = uniqueId('org-empty');
  const token = await tokenFor(user, { org });
  const key = await createRequest(token, 'Etiketten drucken zu klein');
  await portalJson(`/agent/requests/${key}/status`, { agent: true, method: 'POST', body: { status: 'closed' } });
  await openList(page, requestsPage(user, { org }));
  const empty = dialog(page).locator('.empty');
  await expect(empty).toContainText('Keine Anfragen gefunden.');
  await expect(empty).toContainText('nur offene Anfragen');
  await empty.getByRole('button', { name: 'Filter aufheben: nur offene Anfragen' }).click();
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page)).toContainText('Geschlossen');
  await expect(dialog(page).getByLabel('Status')).toHaveValue('all');
});

test('filters and the scroll position survive a visit to a request, closing the panel and opening the list afresh', async ({ page }) => {
  const user = uniqueId('u-scroll');
  const org = uniqueId('org-scroll');
  const token = await tokenFor(user, { org });
  await Promise.all(Array.from({ length: 30 }, (_, i) => createRequest(token, `Scrolltest Anfrage ${String(i).padStart(2, '0')}`)));
  await openList(page, requestsPage(user, { org }));
  await dialog(page).getByRole('button', { name: 'Alle', exact: true }).click();
  await dialog(page).getByLabel('Sortieren nach').selectOption('created');
  const searched = page.waitForResponse((response) => response.url().includes('q=Scrolltest'));
  await dialog(page).getByLabel('In der Zusammenfassung suchen').fill('Scrolltest');
  await searched;
  await expect(rows(page)).toHaveCount(25);
  await dialog(page).locator('.more button').click();
  await expect(rows(page)).toHaveCount(30);

  const target = rows(page).nth(18);
  await target.scrollIntoViewIfNeeded();
  const top = await scroller(page).evaluate((el) => el.scrollTop);
  expect(top).toBeGreaterThan(500);
  const summary = await target.locator('.row-summary').textContent();
  await target.locator('button').click();
  await expect(dialog(page).locator('.request-summary')).toHaveText(summary!);

  const expectListAsLeft = async () => {
    await expect(rows(page)).toHaveCount(30);
    await expect(dialog(page).getByRole('button', { name: 'Alle', exact: true })).toHaveAttribute('aria-pressed', 'true');
    await expect(dialog(page).getByLabel('Sortieren nach')).toHaveValue('created');
    await expect(dialog(page).getByLabel('In der Zusammenfassung suchen')).toHaveValue('Scrolltest');
    await expect.poll(() => scroller(page).evaluate((el) => el.scrollTop)).toBeGreaterThan(top - 3);
    expect(await scroller(page).evaluate((el) => el.scrollTop)).toBeLessThan(top + 3);
  };
  await dialog(page).getByRole('button', { name: 'Zurück' }).click();
  await expectListAsLeft();

  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await launcher(page).click();
  await expectListAsLeft();

  // A fresh view stack (the host opens the list from its own menu) builds a new list view from the same state.
  await page.evaluate(() => (window as unknown as { MedSupport: { open(v: string): void } }).MedSupport.open('home'));
  await dialog(page).getByRole('button', { name: 'Meine Anfragen' }).click();
  await expectListAsLeft();
});

test('switching the user empties the list: nothing of the previous user is shown', async ({ page }) => {
  const first = { user: uniqueId('u-first'), org: uniqueId('org-first') };
  const second = { user: uniqueId('u-second'), org: uniqueId('org-second') };
  await createRequest(await tokenFor(first.user, { org: first.org }), 'Anfrage der ersten Praxis');
  await createRequest(await tokenFor(second.user, { org: second.org }), 'Anfrage der zweiten Praxis');
  await openList(page, requestsPage(first.user, { org: first.org }));
  await dialog(page).getByRole('button', { name: 'Alle', exact: true }).click();
  await expect(rows(page)).toHaveText([/Anfrage der ersten Praxis/]);
  await page.evaluate(
    ([user, org]) =>
      (window as unknown as { MedSupport: { identify(i: { getToken(): Promise<string> }): void } }).MedSupport.identify({
        getToken: () => fetch(`/token?sub=${user}&org=${org}`).then((r) => r.text()),
      }),
    [second.user, second.org],
  );
  await expect(rows(page)).toHaveText([/Anfrage der zweiten Praxis/]);
  await expect(dialog(page).getByText('Anfrage der ersten Praxis')).toHaveCount(0);
  await expect(dialog(page).getByRole('button', { name: 'Erstellt von mir' })).toHaveAttribute('aria-pressed', 'true');
});

test('500 requests page without duplicates or gaps while new requests arrive', async ({ page }) => {
  test.setTimeout(60_000);
  const user = uniqueId('u-many');
  const org = uniqueId('org-many');
  const token = await tokenFor(user, { org });
  const created: string[] = [];
  for (let batch = 0; batch < 20; batch++) {
    created.push(...(await Promise.all(Array.from({ length: 25 }, (_, i) => createRequest(token, `Massentest ${batch * 25 + i}`)))));
  }
  await openList(page, requestsPage(user, { org }));
  await expect(rows(page)).toHaveCount(25);
  const more = dialog(page).locator('.more button');
  const arrived: string[] = [];
  for (let click = 1; (await more.count()) > 0; click++) {
    // New requests land at the top of the order, before the cursor: they must neither repeat nor push rows out.
    if (click % 5 === 0) arrived.push(await createRequest(token, `Neu während des Blätterns ${click}`));
    const before = await rows(page).count();
    await more.click();
    await expect.poll(async () => (await rows(page).count()) > before || (await more.count()) === 0).toBe(true);
  }
  const keys = await rows(page).locator('.key').allTextContents();
  expect(new Set(keys).size).toBe(keys.length);
  expect([...keys].sort()).toEqual([...created].sort());
  expect(keys.filter((key) => arrived.includes(key))).toEqual([]);
});

test('the list search finds requests as article search finds articles: stems, word starts, one typo (#16.10)', async ({ page }) => {
  const user = uniqueId('u-search');
  const org = uniqueId('org-search');
  const token = await tokenFor(user, { org });
  for (const summary of ['Etiketten des Druckers verrutscht', 'Drucker-Problem am Empfang', 'Rechnung für März fehlt', 'Abrechnung Quartal']) {
    await createRequest(token, summary);
  }
  await openList(page, requestsPage(user, { org }));
  const searchFor = async (q: string): Promise<string[]> => {
    const searched = page.waitForResponse((response) => response.url().includes(`q=${encodeURIComponent(q)}`));
    await dialog(page).getByLabel('In der Zusammenfassung suchen').fill(q);
    await searched;
    await expect(dialog(page).locator('.request-list, .empty')).toBeVisible();
    return (await summaries(page)).sort();
  };
  expect(await searchFor('drucker')).toEqual(['Drucker-Problem am Empfang', 'Etiketten des Druckers verrutscht']);
  expect(await searchFor('Rechnugn')).toEqual(['Rechnung für März fehlt']);
  expect(await searchFor('Rech')).toEqual(['Rechnung für März fehlt']);
});

/** Per filter select: the longest of its options that does not fit the select's text box (native arrow: 20 px). */
function cutFilters(page: Page): Promise<string[]> {
  return dialog(page)
    .locator('.filter-grid select')
    .evaluateAll((selects) =>
      selects.flatMap((element) => {
        const select = element as HTMLSelectElement;
        const style = getComputedStyle(select);
        const context = document.createElement('canvas').getContext('2d')!;
        context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20;
        const label = select.closest('label')?.querySelector('span')?.textContent ?? '';
        return [...select.options].filter((o) => context.measureText(o.text).width > room).map((o) => `${label}: "${o.text}" in ${Math.round(room)} px`);
      }),
    );
}

test('status and sort show their choice uncut at 320 and 360 px and in the panel, in German and English; at 1280 px every request type too', async ({ page }) => {
  const user = uniqueId('u-narrow');
  const org = uniqueId('org-narrow');
  for (const width of [320, 360, 1280]) {
    await page.setViewportSize({ width, height: 720 });
    await openList(page, requestsPage(user, { org }));
    await dialog(page).getByRole('button', { name: 'Alle', exact: true }).click();
    await expect(dialog(page).getByLabel('Erstellt von')).toBeVisible();
    await expect(dialog(page).getByLabel('Anfragetyp').locator('option')).not.toHaveCount(1);
    for (const locale of ['de', 'en']) {
      await page.evaluate((l) => (window as unknown as { MedSupport: { setLocale(l: string): void } }).MedSupport.setLocale(l), locale);
      await expect(dialog(page).locator('.filter-grid select').first().locator('option').first()).toHaveText(locale === 'de' ? 'Offene Anfragen' : 'Open requests');
      const cut = (await cutFilters(page)).filter((line) => width === 1280 || /^(Status|Sortieren nach|Sort by):/.test(line));
      expect(cut, `${locale} at ${width} px`).toEqual([]);
    }
  }
});

test('in forced colours (a Windows contrast theme) the pressed half of "Erstellt von mir / Alle" still looks pressed', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
  await openList(page, requestsPage(uniqueId('u-forced'), { org: uniqueId('org-forced') }));
  const look = (name: string) =>
    dialog(page)
      .getByRole('button', { name, exact: true })
      .evaluate((el) => `${getComputedStyle(el).backgroundColor} ${getComputedStyle(el).color}`);
  await expect(dialog(page).getByRole('button', { name: 'Erstellt von mir' })).toHaveAttribute('aria-pressed', 'true');
  expect(await look('Erstellt von mir')).not.toBe(await look('Alle'));
});
