import { expect, test } from '@playwright/test';
import { HOST_PORT } from './support/ports';

/** The demo runs as the config's second web server (port as in playwright.config.ts), with a throw-away database. */
const DEMO = `http://127.0.0.1:${Number(process.env.DEMO_E2E_PORT) || HOST_PORT + 1026}`;

test('demo: an invalid registration link is checked first, said in German, and a new link can be requested', async ({ page }) => {
  let completions = 0;
  page.on('request', (r) => void (r.method() === 'POST' && r.url().endsWith('/demo/registrations') && completions++));
  await page.goto(`${DEMO}/?medsupport=register/garbage.token.x`);

  await expect(page.getByRole('heading', { name: 'Registrierungslink ungültig' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveText(/ungültig oder abgelaufen: Er gilt 24 Stunden/);
  // No form that could only fail, and none of the backend's English.
  await expect(page.getByLabel('Ihr Name')).toHaveCount(0);
  await expect(page.locator('#content')).not.toContainText('invalid');
  expect(completions).toBe(0);

  const email = `neu-${Date.now()}@praxis.example`;
  await page.getByLabel('E-Mail-Adresse').fill(email);
  const [sent] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/api/portal/v1/registrations')),
    page.getByRole('button', { name: 'Registrierungslink anfordern' }).click(),
  ]);
  expect(sent.status()).toBe(202);
  await expect(page.getByRole('status').filter({ hasText: email })).toContainText('erhalten Sie in wenigen Minuten eine E-Mail mit dem Registrierungslink');
});

test('demo: the registration page speaks the language chosen in the demo, English too', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('medsupport-demo:settings', JSON.stringify({ userId: null, locale: 'en' })));
  await page.goto(`${DEMO}/?medsupport=register/garbage.token.x`);
  await expect(page.getByRole('heading', { name: 'Registration link invalid' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveText(/invalid or has expired: it is valid for 24 hours/);
  await page.getByLabel('Email address').fill('kein-at-zeichen');
  await page.getByRole('button', { name: 'Send registration link' }).click();
  await expect(page.getByLabel('Email address')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Please enter a valid email address.')).toBeVisible();
});
