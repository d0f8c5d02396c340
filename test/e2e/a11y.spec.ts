import { expect, test, type Page } from '@playwright/test';
import {
  asAgent,
  axeViolations,
  createRequest,
  currentView,
  freshIdentity,
  openA11yPage,
  tokenFor,
  widget,
  type Lang,
  type Scheme,
} from './support/a11y';
import { dialog, launcher } from './support/helpers';

/**
 * axe (WCAG 2.1 A/AA) on every view of the panel and its error states, in both languages and both colour schemes.
 * Each view is checked where it stands; all findings of a test are reported together (soft assertions).
 */

const TEXT = {
  de: { summary: 'Zusammenfassung', send: 'Senden', solved: 'Das hat mein Problem gelöst', save: 'Speichern', retry: 'Erneut versuchen', email: 'E-Mail-Adresse', register: 'Registrierungslink anfordern' },
  en: { summary: 'Summary', send: 'Send', solved: 'This solved my problem', save: 'Save', retry: 'Try again', email: 'Email address', register: 'Send registration link' },
} as const;

async function check(page: Page, view: string): Promise<void> {
  expect.soft(await axeViolations(page), `axe on ${view}`).toEqual([]);
}

const COMBOS: [Lang, Scheme][] = [
  ['de', 'light'],
  ['de', 'dark'],
  ['en', 'light'],
  ['en', 'dark'],
];

