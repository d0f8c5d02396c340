import { expect, test, type Page } from '@playwright/test';
import { HOST_PORT } from './support/ports';

const DEMO = `http://127.0.0.1:${Number(process.env.DEMO_E2E_PORT) || HOST_PORT + 1026}`;
const dialog = (page: Page) => page.locator('med-support [role="dialog"]');

interface Mail {
  to: string;
  kind: string | null;
  text: string | null;
}

async function mailTo(page: Page, email: string, kind: string): Promise<Mail> {
  let found: Mail | undefined;
  await expect
    .poll(async () => {
      const { mails } = (await (await page.request.get(`${DEMO}/demo/mails`)).json()) as { mails: Mail[] };
      found = mails.find((m) => m.to.includes(email) && m.kind === kind);
      return !!found;
    })
    .toBe(true);
  return found!;
}

test('visitor path: request as a visitor → success says what happens → deep link explains → registration mail → link → signed in → the request in "Meine Anfragen"', async ({ page }) => {
  const email = `besuch-${Date.now().toString(36)}@praxis.example`;
  const summary = `Ich komme nicht in die Anwendung (${Date.now().toString(36)})`;
  await page.goto(`${DEMO}/?demoUser=besucher`);
  await expect(page.getByRole('heading', { name: 'Anmeldung' })).toBeVisible();
  await page.getByRole('button', { name: 'Probleme bei der Anmeldung?' }).click();
  await dialog(page).getByLabel('E-Mail-Adresse').fill(email);
  await dialog(page).getByLabel('Ihr Name').fill('Eva Empfang');
  await dialog(page).getByLabel('Zusammenfassung').fill(summary);
  await dialog(page).getByRole('button', { name: 'Senden', exact: true }).click();
  const key = (await dialog(page).locator('.request-key').textContent())!;
  expect(key).toMatch(/^MED-\d+$/);
  // The success view promises nothing a visitor cannot use.
  await expect(dialog(page).locator('.success')).toContainText('einen Link zur Registrierung');
  await expect(dialog(page).getByRole('button', { name: 'Anfrage ansehen' })).toHaveCount(0);

  // The confirmation's deep link, opened as a visitor: it says how to get to the request.
  await page.goto(`${DEMO}/?demoUser=besucher&medsupport=request/${key}`);
  await expect(dialog(page)).toBeVisible();
  await expect(dialog(page)).toContainText(`Die Anfrage ${key} sehen Sie, sobald Sie angemeldet sind`);
  await expect(dialog(page).getByRole('button', { name: 'Registrierungslink anfordern' })).toBeVisible();

  // The registration link from the mail lands on the demo's registration page and signs the person in.
  const mail = await mailTo(page, email, 'registration');
  const link = /https?:\/\/\S*medsupport=register\/[\w.-]+/.exec(mail.text ?? '')?.[0];
  expect(link).toBeTruthy();
  const url = new URL(link!);
  await page.goto(`${DEMO}/${url.search}`);
  await expect(page.getByRole('heading', { name: 'Registrierung abschließen' })).toBeVisible();
  expect(page.url()).not.toContain('register/');
  await page.getByLabel('Ihr Name').fill('Eva Empfang');
  await page.getByLabel('Ihre Praxis').selectOption('org-berger');
  await page.getByRole('button', { name: 'Registrieren und anmelden' }).click();
  await expect(dialog(page).getByRole('heading', { name: 'Meine Anfragen' })).toBeVisible();
  await expect(dialog(page).locator('.request-row', { hasText: summary })).toHaveCount(1);
  await expect(page.locator('#demo-user')).toHaveValue(/^u-reg-/);
  // Hers now, and marked as sent without signing in: anyone could have typed her address.
  await dialog(page).locator('.request-row', { hasText: summary }).getByRole('button').first().click();
  await expect(dialog(page).locator('.without-sign-in')).toHaveText(
    'Ohne Anmeldung gesendet: Name und E-Mail-Adresse wurden eingetippt, nicht bestätigt.',
  );
});
