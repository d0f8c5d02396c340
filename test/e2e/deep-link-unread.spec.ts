import { expect, test } from '@playwright/test';
import type { ReadMarks } from '../../src/api/contract';
import { agentReply, createRequest, dialog, portalJson, requestsPage, tokenFor, uniqueId } from './support/helpers';

test('a reply opened from the mail\'s deep link shows as new while the unread list is slow (JSM), and only then counts as read', async ({ page }) => {
  const user = uniqueId('u-mail');
  const org = uniqueId('org-mail');
  const token = await tokenFor(user, { org });
  const key = await createRequest(token, 'Kartenleser wird nicht erkannt');
  // The user's first check, days ago on another PC: the portal's `since`, so the reply below is unread everywhere.
  await portalJson<ReadMarks>('/me/reads', { token });
  await agentReply(key, 'Bitte stecken Sie den Kartenleser an einen anderen USB-Anschluss.');

  // The unread check's list as slow as on JSM (~800 ms there), far slower than the request page itself.
  await page.route('**/requests?*ownership=mine*', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 4_000));
    await route.continue().catch(() => undefined);
  });
  let listAnswered = false;
  let readsAnswered = false;
  let markedEarly = false;
  page.on('response', (r) => void (r.url().includes('ownership=mine') && (listAnswered = true)));
  page.on('response', (r) => void (r.url().endsWith('/me/reads') && r.ok() && (readsAnswered = true)));
  page.on('request', (r) => void (r.method() === 'PUT' && r.url().endsWith(`/requests/${key}/read`) && !readsAnswered && (markedEarly = true)));
  const marked = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().endsWith(`/requests/${key}/read`));

  await page.goto(requestsPage(user, { org, extra: `medsupport=request/${key}` }));
  const reply = dialog(page).locator('.activity-item.new', { hasText: 'anderen USB-Anschluss' });
  await expect(reply).toBeVisible();
  await expect(reply.locator('.new-tag')).toHaveText('Neu');
  await expect(dialog(page).getByRole('button', { name: 'Neue Antwort', exact: true })).toBeVisible();
  // The case this is about: the page showed before the list had answered.
  expect(listAnswered).toBe(false);

  // Read now, on every device: but not before the widget knew the marks (and so showed the reply as new).
  expect((await marked).ok()).toBe(true);
  expect(markedEarly).toBe(false);
  const reads = await portalJson<ReadMarks>('/me/reads', { token });
  expect(reads.marks[key]).toBeDefined();
  // What was new stays marked while the user reads it.
  await expect(reply.locator('.new-tag')).toHaveText('Neu');
});
