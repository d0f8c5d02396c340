import { expect, test, type Page } from '@playwright/test';
import { dialog, holdRequests, launcher } from './support/helpers';
import { PORTAL_API } from './support/ports';

const unique = (name: string) => `e2e-${name}-${Date.now()}-${Math.random().toString(36).slice(2, 6)}`;
// The smallest valid PNG: a 1×1 transparent pixel.
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

type MS = { logout(): void; identify(i: unknown): void; open(v?: string, a?: unknown): void };

async function openForm(page: Page, category: RegExp) {
  await launcher(page).click();
  await dialog(page).getByRole('button', { name: category }).click();
  await expect(dialog(page).getByLabel('Zusammenfassung')).toBeVisible();
}

/** Drops files onto the form as the browser would for a paste (a screenshot) or a drag. */
async function paste(page: Page, files: { name: string; type: string; base64?: string; size?: number }[]) {
  await dialog(page).getByLabel('Beschreibung').evaluate((el, list) => {
    const dt = new DataTransfer();
    for (const f of list) {
      const bytes = f.base64 ? Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0)) : new Uint8Array(f.size ?? 10);
      dt.items.add(new File([bytes], f.name, { type: f.type }));
    }
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, composed: true, cancelable: true }));
  }, files);
}

test('a visitor sends a request with a pasted screenshot; the portal keeps it, mails confirmation and registration, and lists nothing', async ({ page }) => {
  const email = `${unique('visitor')}@praxis.example`;
  await page.goto('/pages/visitor.html');
  await openForm(page, /Fehler melden/);
  await dialog(page).getByLabel('E-Mail-Adresse').fill(email);
  await dialog(page).getByLabel('Ihr Name').fill('Eva Empfang');
  await dialog(page).getByLabel('Zusammenfassung').fill('Ich komme nicht in die Anwendung');
  await paste(page, [{ name: '', type: 'image/png', base64: PNG }]);
  await expect(dialog(page).locator('.file.done')).toHaveCount(1);
  await expect(dialog(page).locator('.file img')).toHaveAttribute('src', /^blob:/);
  await dialog(page).getByRole('button', { name: 'Senden', exact: true }).click();
  const key = (await dialog(page).locator('.request-key').textContent())!;
  expect(key).toMatch(/^MED-\d+$/);

  const mails = (await (await page.request.get('/outbox')).json()) as string[];
  const mine = mails.filter((m) => m.includes(email));
  expect(mine.some((m) => m.includes(key))).toBe(true);
  expect(mine.some((m) => /medsupport=3Dregister|medsupport=register/.test(m))).toBe(true);

  const agent = await page.request.get(`${PORTAL_API}/agent/requests/${key}`, { headers: { Authorization: 'Bearer medsupport-demo-agent-key' } });
  const detail = (await agent.json()) as { activity: { attachments?: { contentType: string }[] }[] };
  expect(detail.activity[0]!.attachments?.map((a) => a.contentType)).toEqual(['image/png']);
  expect((await page.request.get(`${PORTAL_API}/requests`)).status()).toBe(401);

  await dialog(page).getByRole('button', { name: 'Zur Startseite' }).click();
  await dialog(page).getByRole('button', { name: 'Meine Anfragen' }).click();
  await expect(dialog(page).getByRole('button', { name: 'Registrierungslink anfordern' })).toBeVisible();
  await expect(dialog(page).getByRole('alert')).toHaveCount(0);
});

test('too large, disguised and surplus files are refused with a clear message; the form is untouched', async ({ page }) => {
  await page.goto(`/pages/plain.html?user=${unique('files')}`);
  await openForm(page, /Fehler melden/);
  await dialog(page).getByLabel('Zusammenfassung').fill('Drucker druckt nicht');
  await paste(page, [{ name: 'gross.png', type: 'image/png', size: 12 * 1024 * 1024 }]);
  await expect(dialog(page).locator('.refused')).toContainText('„gross.png“ ist größer als 10 MB');
  // An executable renamed to .png: the browser believes the name, the portal checks the bytes.
  await paste(page, [{ name: 'virus.png', type: 'image/png', base64: btoa('MZ\x90\x00\x03\x00\x00\x00\x04\x00 this program cannot be run in DOS mode') }]);
  await expect(dialog(page).locator('.file.failed')).toContainText('„virus.png“ wurde nicht angehängt');
  await dialog(page).getByRole('button', { name: 'virus.png entfernen' }).click();
  await paste(page, [1, 2, 3, 4, 5, 6].map((n) => ({ name: `bild-${n}.png`, type: 'image/png', base64: PNG })));
  await expect(dialog(page).locator('.file')).toHaveCount(5);
  await expect(dialog(page).locator('.refused')).toContainText('„bild-6.png“ wurde nicht angehängt: höchstens 5 Dateien');
  await expect(dialog(page).getByLabel('Zusammenfassung')).toHaveValue('Drucker druckt nicht');
});

