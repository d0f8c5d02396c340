import { expect, test } from '@playwright/test';
import { agentReply, createRequest, dialog, firstUnreadCheck, launcher, requestsPage, tokenFor, uniqueId } from './support/helpers';

type Host = { MedSupport: { open(view: string, arg?: string): void; close(): void; setLocale(l: string): void } };

test('counted texts take their plural form from Intl.PluralRules: "1 neue Antwort", "1 Anfrage angezeigt", "1 new reply"', async ({ page }) => {
  const user = uniqueId('u-plural');
  const org = uniqueId('org-plural');
  const token = await tokenFor(user, { org });
  const key = await createRequest(token, 'Etiketten werden leer gedruckt');
  const firstCheck = firstUnreadCheck(page);
  await page.goto(requestsPage(user, { org, poll: 300 }));
  await firstCheck;
  await agentReply(key, 'Welchen Drucker nutzen Sie?');
  await expect(launcher(page)).toHaveAccessibleName('Hilfe und Support öffnen, 1 neue Antwort');
  await page.evaluate(() => (window as unknown as Host).MedSupport.setLocale('en'));
  await expect(launcher(page)).toHaveAccessibleName('Open help and support, 1 new reply');
  await page.evaluate(() => (window as unknown as Host).MedSupport.setLocale('de'));
  await expect(launcher(page)).toHaveAccessibleName('Hilfe und Support öffnen, 1 neue Antwort');

  await agentReply((await createRequest(token, 'Zweite Frage')) as string, 'Auch hierzu eine Antwort.');
  await expect(launcher(page)).toHaveAccessibleName('Hilfe und Support öffnen, 2 neue Antworten');

  // Home names them where the way to them starts.
  await page.evaluate(() => (window as unknown as Host).MedSupport.open('home'));
  await expect(dialog(page).getByRole('button', { name: 'Meine Anfragen · 2 neue Antworten' })).toBeVisible();
  await page.evaluate(() => (window as unknown as Host).MedSupport.open('requests'));
  await dialog(page).getByLabel('In der Zusammenfassung suchen').fill('Etiketten');
  await expect(dialog(page).locator('[aria-live="polite"]').filter({ hasText: /angezeigt/ })).toHaveText('1 Anfrage angezeigt');
  await page.evaluate(() => (window as unknown as Host).MedSupport.setLocale('en'));
  await expect(dialog(page).locator('[aria-live="polite"]').filter({ hasText: /shown/ })).toHaveText('1 request shown');
});
