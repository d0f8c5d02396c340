import { expect, test, type Page } from '@playwright/test';
import type { AgentRequestDetail } from '../../src/api/contract';
import { suggestionsShown } from './support/helpers';
import { HOST_PORT } from './support/ports';

/** The demo runs as the config's second web server (port as in playwright.config.ts), with a throw-away database. */
const DEMO = `http://127.0.0.1:${Number(process.env.DEMO_E2E_PORT) || HOST_PORT + 1026}`;

const dialog = (page: Page) => page.locator('med-support [role="dialog"]');

test('demo: the licence-quota case ends in a billing request that carries the licence figures', async ({ page, request }) => {
  await page.goto(`${DEMO}/?demoUser=u-berger-anna#/einstellungen/behandler`);
  await expect(page.locator('med-support .launcher')).toBeVisible();
  await expect(page.getByText('8 von 10 Behandler-Lizenzen genutzt')).toBeVisible();

  for (const used of [9, 10]) {
    await page.getByRole('button', { name: 'Behandler anlegen' }).click();
    await page.getByRole('form', { name: 'Neuer Behandler' }).getByRole('button', { name: 'Speichern' }).click();
    await expect(page.getByText(`${used} von 10 Behandler-Lizenzen genutzt`)).toBeVisible();
  }

  // The 11th: the app refuses and warns instead of showing the form.
  await page.getByRole('button', { name: 'Behandler anlegen' }).click();
  const warning = page.getByRole('alert').filter({ hasText: 'Behandler-Kontingent ausgeschöpft' });
  await expect(warning).toBeVisible();
  await expect(page.getByRole('form', { name: 'Neuer Behandler' })).toHaveCount(0);
  await warning.getByRole('button', { name: 'Weitere Lizenzen anfragen' }).click();

  const panel = dialog(page);
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('heading', { name: 'Fragen zu Lizenzierung und Rechnungen' })).toBeVisible();
  await expect(panel.getByText('Behandler-Lizenzen Ihrer Praxis: 10 von 10 genutzt.')).toBeVisible();
  await expect(panel.getByLabel('Zusammenfassung')).toHaveValue('Weitere Behandler-Lizenzen');
  await expect(panel.getByLabel('Beschreibung')).toHaveValue(/10 von 10 Lizenzen genutzt/);
  // Topic, count and the customer number the app shows come with the prefill.
  await expect(panel.getByLabel('Thema')).toHaveValue('licences');
  await expect(panel.getByLabel('Gewünschte zusätzliche Behandler-Lizenzen')).toHaveValue('1');
  await expect(panel.getByLabel('Kundennummer')).toHaveValue('K-10382');
  await suggestionsShown(panel);

  await panel.getByRole('button', { name: 'Senden', exact: true }).click();
  const key = panel.locator('.request-key');
  await expect(key).toHaveText(/^MED-\d+$/);
  const requestKey = (await key.textContent()) ?? '';
  await expect(page.locator('#events-list')).toContainText(`"key":"${requestKey}"`);

  // What the support team sees: a billing request from the practice, with the figures as context.
  const answer = await request.get(`${DEMO}/demo/agent/requests/${requestKey}`);
  expect(answer.ok()).toBe(true);
  const created = (await answer.json()) as AgentRequestDetail;
  expect(created.requestType.key).toBe('billing');
  expect(created.organization?.id).toBe('org-berger');
  // Only what the form said it sends: the figures, not the page's address or anything else the host set.
  expect(created.context).toEqual({ extra: { licenses: { used: 10, quota: 10 } } });
});