for (const [locale, scheme] of COMBOS) {
  test.describe(`${locale}, ${scheme}`, () => {
    const text = TEXT[locale];

    test('signed-in views: home, search, form with suggestions and errors, article, success, list, request, profile', async ({ page }) => {
      test.setTimeout(120_000);
      const { user, org } = freshIdentity('a11y');
      const token = await tokenFor(page, user, org);
      const open = await createRequest(page, token, locale, { summary: 'Drucker druckt keine Rechnungen', description: 'Seit dem Update.' });
      await asAgent(page, open, 'status', { status: 'in_progress' });
      await asAgent(page, open, 'comments', { body: 'Welchen Drucker verwenden Sie?' });
      const closed = await createRequest(page, token, locale, { summary: 'Alte Frage' });
      await asAgent(page, closed, 'status', { status: 'closed' });

      await openA11yPage(page, { scheme, locale, user, org });
      await widget(page, 'open', 'home');
      await expect(currentView(page).locator('.category').first()).toBeVisible();
      // Language of parts (3.1.2): the host page is German, the widget speaks the user's language.
      await expect(dialog(page)).toHaveAttribute('lang', locale);
      await expect(launcher(page)).toHaveAttribute('lang', locale);
      await check(page, 'home');

      await currentView(page).locator('#ms-home-search').fill('Rechnung drucken');
      await expect(currentView(page).locator('.article-link').first()).toBeVisible();
      await check(page, 'home with search hits');

      await widget(page, 'open', 'new', { category: 'bug' });
      const summary = currentView(page).getByLabel(text.summary);
      await expect(summary).toBeVisible();
      await currentView(page).getByRole('button', { name: text.send, exact: true }).click();
      await expect(currentView(page).locator('.field-error').first()).toBeVisible();
      await check(page, 'form with validation errors');

      await summary.fill('Rechnung drucken');
      await expect(currentView(page).locator('.suggestions .article-link').first()).toBeVisible();
      await check(page, 'form with suggestions');

      await currentView(page).locator('.suggestions .article-link').first().click();
      await expect(currentView(page).locator('.article-body')).toBeVisible();
      await check(page, 'article');
      await currentView(page).getByRole('button', { name: text.solved }).click();
      await expect(currentView(page).locator('.deflect .notice')).toBeVisible();
      await check(page, 'article, discard question');

      await widget(page, 'open', 'new', { category: 'support' });
      await currentView(page).getByLabel(text.summary).fill('Barrierefreiheit prüfen');
      await currentView(page).getByRole('button', { name: text.send, exact: true }).click();
      await expect(currentView(page).locator('.request-key')).toBeVisible();
      await check(page, 'success');

      await widget(page, 'open', 'requests');
      await expect(currentView(page).locator('.request-row')).toHaveCount(2);
      await check(page, 'requests list');
      await currentView(page).locator('.filter select').first().selectOption('closed');
      await expect(currentView(page).locator('.request-row')).toHaveCount(1);
      await currentView(page).locator('.filter input[type="search"]').fill('nichts dergleichen');
      await expect(currentView(page).locator('.empty')).toBeVisible();
      await check(page, 'requests list, empty with filters');

      await widget(page, 'open', 'request', open);
      await expect(currentView(page).locator('.activity-item.comment.agent')).toBeVisible();
      await check(page, 'request page with activity');
      await currentView(page).locator('.reply button[type="submit"]').click();
      await expect(currentView(page).locator('.reply .field-error')).toBeVisible();
      await check(page, 'request page, empty reply');

      await widget(page, 'open', 'request', closed);
      await expect(currentView(page).locator('.closed-notice')).toBeVisible();
      await check(page, 'closed request');

      await widget(page, 'open', 'request', 'MED-999999');
      await expect(currentView(page).locator('.not-found')).toBeVisible();
      await check(page, 'request not found');

      await widget(page, 'open', 'profile');
      await expect(currentView(page).locator('#ms-p-name')).toBeVisible();
      await check(page, 'profile');
      await currentView(page).getByRole('button', { name: text.save }).click();
      await expect(currentView(page).locator('.notice')).toBeVisible();
      await check(page, 'profile saved');
    });

    test('error states and their Retry', async ({ page }) => {
      test.setTimeout(60_000);
      const { user, org } = freshIdentity('a11y-err');
      // The portal answers 500 to this page only (page.route), so tests running in parallel are not disturbed.
      await page.route('**/api/portal/v1/**', (route) =>
        route.fulfill({ status: 500, contentType: 'application/problem+json', body: JSON.stringify({ type: 'about:blank', title: 'Internal Server Error', status: 500 }) }),
      );
      await openA11yPage(page, { scheme, locale, user, org });
      const retry = () => currentView(page).getByRole('button', { name: text.retry });

      await widget(page, 'open', 'home');
      await expect(retry()).toBeVisible();
      await check(page, 'home, categories failed');

      await widget(page, 'open', 'requests');
      await expect(retry()).toBeVisible();
      await check(page, 'requests list failed');

      await widget(page, 'open', 'request', 'MED-1');
      await expect(retry()).toBeVisible();
      await check(page, 'request page failed');

      await widget(page, 'open', 'profile');
      await expect(retry()).toBeVisible();
      await check(page, 'profile failed');

      await page.unroute('**/api/portal/v1/**');
      await retry().click();
      await expect(currentView(page).locator('#ms-p-name')).toBeVisible();

      await widget(page, 'open', 'new', { category: 'support' });
      await currentView(page).getByLabel(text.summary).fill('Senden schlägt fehl');
      await page.route('**/api/portal/v1/requests', (route) =>
        route.fulfill({ status: 500, contentType: 'application/problem+json', body: JSON.stringify({ type: 'about:blank', title: 'Internal Server Error', status: 500 }) }),
      );
      await currentView(page).getByRole('button', { name: text.send, exact: true }).click();
      await expect(currentView(page).locator('.state.error')).toBeVisible();
      await check(page, 'form, sending failed');
    });

    test('visitor views: registration, visitor form', async ({ page }) => {
      await openA11yPage(page, { scheme, locale });
      await widget(page, 'open', 'requests');
      const email = currentView(page).getByLabel(text.email);
      await expect(email).toBeVisible();
      await check(page, 'registration');
      await email.fill('kein-at-zeichen');
      await currentView(page).getByRole('button', { name: text.register }).click();
      await expect(currentView(page).locator('.field-error')).toBeVisible();
      await check(page, 'registration, invalid e-mail');

      await widget(page, 'open', 'new', { category: 'support' });
      await expect(currentView(page).getByLabel(text.email)).toBeVisible();
      await currentView(page).getByRole('button', { name: text.send, exact: true }).click();
      await expect(currentView(page).locator('.field-error').first()).toBeVisible();
      await check(page, 'visitor form with errors');
    });
  });
}

test('session expired banner', async ({ page }) => {
  const { user, org } = freshIdentity('a11y-exp');
  for (const scheme of ['light', 'dark'] as const) {
    await openA11yPage(page, { scheme, locale: 'de', user, org });
    await widget(page, 'open', 'home');
    await expect(currentView(page).locator('.category').first()).toBeVisible();
    // The portal refuses every token the host hands over: the session has run out.
    await page.route((url) => url.pathname === '/token', (route) => route.fulfill({ status: 200, contentType: 'text/plain', body: 'refused-token' }));
    await page.route('**/api/portal/v1/**', (route) =>
      route.fulfill({ status: 401, contentType: 'application/problem+json', body: JSON.stringify({ type: 'about:blank', title: 'Unauthorized', status: 401 }) }),
    );
    await widget(page, 'open', 'requests');
    await expect(dialog(page).locator('.expired')).toBeVisible();
    await check(page, `session expired (${scheme})`);
    await page.unrouteAll();
  }
});
