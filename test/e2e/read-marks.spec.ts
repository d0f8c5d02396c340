import { expect, test, type Browser, type Page } from '@playwright/test';
import { agentReply, createRequest, dialog, requestsPage, tokenFor, uniqueId } from './support/helpers';

type Host = { MedSupport: { open(view: string, arg?: string): void; close(): void } };

const badge = (page: Page) => page.locator('med-support .launcher .badge');
/** What a screen reader hears while the panel is closed: the live region outside the dialog. */
const closedNews = (page: Page) => page.locator('med-support p[aria-live="polite"]:not([role="dialog"] p)');

/** The host page on a browser of its own (another practice PC), up to its first unread check. */
async function onAnotherPc(browser: Browser, user: string, org: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  const firstCheck = page.waitForResponse((r) => r.url().endsWith('/me/reads') && r.ok());
  await page.goto(requestsPage(user, { org, poll: 300 }));
  await firstCheck;
  return page;
}

test('unread is the same on every PC: a reply shows in a fresh browser too, and reading it on one clears it on the other', async ({ browser }) => {
  const user = uniqueId('u-reads');
  const org = uniqueId('org-reads');
  const key = await createRequest(await tokenFor(user, { org }), 'Rezeptdruck bricht ab');

  const reception = await onAnotherPc(browser, user, org);
  await expect(closedNews(reception)).toHaveText('');
  await agentReply(key, 'Bitte installieren Sie den Druckertreiber neu.');
  await expect(badge(reception)).toHaveText('1');
  // The reply came while the panel was closed: said as it comes, as the badge is no text.
  await expect(closedNews(reception)).toHaveText('Neues vom Support-Team: 1 neue Antwort');

  // A browser that has never seen the widget: the portal says the reply is unread, so it shows here too, but it
  // was there before this page's first check, so it is not news to announce.
  const office = await onAnotherPc(browser, user, org);
  await expect(badge(office)).toHaveText('1');
  await expect(closedNews(office)).toHaveText('');

  const marked = reception.waitForResponse((r) => r.url().endsWith(`/requests/${key}/read`) && r.request().method() === 'PUT');
  await reception.evaluate((k) => (window as unknown as Host).MedSupport.open('request', k), key);
  await expect(dialog(reception).locator('.activity-item.agent', { hasText: 'Druckertreiber' })).toBeVisible();
  expect((await marked).ok()).toBe(true);
  await expect(badge(reception)).toBeHidden();
  // Closed again, the panel says nothing it said before.
  await reception.evaluate(() => (window as unknown as Host).MedSupport.close());
  await expect(closedNews(reception)).toHaveText('');
  // The other PC learns it at its next check, without a reload.
  await expect(badge(office)).toBeHidden();

  // And the list there shows the request without the unread mark.
  await office.evaluate(() => (window as unknown as Host).MedSupport.open('requests'));
  await expect(dialog(office).locator('.request-row', { hasText: 'Rezeptdruck bricht ab' })).toBeVisible();
  await expect(dialog(office).locator('.request-row.unread')).toHaveCount(0);
});
