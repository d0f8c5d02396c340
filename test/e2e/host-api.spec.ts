import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { dialog, focusedText, holdRequests, launcher, openPage, uniqueId } from './support/helpers';
import { FAULT_PORT } from './support/ports';

const PORTAL = `http://127.0.0.1:${FAULT_PORT}/api/portal/v1`;

/** The README's queue stub, as the test pages include it. */
const SNIPPET = /<script[^>]*>([\s\S]*?)<\/script>/.exec(readFileSync(join(import.meta.dirname, 'pages/snippet.html'), 'utf8'))![1]!;

type Api = {
  init(c: unknown): void;
  open(v?: string, a?: unknown): void;
  isOpen(): boolean;
  identify(i: unknown): void;
  destroy(): void;
};
const api = (page: Page, fn: (ms: Api, arg: string) => unknown, arg = '') =>
  page.evaluate(([body, a]) => new Function('ms', 'arg', `return (${body})(ms, arg)`)((window as unknown as { MedSupport: Api }).MedSupport, a), [fn.toString(), arg] as const);
const events = (page: Page) => page.evaluate(() => (window as unknown as { events: unknown[] }).events);
const warnings = (page: Page): string[] => {
  const seen: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning') seen.push(m.text());
  });
  return seen;
};

test('SPA remount: destroy(), the snippet, init() and the script tag again give one widget that window.MedSupport controls', async ({ page }) => {
  await openPage(page);
  await api(page, (ms) => ms.destroy());
  await expect(page.locator('med-support')).toHaveCount(0);
  // What a single-page app's mount code runs again: the stub, init, and a new script tag.
  await page.evaluate(
    ([snippet, portalUrl]) =>
      new Promise((loaded) => {
        new Function(snippet)();
        (window as unknown as { MedSupport: Api }).MedSupport.init({ portalUrl });
        const script = document.createElement('script');
        script.src = '/dist/med-support.js';
        script.onload = loaded;
        document.body.append(script);
      }),
    [SNIPPET, PORTAL] as const,
  );
  await expect(launcher(page)).toBeVisible();
  await api(page, (ms) => ms.open('home'));
  await expect(dialog(page)).toBeVisible();
  expect(await api(page, (ms) => ms.isOpen())).toBe(true);
  await expect(page.locator('med-support')).toHaveCount(1);
  expect(await page.evaluate(() => 'q' in (window as unknown as { MedSupport: object }).MedSupport)).toBe(false);

  // And once more without a reload: destroy() then init() gives one widget again.
  await api(page, (ms) => ms.destroy());
  await api(page, (ms) => ms.init({ portalUrl: '/api/portal/v1' }));
  await expect(page.locator('med-support')).toHaveCount(1);
  await expect(launcher(page)).toBeVisible();
});

test('a loader in <head> waits for the body, then mounts and runs the calls made meanwhile in order', async ({ page }) => {
  const warned = warnings(page);
  await page.goto(`/pages/head.html?user=${uniqueId('head')}`);
  await expect(dialog(page)).toBeVisible();
  await expect(dialog(page).getByRole('heading', { name: 'Hilfe & Support' })).toBeVisible();
  expect(await events(page)).toEqual(['ready', 'open']);
  expect(warned.filter((w) => w.includes('[MedSupport]'))).toEqual([]);

  await page.goto('/pages/head-data-attrs.html');
  await expect(launcher(page)).toBeVisible();
  await expect(page.locator('med-support')).toHaveCount(1);
});

