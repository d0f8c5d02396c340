import { expect, test } from '@playwright/test';
import { agentReply, agentStatus, createRequest, dialog, firstUnreadCheck, requestsPage, tokenFor, uniqueId } from './support/helpers';

type Host = { MedSupport: { open(view: string, arg?: string): void; close(): void } };

test('a request opens at its top with key, summary and status in view; an unread reply is marked and one step away', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 680 });
  const user = uniqueId('u-top');
  const org = uniqueId('org-top');
  const token = await tokenFor(user, { org });
  const key = await createRequest(token, 'Terminerinnerungen per SMS kommen doppelt', { description: 'Seit Montag erhalten Patienten jede Erinnerung zweimal.\n'.repeat(6) });
  for (let i = 1; i <= 4; i++) await agentReply(key, `Zwischenstand ${i}: Wir prüfen das mit dem SMS-Anbieter.\n`.repeat(3));
  const firstCheck = firstUnreadCheck(page);
  await page.goto(requestsPage(user, { org, poll: 300 }));
  await firstCheck;
  await agentReply(key, 'Der Fehler ist behoben. Bitte prüfen Sie es morgen noch einmal.');
  await expect(page.locator('med-support .launcher .badge')).toHaveText('1');

  await page.evaluate((k) => (window as unknown as Host).MedSupport.open('request', k), key);
  await expect(dialog(page).getByRole('heading', { level: 2 })).toHaveText(`Anfrage ${key}`);
  await expect(dialog(page).locator('.request-summary')).toBeInViewport();
  await expect(dialog(page).locator('.request-top .key')).toBeInViewport();
  await expect(dialog(page).locator('.request-top .status-badge')).toBeInViewport();
  expect(await dialog(page).locator('section.body:not([hidden])').evaluate((el) => el.scrollTop)).toBe(0);

  const newest = dialog(page).locator('.activity-item.new');
  await expect(newest).toHaveCount(1);
  await expect(newest).toContainText('Der Fehler ist behoben');
  await expect(newest).toContainText('Neu');
  await expect(newest).not.toBeInViewport();
  const jump = dialog(page).getByRole('button', { name: 'Neue Antwort', exact: true });
  await expect(jump).toBeInViewport();
  await jump.click();
  await expect(newest).toBeInViewport();
  await expect(newest).toBeFocused();
  // Only the body scrolls: the header with Back and Close stays where it was.
  await expect(dialog(page).getByRole('button', { name: 'Schließen' })).toBeInViewport();
  expect(await dialog(page).evaluate((el) => el.scrollTop)).toBe(0);
});

test('a status change is news but no answer: the jump says so', async ({ page }) => {
  const user = uniqueId('u-news');
  const org = uniqueId('org-news');
  const token = await tokenFor(user, { org });
  const key = await createRequest(token, 'Rechnungsdruck bricht ab');
  const firstCheck = firstUnreadCheck(page);
  await page.goto(requestsPage(user, { org, poll: 300 }));
  await firstCheck;
  await agentReply(key, 'Wir schauen uns das an.');
  await agentStatus(key, 'in_progress');
  await expect(page.locator('med-support .launcher .badge')).toHaveText('1');
  await page.evaluate((k) => (window as unknown as Host).MedSupport.open('request', k), key);
  await expect(dialog(page).getByRole('button', { name: '2 Neuigkeiten', exact: true })).toBeVisible();
});