test('switching to English in the profile changes the panel at once and on the next page load', async ({ page }) => {
  const sub = unique('lang');
  await page.goto(`/pages/plain.html?user=${sub}`);
  await launcher(page).click();
  await dialog(page).getByRole('button', { name: 'Profil' }).click();
  // Each language names itself in itself, so a screen reader says "English" in English in the German panel.
  await expect(dialog(page).getByLabel('Sprache').locator('option')).toHaveText(['Deutsch', 'English']);
  expect(await dialog(page).getByLabel('Sprache').locator('option').evaluateAll((options) => options.map((o) => o.getAttribute('lang')))).toEqual(['de', 'en']);
  await dialog(page).getByLabel('Sprache').selectOption('en');
  await dialog(page).getByRole('button', { name: 'Speichern' }).click();
  await expect(dialog(page).getByRole('heading', { name: 'Profile' })).toBeVisible();
  await expect(dialog(page).getByRole('button', { name: 'Save' })).toBeVisible();
  await page.reload();
  await expect(launcher(page)).toHaveAccessibleName(/Open help/);
  await launcher(page).click();
  await expect(dialog(page).getByRole('button', { name: /Report a problem/ })).toBeVisible();
});

test('logout then identify as a colleague leaves no trace of the first user in the DOM or storage', async ({ page }) => {
  const first = unique('first');
  const colleague = unique('colleague');
  await page.goto(`/pages/plain.html?user=${first}`);
  await openForm(page, /Fehler melden/);
  await dialog(page).getByLabel('Zusammenfassung').fill('Geheimer Entwurf von Nutzer eins');
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => JSON.stringify(localStorage))).toContain('Geheimer Entwurf');
  await page.evaluate((sub) => {
    const ms = (window as unknown as { MedSupport: MS }).MedSupport;
    ms.logout();
    ms.identify({ getToken: () => fetch(`/token?sub=${sub}`).then((r) => r.text()) });
  }, colleague);
  await page.evaluate(() => (window as unknown as { MedSupport: MS }).MedSupport.open('new', { category: 'bug' }));
  await expect(dialog(page).getByLabel('Zusammenfassung')).toHaveValue('');
  const html = await page.evaluate(() => document.querySelector('med-support')!.shadowRoot!.innerHTML);
  expect(html).not.toContain('Geheimer Entwurf');
  const storage = await page.evaluate(() => JSON.stringify(localStorage));
  expect(storage).not.toContain('Geheimer Entwurf');
  expect(storage).not.toContain(first);
});

test('a visitor the host identifies while writing keeps the text of the form', async ({ page }) => {
  await page.goto(`/pages/plain.html?user=${unique('before')}`);
  await expect(launcher(page)).toBeVisible();
  await page.evaluate(() => (window as unknown as { MedSupport: MS }).MedSupport.logout());
  await openForm(page, /Fehler melden/);
  await expect(dialog(page).getByLabel('E-Mail-Adresse')).toBeVisible();
  await dialog(page).getByLabel('Zusammenfassung').fill('Drucker druckt leere Seiten');
  await page.waitForTimeout(500);
  await page.evaluate((sub) => {
    (window as unknown as { MedSupport: MS }).MedSupport.identify({ getToken: () => fetch(`/token?sub=${sub}`).then((r) => r.text()) });
  }, unique('identified'));
  await expect(dialog(page).getByLabel('E-Mail-Adresse')).toHaveCount(0);
  await page.evaluate(() => (window as unknown as { MedSupport: MS }).MedSupport.open('new', { category: 'bug' }));
  await expect(dialog(page).getByLabel('Zusammenfassung')).toHaveValue('Drucker druckt leere Seiten');
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(':user:visitor:draft:')))).toEqual([]);
});

test('a user of another practice cannot download an attachment, even with its exact URL', async ({ page }) => {
  const token = async (sub: string, org: string) => (await page.request.get(`/token?sub=${sub}&org=${org}`)).text();
  const a = await token(unique('a'), 'org-berger');
  const b = await token(unique('b'), 'org-see');
  const upload = await page.request.post(`${PORTAL_API}/attachments`, {
    headers: { Authorization: `Bearer ${a}` },
    multipart: { file: { name: 'fehler.png', mimeType: 'image/png', buffer: Buffer.from(PNG, 'base64') } },
  });
  const { id } = (await upload.json()) as { id: string };
  const created = await page.request.post(`${PORTAL_API}/requests`, {
    headers: { Authorization: `Bearer ${a}`, 'Idempotency-Key': unique('idem') },
    data: { requestTypeId: 'bug', fields: { summary: 'Mit Anhang' }, attachments: [id] },
  });
  const detail = (await created.json()) as { activity: { attachments: { url: string }[] }[] };
  const url = `${PORTAL_API}/${detail.activity[0]!.attachments[0]!.url.replace(/^\//, '').replace(/^api\/portal\/v1\//, '')}`;
  const own = await page.request.get(url, { headers: { Authorization: `Bearer ${a}` } });
  expect(own.status()).toBe(200);
  expect(own.headers()['content-disposition']).toMatch(/^attachment/);
  expect(own.headers()['x-content-type-options']).toBe('nosniff');
  expect((await page.request.get(url, { headers: { Authorization: `Bearer ${b}` } })).status()).toBe(404);
});