for (const mode of ['reject', 'throw', 'number', 'empty']) {
  test(`a getToken that fails (${mode}) is reported once as token_failed and the panel offers a retry, not "session expired"`, async ({ page }) => {
    const warned = warnings(page);
    const user = uniqueId('token');
    await page.goto(`/pages/token.html?mode=${mode}&user=${user}`);
    await expect(launcher(page)).toBeVisible();
    await api(page, (ms) => ms.open('requests'));
    const alert = dialog(page).locator('.token-failed');
    await expect(alert).toContainText('Die Anmeldung beim Supportportal ist fehlgeschlagen');
    await expect(dialog(page)).not.toContainText('abgelaufen');
    const errors = (await events(page)) as [string, { code: string }][];
    expect(errors.map(([, e]) => e.code)).toEqual(['token_failed']);
    expect(warned.filter((w) => w.includes('getToken'))).toHaveLength(1);
    expect(warned.join('\n')).not.toContain('Bearer');

    await expect(alert.getByRole('button', { name: 'Erneut versuchen' })).toBeVisible();
    // One message and one Retry: the view behind the banner does not say it again.
    await expect(dialog(page).getByRole('alert')).toHaveCount(1);
    await expect(dialog(page).getByRole('button', { name: 'Erneut versuchen' })).toHaveCount(1);
    // The host is fixed and the user retries at once: no background call may cure it first.
    await page.evaluate(() => {
      (window as unknown as { tokenWorks: boolean }).tokenWorks = true;
      document.querySelector('med-support')!.shadowRoot!.querySelector<HTMLButtonElement>('.token-failed button')!.click();
    });
    await expect(alert).toHaveCount(0);
    await expect(dialog(page).getByRole('heading', { name: 'Meine Anfragen' })).toBeVisible();
    // The list the failure held back now loads: rows or its empty state, for this new user.
    await expect(dialog(page).getByText(/Keine Anfragen gefunden|noch keine Anfragen/).or(dialog(page).locator('.request-row').first())).toBeVisible();
  });
}

