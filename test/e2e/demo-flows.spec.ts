import { expect, test, type Page } from '@playwright/test';
import type { AgentRequestDetail, RequestSummary } from '../../src/api/contract';
import { suggestionsShown } from './support/helpers';
import { HOST_PORT } from './support/ports';

/** The demo runs as the config's second web server (port as in playwright.config.ts), with a throw-away database. */
const DEMO = `http://127.0.0.1:${Number(process.env.DEMO_E2E_PORT) || HOST_PORT + 1026}`;

const dialog = (page: Page) => page.locator('med-support [role="dialog"]');

async function agentRequest(page: Page, key: string): Promise<AgentRequestDetail> {
  const answer = await page.request.get(`${DEMO}/demo/agent/requests/${key}`);
  expect(answer.ok()).toBe(true);
  return (await answer.json()) as AgentRequestDetail;
}

test('demo: the user switcher signs in and out without a reload; a visitor sees the sign-in screen', async ({ page }) => {
  await page.goto(`${DEMO}/?demoUser=u-berger-anna`);
  await expect(page.locator('med-support .launcher')).toBeVisible();
  await expect(page.locator('#practice-name')).toHaveText('Praxis Dr. Berger');
  // A reload would start a new document with a new time origin.
  const origin = await page.evaluate(() => performance.timeOrigin);

  await page.locator('#demo-user').selectOption('u-see-lena');
  await expect(page.locator('#practice-name')).toHaveText('Physiotherapie am See');
  await expect(page.locator('#user-chip')).toContainText('Lena Hoffmann');
  await page.locator('#help-button').click();
  await dialog(page).getByRole('button', { name: 'Meine Anfragen' }).click();
  await expect(dialog(page).getByText('Online-Terminbuchung zeigt keine freien Zeiten')).toBeVisible();

  await page.locator('#demo-user').selectOption('');
  await expect(page.getByRole('heading', { name: 'Anmeldung' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Hauptnavigation' })).toBeHidden();
  await expect(dialog(page).getByText('Online-Terminbuchung zeigt keine freien Zeiten')).toHaveCount(0);
  expect(await page.evaluate(() => performance.timeOrigin)).toBe(origin);
});

test('demo: the error case opens a prefilled bug report that carries the error as context', async ({ page }) => {
  await page.goto(`${DEMO}/?demoUser=u-berger-markus#/abrechnung`);
  await expect(page.getByRole('heading', { name: 'Abrechnung', exact: true })).toBeVisible();
  // This page integrates through the header's button only: the widget is ready, its launcher is not there.
  await expect(page.locator('#events-list')).toContainText('ready');
  await expect(page.locator('med-support .launcher')).toHaveCount(0);

  await page.getByRole('button', { name: 'Sammelabrechnung senden' }).click();
  const failure = page.getByRole('alert').filter({ hasText: 'ABR-5031' });
  await expect(failure).toBeVisible();
  await failure.getByRole('button', { name: 'Fehler melden' }).click();

  const panel = dialog(page);
  await expect(panel.getByRole('heading', { name: 'Fehler melden' })).toBeVisible();
  await expect(panel.getByLabel('Zusammenfassung')).toHaveValue('Sammelabrechnung: Fehler ABR-5031 beim Senden');
  await expect(panel.getByLabel('Beschreibung')).toHaveValue(/Zeitüberschreitung bei der Verbindung zum Datenannahme-Server/);
  await suggestionsShown(panel);
  await panel.getByRole('button', { name: 'Senden', exact: true }).click();
  const key = (await panel.locator('.request-key').textContent()) ?? '';
  expect(key).toMatch(/^MED-\d+$/);

  const created = await agentRequest(page, key);
  expect(created.requestType.key).toBe('bug');
  expect(created.context?.appVersion).toBe('medondo 4.18.2 (Demo)');
  expect(created.context?.extra).toMatchObject({ page: 'Abrechnung', error: { code: 'ABR-5031', operation: 'Sammelabrechnung senden' } });
});

test('demo: a reply from the support console shows on the Hilfe button, and its mail leads back to the request', async ({ page, context }) => {
  // A request of Sofia's, made the way the widget makes it: with her token, through the demo's portal proxy.
  const { token } = (await (await page.request.get(`${DEMO}/demo/token?user=u-berger-sofia`)).json()) as { token: string };
  const made = await page.request.post(`${DEMO}/api/portal/v1/requests`, {
    headers: { authorization: `Bearer ${token}`, 'idempotency-key': `demo-flows-${Date.now()}` },
    data: { requestTypeId: 'rt-support', fields: { summary: 'Kalender auf Englisch umstellen' } },
  });
  expect(made.ok()).toBe(true);
  const { key } = (await made.json()) as RequestSummary;

  // The portal counts support activity as new from the user's first read-marks check on: the reply must come after it.
  const firstCheck = page.waitForResponse((response) => response.url().endsWith('/me/reads') && response.ok());
  await page.goto(`${DEMO}/?demoUser=u-berger-sofia`);
  await expect(page.locator('med-support .launcher')).toBeVisible();
  await firstCheck;

  const agent = await context.newPage();
  await agent.goto(`${DEMO}/agent?key=${key}`);
  await expect(agent.getByRole('heading', { name: 'Kalender auf Englisch umstellen' })).toBeVisible();
  await agent.getByLabel('Antwort an die Praxis').fill('Unter Profil › Sprache stellen Sie Englisch ein.');
  await agent.getByRole('button', { name: 'Antwort senden' }).click();
  await expect(agent.locator('.activity')).toContainText('Unter Profil › Sprache stellen Sie Englisch ein.');

  // The widget polls every 10 s in the demo.
  await expect(page.locator('#help-badge')).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('#events-list')).toContainText('unread');

  await agent.goto(`${DEMO}/outbox`);
  const mail = agent.locator('.mail').filter({ hasText: `[${key}] New reply` });
  await expect(mail).toBeVisible();
  const [opened] = await Promise.all([context.waitForEvent('page'), mail.getByRole('link', { name: /Sofia Yilmaz/ }).click()]);
  await expect(dialog(opened)).toContainText(key);
  await expect(dialog(opened)).toContainText('Unter Profil › Sprache stellen Sie Englisch ein.');
});