test('a token the portal keeps refusing: asked again once, then the panel says the session expired and emits error', async ({ page }) => {
  await page.goto(`/pages/plain.html?user=${unique('expired')}`);
  await expect(launcher(page)).toBeVisible();
  await page.evaluate(() => {
    const w = window as unknown as { MedSupport: MS & { on(e: string, f: (p: unknown) => void): void }; asked: number; errors: unknown[] };
    w.asked = 0;
    w.errors = [];
    w.MedSupport.on('error', (p) => w.errors.push(p));
    w.MedSupport.identify({
      getToken: () => {
        w.asked++;
        return fetch('/token?sub=stale&expired=1').then((r) => r.text());
      },
    });
    w.MedSupport.open('profile');
  });
  await expect(dialog(page).locator('.expired')).toContainText('Ihre Sitzung ist abgelaufen');
  const { asked, errors } = await page.evaluate(() => {
    const w = window as unknown as { asked: number; errors: { code: string }[] };
    return { asked: w.asked, errors: w.errors };
  });
  // The first token, and one fresh token after the 401: never a storm of asks to the host.
  expect(asked).toBe(2);
  expect(errors.map((e) => e.code)).toContain('session_expired');
});

test('a user switched while the panel code downloads never gets the previous user\'s token', async ({ page }) => {
  const release = await holdRequests(page, '**/dist/med-support-panel.js');
  await page.goto(`/pages/plain.html?user=${unique('before')}&name=Erste%20Nutzerin`);
  // The click starts the download and asks the host for the first user's token.
  await launcher(page).click();
  await page.evaluate((sub) => {
    (window as unknown as { MedSupport: MS }).MedSupport.identify({
      getToken: () => fetch(`/token?sub=${sub}&name=Zweite%20Nutzerin`).then((r) => r.text()),
    });
  }, unique('after'));
  release();
  await dialog(page).getByRole('button', { name: 'Profil' }).click();
  await expect(dialog(page).getByLabel('Name')).toHaveValue('Zweite Nutzerin');
});

test('a reply carries a pasted screenshot, and the Activity lists it', async ({ page }) => {
  const sub = unique('reply');
  const token = await (await page.request.get(`/token?sub=${sub}`)).text();
  const created = await page.request.post(`${PORTAL_API}/requests`, {
    headers: { Authorization: `Bearer ${token}`, 'Idempotency-Key': unique('idem') },
    data: { requestTypeId: 'bug', fields: { summary: 'Druck bricht ab' } },
  });
  const { key } = (await created.json()) as { key: string };
  await page.goto(`/pages/plain.html?user=${sub}`);
  await page.evaluate((k) => (window as unknown as { MedSupport: MS }).MedSupport.open('request', k), key);
  const reply = dialog(page).getByLabel('Ihre Antwort');
  await reply.fill('Hier die Fehlermeldung als Bild.');
  await reply.evaluate((el, png) => {
    const dt = new DataTransfer();
    dt.items.add(new File([Uint8Array.from(atob(png), (c) => c.charCodeAt(0))], 'meldung.png', { type: 'image/png' }));
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, composed: true, cancelable: true }));
  }, PNG);
  await expect(dialog(page).locator('.file.done')).toHaveCount(1);
  await dialog(page).getByRole('button', { name: 'Antwort senden' }).click();
  await expect(dialog(page).locator('.activity-body').filter({ hasText: 'Hier die Fehlermeldung als Bild.' })).toBeVisible();
  await expect(dialog(page).getByRole('button', { name: 'meldung.png' })).toBeVisible();
  await expect(reply).toHaveValue('');
});

test('removing a file by keyboard keeps focus among the files, then on "Dateien auswählen", never back at the title', async ({ page }) => {
  await page.goto(`/pages/plain.html?user=${unique('remove-keys')}`);
  await openForm(page, /Fehler melden/);
  await paste(page, [1, 2].map((n) => ({ name: `bild-${n}.png`, type: 'image/png', base64: PNG })));
  await expect(dialog(page).locator('.file.done')).toHaveCount(2);
  const focused = () => page.evaluate(() => document.querySelector('med-support')!.shadowRoot!.activeElement?.getAttribute('aria-label') ?? document.querySelector('med-support')!.shadowRoot!.activeElement?.textContent);
  await dialog(page).getByRole('button', { name: 'bild-1.png entfernen' }).focus();
  await page.keyboard.press('Enter');
  await expect(dialog(page).locator('.file')).toHaveCount(1);
  await expect.poll(focused).toBe('bild-2.png entfernen');
  await page.keyboard.press('Enter');
  await expect(dialog(page).locator('.file')).toHaveCount(0);
  await expect.poll(focused).toBe('Dateien auswählen');
});