test('identify() again for the same user (a token refresh) keeps the form, its text and the focus', async ({ page }) => {
  const user = uniqueId('refresh');
  await openPage(page, 'plain.html', user);
  await api(page, (ms) => ms.open('new', { category: 'bug' }));
  const summary = dialog(page).getByLabel('Zusammenfassung');
  await summary.click();
  await page.keyboard.type('Kalender ');
  // The host's token endpoint is slow while it refreshes: keystrokes go on meanwhile.
  const release = await holdRequests(page, '**/token?*');
  await api(page, (ms, sub) => ms.identify({ getToken: () => fetch(`/token?sub=${sub}`).then((r) => r.text()) }), user);
  await page.keyboard.type('springt');
  release();
  await page.waitForResponse((r) => r.url().includes('/token?'));
  await page.keyboard.type(' zurück');
  await expect(summary).toHaveValue('Kalender springt zurück');
  expect(await focusedText(page)).toMatch(/^input#/);
  await expect(dialog(page).locator('.loading, [aria-busy="true"]')).toHaveCount(0);
});

test('a strict CSP without constructable stylesheets: the loader script tag’s nonce styles the widget', async ({ page }) => {
  await page.addInitScript(() => {
    // A browser without constructable stylesheets: the widget falls back to nonce'd <style> elements.
    delete (CSSStyleSheet.prototype as unknown as Record<string, unknown>)['replaceSync'];
    delete (Document.prototype as unknown as Record<string, unknown>)['adoptedStyleSheets'];
  });
  await page.goto(`/pages/csp.html?nonce=tag&user=${uniqueId('csp')}`);
  await expect(launcher(page)).toBeVisible();
  expect(await launcher(page).evaluate((el) => getComputedStyle(el).borderRadius)).toBe('28px');
  await launcher(page).click();
  await expect(dialog(page).locator('.category').first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
});

test('invalid optional data attributes fall back to their defaults with a warning each; the widget still starts', async ({ page }) => {
  const warned = warnings(page);
  await page.goto('/pages/data-attrs-invalid.html');
  await expect(launcher(page)).toHaveAccessibleName('Hilfe und Support öffnen');
  expect(await page.locator('med-support').getAttribute('data-position')).toBe('bottom-right');
  expect(warned.filter((w) => w.includes('[MedSupport]'))).toEqual(['[MedSupport] config.position "left" is invalid; using bottom-right.']);
});

test('init() with a container that is no element (a selector, the document) mounts on the body instead of throwing into the host', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await openPage(page);
  for (const container of ['"#app"', 'document']) {
    await api(page, (ms) => ms.destroy());
    const thrown = await page.evaluate(
      ([portalUrl, expression]) => {
        try {
          (window as unknown as { MedSupport: Api }).MedSupport.init({ portalUrl, container: new Function(`return ${expression}`)() });
          return null;
        } catch (error) {
          return String(error);
        }
      },
      [PORTAL, container] as const,
    );
    expect(thrown).toBeNull();
    await expect(page.locator('body > med-support')).toHaveCount(1);
    await expect(launcher(page)).toBeVisible();
  }
  expect(errors).toEqual([]);
});

test('destroy() while open emits close and gives the focus back to the host element that opened the panel', async ({ page }) => {
  await openPage(page, 'plain.html', uniqueId('destroy'));
  await page.locator('#host-help').click();
  await expect(dialog(page)).toBeVisible();
  await expect.poll(() => focusedText(page)).toMatch(/^h2#ms-title/);
  await page.evaluate(() => {
    const w = window as unknown as { MedSupport: Api; events: [string, unknown][] };
    w.events.length = 0;
    w.MedSupport.destroy();
  });
  expect(((await events(page)) as [string][]).map(([e]) => e)).toEqual(['close']);
  expect(await focusedText(page)).toMatch(/^button#host-help/);
  await expect(page.locator('med-support')).toHaveCount(0);
});

test('logout() while a request is on its way: the next person at the PC sees neither its confirmation nor its key', async ({ page }) => {
  await openPage(page, 'plain.html', uniqueId('logout-sending'));
  await api(page, (ms) => ms.open('new', { category: 'bug' }));
  await dialog(page).getByLabel('Zusammenfassung').fill('Befund Patient Meier');
  const release = await holdRequests(page, '**/api/portal/v1/requests');
  const answered = page.waitForResponse((r) => r.url().endsWith('/api/portal/v1/requests') && r.request().method() === 'POST');
  await dialog(page).getByRole('button', { name: 'Senden', exact: true }).click();
  await page.evaluate(() => (window as unknown as { MedSupport: { logout(): void } }).MedSupport.logout());
  release();
  expect((await answered).status()).toBe(201);
  await page.waitForTimeout(300);
  await expect(dialog(page).locator('.success')).toHaveCount(0);
  await expect(dialog(page)).not.toContainText('Befund Patient Meier');
});

test('identify() with another user while their token is on the way: the earlier user\'s form is not sent in their name, and stays the earlier user\'s draft', async ({ page }) => {
  const [anna, clara] = [uniqueId('switch-a'), uniqueId('switch-c')];
  await openPage(page, 'plain.html', anna);
  await api(page, (ms) => ms.open('new', { category: 'bug' }));
  await dialog(page).getByLabel('Zusammenfassung').fill('Befund Patient Meier, nur Praxis Eins');
  const sent: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().endsWith('/api/portal/v1/requests')) sent.push(r.postData() ?? '');
  });
  // The host switches to a user of another practice without logout(), and its token endpoint is slow.
  const release = await holdRequests(page, '**/token?*');
  await api(page, (ms, sub) => ms.identify({ getToken: () => fetch(`/token?sub=${sub}&org=org-zwei`).then((r) => r.text()) }), clara);
  await dialog(page).getByRole('button', { name: 'Senden', exact: true }).click();
  release();
  await expect(dialog(page).getByLabel('Zusammenfassung')).toHaveValue('');
  // Long enough for the client's retries of the send (well under a second of back-off): none may go out either, now
  // that the new user's token is there.
  await page.waitForTimeout(2_000);
  expect(sent).toEqual([]);
  // Back to the first user: her text is there for her.
  await api(page, (ms, sub) => ms.identify({ getToken: () => fetch(`/token?sub=${sub}`).then((r) => r.text()) }), anna);
  await api(page, (ms) => ms.open('new', { category: 'bug' }));
  await expect(dialog(page).getByLabel('Zusammenfassung')).toHaveValue('Befund Patient Meier, nur Praxis Eins');
  expect(sent).toEqual([]);
});

test("a visitor's draft of an earlier page load is not the next signed-in user's; logout() forgets it", async ({ page }) => {
  await page.goto('/pages/visitor.html');
  await launcher(page).click();
  await dialog(page).getByRole('button', { name: /Fehler melden/ }).click();
  await dialog(page).getByLabel('Zusammenfassung').fill('Besucherin: Befund Weber');
  await page.waitForTimeout(600);
  await page.reload();
  await expect(launcher(page)).toBeVisible();
  const user = uniqueId('after-visitor');
  await api(page, (ms, sub) => ms.identify({ getToken: () => fetch(`/token?sub=${sub}`).then((r) => r.text()) }), user);
  await api(page, (ms) => ms.open('new', { category: 'bug' }));
  await expect(dialog(page).getByLabel('Zusammenfassung')).toHaveValue('');
  const visitorDrafts = () => page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(':user:visitor:draft:')).length);
  expect(await visitorDrafts()).toBe(1);
  await page.evaluate(() => (window as unknown as { MedSupport: { logout(): void } }).MedSupport.logout());
  expect(await visitorDrafts()).toBe(0);
});
