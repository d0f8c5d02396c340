import { expect, test, type Page } from '@playwright/test';
import { dialog, launcher, requestsPage } from './support/helpers';

type MS = { logout(): void; identify(i: unknown): void; open(v?: string, a?: unknown): void; close(): void };
const ms = (page: Page, fn: (ms: MS, arg: string) => void, arg = '') =>
  page.evaluate(([body, a]) => new Function('ms', 'arg', `(${body})(ms, arg)`)((window as unknown as { MedSupport: MS }).MedSupport, a), [fn.toString(), arg] as const);
const identifyAs = (page: Page, sub: string) => ms(page, (m, s) => m.identify({ getToken: () => fetch(`/token?sub=${s}`).then((r) => r.text()) }), sub);

test('switching the user: list, request types and labels follow the new user’s language at once; a visitor gets the host’s', async ({ page }) => {
  await page.goto(requestsPage('u-berger-anna'));
  await ms(page, (m) => m.open('requests'));
  await expect(dialog(page).getByRole('heading', { name: 'Meine Anfragen' })).toBeVisible();
  await expect(dialog(page).locator('.request-row').first().locator('.status-badge')).toHaveText(/Warten|Bearbeitung/);

  // Sofia Yilmaz prefers English: the open list is fetched again, in English.
  await identifyAs(page, 'u-berger-sofia');
  await expect(dialog(page).getByRole('heading', { name: 'My requests' })).toBeVisible();
  await expect(dialog(page).locator('.request-row').filter({ hasText: 'How do I switch the calendar' })).toHaveCount(1);
  await expect(dialog(page).locator('.status-badge')).not.toContainText([/Warten|Bearbeitung/]);
  await expect(dialog(page).locator('.status-badge').first()).toHaveText(/Waiting|In progress/);
  await ms(page, (m) => m.close());
  await ms(page, (m) => m.open());
  await expect(dialog(page).locator('.status-badge').first()).toHaveText(/Waiting|In progress/);
  await ms(page, (m) => m.open('home'));
  await expect(dialog(page).getByRole('button', { name: /Report a problem/ })).toBeVisible();

  // Back to a German user, on the request list.
  await identifyAs(page, 'u-berger-anna');
  await ms(page, (m) => m.open('requests'));
  await expect(dialog(page).getByRole('heading', { name: 'Meine Anfragen' })).toBeVisible();
  await expect(dialog(page).locator('.status-badge').first()).toHaveText(/Warten|Bearbeitung/);

  // English user, then a visitor: the visitor sees the host's configured language (German), not the last user's.
  await identifyAs(page, 'u-berger-sofia');
  await expect(dialog(page).getByRole('heading', { name: 'My requests' })).toBeVisible();
  await ms(page, (m) => m.logout());
  await expect(dialog(page).getByRole('heading', { name: 'Meine Anfragen' })).toBeVisible();
  await expect(dialog(page).getByRole('button', { name: 'Registrierungslink anfordern' })).toBeVisible();
  await expect(launcher(page)).toHaveAccessibleName(/Hilfe und Support/);
});

test('the profile offers no sign-out of its own when the host identifies the user; after the host’s logout, signing in again works without a reload', async ({ page }) => {
  await page.goto(requestsPage('u-berger-anna'));
  await ms(page, (m) => m.open('profile'));
  await expect(dialog(page).getByLabel('Name')).toHaveValue('Dr. Anna Berger');
  await expect(dialog(page).getByRole('button', { name: 'Abmelden' })).toHaveCount(0);
  await expect(dialog(page).getByText('Sie sind über Ihre Praxissoftware angemeldet.', { exact: false })).toBeVisible();
  // The host signs out on its own logout, and in again as a colleague: the profile follows, no registration asked.
  await ms(page, (m) => m.logout());
  await expect(dialog(page).getByRole('button', { name: 'Registrierungslink anfordern' })).toBeVisible();
  await identifyAs(page, 'u-berger-markus');
  await expect(dialog(page).getByLabel('Name')).toHaveValue('Markus Klein');
  await expect(dialog(page).getByRole('button', { name: 'Registrierungslink anfordern' })).toHaveCount(0);
});
