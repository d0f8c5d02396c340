import { expect, test, type Page } from '@playwright/test';
import { XSS_VECTORS } from '../fixtures/xss-vectors';
import { dialog, launcher } from './support/helpers';
import { PORTAL_API } from './support/ports';

const AGENT = { Authorization: 'Bearer medsupport-demo-agent-key' };
type MS = { open(v?: string, a?: unknown): void; setLocale(l: string): void };

/** Fails the test if anything on the page ran: the vectors set window.__xss or open a dialog. */
async function guard(page: Page): Promise<() => Promise<void>> {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return async () => {
    expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
  };
}

test('XSS vectors stored through the API in summaries, descriptions, comments, names and articles render inert in every view', async ({ page }) => {
  test.setTimeout(120_000);
  const sub = `e2e-xss-${Date.now()}`;
  const org = `org-${sub}`;
  const name = XSS_VECTORS[1]!;
  const token = await (await page.request.get(`/token?sub=${sub}&org=${org}&name=${encodeURIComponent(name)}`)).text();
  const auth = { Authorization: `Bearer ${token}` };
  const keys: string[] = [];
  for (const [i, vector] of XSS_VECTORS.entries()) {
    const res = await page.request.post(`${PORTAL_API}/requests`, {
      headers: { ...auth, 'Idempotency-Key': `${sub}-${i}` },
      data: { requestTypeId: 'bug', fields: { summary: vector.slice(0, 255), description: vector, errorMessage: vector } },
    });
    expect(res.status()).toBe(201);
    keys.push(((await res.json()) as { key: string }).key);
  }
  const target = keys[0]!;
  for (const [i, vector] of XSS_VECTORS.entries()) {
    const res = await page.request.post(`${PORTAL_API}/requests/${target}/comments`, { headers: { ...auth, 'Idempotency-Key': `${sub}-c${i}` }, data: { body: vector } });
    expect(res.status()).toBe(201);
  }
  await page.request.post(`${PORTAL_API}/agent/requests/${target}/comments`, { headers: AGENT, data: { body: XSS_VECTORS.join('\n'), author: XSS_VECTORS[3] } });

  const check = await guard(page);
  await page.goto(`/pages/plain.html?user=${sub}&org=${org}&name=${encodeURIComponent(name)}`);
  await page.evaluate(() => (window as unknown as { MedSupport: MS }).MedSupport.open('requests'));
  await expect(dialog(page).locator('.request-row').first()).toBeVisible();
  const more = dialog(page).getByRole('button', { name: 'Weitere Anfragen laden' });
  while (await more.isVisible()) {
    await more.click();
    await page.waitForTimeout(200);
  }
  await expect(dialog(page).locator('.request-row')).toHaveCount(XSS_VECTORS.length);
  await expect(dialog(page).getByText(XSS_VECTORS[0]!, { exact: true }).first()).toBeVisible();
  await check();

  await page.evaluate((key) => (window as unknown as { MedSupport: MS }).MedSupport.open('request', key), target);
  await expect(dialog(page).locator('.activity-body').nth(XSS_VECTORS.length)).toBeVisible();
  // Give an injected image's onerror the time it needs to fire before looking at the flag.
  await page.waitForTimeout(300);
  await check();
  await expect(dialog(page).getByText(XSS_VECTORS[10]!, { exact: true }).first()).toBeVisible();
  for (const key of keys.slice(1, 12)) {
    await page.evaluate((k) => (window as unknown as { MedSupport: MS }).MedSupport.open('request', k), key);
    await expect(dialog(page).getByRole('heading', { level: 3 }).first()).toBeVisible();
  }
  await check();

  await page.evaluate(() => (window as unknown as { MedSupport: MS }).MedSupport.open('home'));
  await dialog(page).getByLabel('In der Hilfe suchen').fill('Sicherheitsprobe');
  await dialog(page).locator('.article-link').filter({ hasText: 'Sicherheitsprobe' }).click();
  await expect(dialog(page).locator('.article-body')).toContainText('klick');
  const unsafe = await dialog(page)
    .locator('.article-body')
    .evaluate((body) =>
      [...body.querySelectorAll('*')].filter(
        (el) => ['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'IMG', 'STYLE', 'FORM', 'INPUT'].includes(el.tagName.toUpperCase()) || [...el.attributes].some((a) => /^on/i.test(a.name) || /javascript:|data:/i.test(a.value)),
      ).length,
    );
  expect(unsafe).toBe(0);
  await check();
});

test('a strict CSP with Trusted Types sees no violation through a full flow', async ({ page }) => {
  test.setTimeout(60_000);
  const sub = `e2e-csp-${Date.now()}`;
  await page.goto(`/pages/csp.html?user=${sub}`);
  await launcher(page).click();
  await dialog(page).getByRole('button', { name: /Fehler melden/ }).click();
  await dialog(page).getByLabel('Zusammenfassung').fill('Rechnung drucken geht nicht');
  await dialog(page).locator('.suggestions .article-link').first().click();
  await expect(dialog(page).locator('.article-body')).toBeVisible();
  await dialog(page).getByRole('button', { name: 'Zurück' }).click();
  await dialog(page).getByRole('button', { name: 'Senden', exact: true }).click();
  await dialog(page).getByRole('button', { name: 'Anfrage ansehen' }).click();
  await expect(dialog(page).getByText('Rechnung drucken geht nicht').first()).toBeVisible();
  await page.evaluate(() => (window as unknown as { MedSupport: MS }).MedSupport.open('requests'));
  await expect(dialog(page).locator('.request-row').first()).toBeVisible();
  await page.evaluate(() => (window as unknown as { MedSupport: MS }).MedSupport.open('profile'));
  await expect(dialog(page).getByLabel('Sprache')).toBeVisible();
  await page.evaluate(() => (window as unknown as { MedSupport: MS }).MedSupport.setLocale('en'));
  await expect(dialog(page).getByRole('heading', { name: 'Profile' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
});
