import { expect, test, type Page } from '@playwright/test';
import type { RequestDetail } from '../../src/api/contract';
import { XSS_VECTORS } from '../fixtures/xss-vectors';
import { PORTAL_API } from './support/ports';
import { agentReply, agentStatus, createRequest, dialog, launcher, portalJson, requestsPage, setFault, tokenFor, uniqueId } from './support/helpers';

type Host = { MedSupport: { open(view: string, arg?: string): void; close(): void }; events: [string, unknown][]; __xss?: unknown };

/** A practice of its own with one open request, so no other test's data gets in the way. */
async function freshRequest(summary: string, name?: string) {
  const user = uniqueId('u-page');
  const org = uniqueId('org-page');
  const token = await tokenFor(user, name ? { org, name } : { org });
  const key = await createRequest(token, summary, { description: 'Seit dem Update heute früh.' });
  return { user, org, token, key };
}

const openRequest = (page: Page, key: string) => page.evaluate((k) => (window as unknown as Host).MedSupport.open('request', k), key);
const badge = (page: Page) => page.locator('med-support .launcher .badge');

test('an agent reply appears in the open request, marked as the support team, and raises the badge while the panel is closed', async ({ page }) => {
  const { user, org, key } = await freshRequest('Drucker druckt keine Rezepte');
  // An unchanged list costs a 304.
  const unchanged = page.waitForResponse((r) => r.url().includes('ownership=mine&status=all') && r.status() === 304);
  await page.goto(requestsPage(user, { org, poll: 300 }));
  await unchanged;
  await openRequest(page, key);
  await expect(dialog(page).locator('.request-summary')).toHaveText('Drucker druckt keine Rezepte');
  await expect(dialog(page).locator('.request-fields')).toContainText('Seit dem Update heute früh.');

  await agentReply(key, 'Bitte starten Sie den Druckdienst einmal neu.');
  const first = dialog(page).locator('.activity-item.agent', { hasText: 'Bitte starten Sie den Druckdienst' });
  await expect(first).toBeVisible();
  await expect(first.locator('.agent-tag')).toHaveText('Support-Team');
  await expect(first).toBeInViewport();
  // Seen while it arrived: not unread.
  await expect(badge(page)).toBeHidden();

  await page.evaluate(() => (window as unknown as Host).MedSupport.close());
  await agentReply(key, 'Hat der Neustart geholfen?');
  await expect(badge(page)).toHaveText('1');
  await expect(launcher(page)).toHaveAccessibleName(/1/);
  expect(await page.evaluate(() => (window as unknown as Host).events.filter(([e]) => e === 'unread'))).toContainEqual(['unread', { count: 1 }]);

  // The list shows which request has the unread reply; opening it marks it read.
  await page.evaluate(() => (window as unknown as Host).MedSupport.open('requests'));
  const row = dialog(page).locator('.request-row', { hasText: 'Drucker druckt keine Rezepte' });
  await expect(row.locator('.unread-dot')).toHaveText('Neues vom Support-Team');
  await row.locator('button').click();
  await expect(dialog(page).locator('.activity-item.agent', { hasText: 'Hat der Neustart geholfen?' })).toBeVisible();
  await expect(badge(page)).toBeHidden();
  await dialog(page).getByRole('button', { name: 'Zurück' }).click();
  await expect(row.locator('.unread-dot')).toHaveCount(0);
});

test('the unread check pauses while the page is hidden and runs at once when it is shown again', async ({ page }) => {
  const { user, org } = await freshRequest('Etikettendrucker');
  let checks = 0;
  page.on('request', (r) => void (r.url().includes('ownership=mine&status=all') && checks++));
  await page.goto(requestsPage(user, { org, poll: 200 }));
  await expect.poll(() => checks).toBeGreaterThan(1);
  const setVisibility = (state: string) =>
    page.evaluate((s) => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => s });
      document.dispatchEvent(new Event('visibilitychange'));
    }, state);
  await setVisibility('hidden');
  await page.waitForTimeout(300);
  const whileHidden = checks;
  await page.waitForTimeout(800);
  expect(checks).toBe(whileHidden);
  await setVisibility('visible');
  await expect.poll(() => checks).toBeGreaterThan(whileHidden);
});

test('a reply written while the portal is down is kept and sent exactly once after Retry', async ({ page }) => {
  const { user, org, token, key } = await freshRequest('Kartenleser wird nicht erkannt');
  await page.goto(requestsPage(user, { org }));
  await openRequest(page, key);
  const reply = dialog(page).getByLabel('Ihre Antwort');
  const text = 'Der Kartenleser hängt am USB-Hub, direkt am Rechner geht es.';
  await reply.fill(text);
  try {
    await setFault('down-writes', user);
    await dialog(page).getByRole('button', { name: 'Antwort senden' }).click();
    await expect(dialog(page).locator('.reply [role="alert"]')).toContainText('Das Supportportal ist gerade nicht erreichbar');
    await expect(reply).toHaveValue(text);

    // The draft outlives a reload, with the same idempotency key.
    await page.reload();
    await openRequest(page, key);
    await expect(dialog(page).getByLabel('Ihre Antwort')).toHaveValue(text);
    await expect(dialog(page).locator('.reply .notice')).toContainText('Ihr Entwurf wurde wiederhergestellt.');

    // The portal stores the reply but the answer is lost on the way back.
    await setFault('drop-writes', user);
    await dialog(page).getByRole('button', { name: 'Antwort senden' }).click();
    await expect(dialog(page).locator('.reply [role="alert"]')).toBeVisible();
    await expect(dialog(page).getByRole('button', { name: 'Erneut versuchen' })).toBeVisible();
  } finally {
    await setFault('none', user);
  }
  await dialog(page).getByRole('button', { name: 'Erneut versuchen' }).click();
  await expect(dialog(page).locator('.activity-item.comment', { hasText: text })).toHaveCount(1);
  await expect(dialog(page).getByLabel('Ihre Antwort')).toHaveValue('');
  const stored = await portalJson<RequestDetail>(`/requests/${key}`, { token });
  expect(stored.activity.filter((item) => item.type === 'comment' && item.body === text)).toHaveLength(1);
});

test('a closed request says so and offers a new request that refers to it', async ({ page }) => {
  const { user, org, key } = await freshRequest('Serienbrief bricht ab');
  await portalJson(`/agent/requests/${key}/status`, { agent: true, method: 'POST', body: { status: 'closed' } });
  await page.goto(requestsPage(user, { org }));
  await openRequest(page, key);
  const notice = dialog(page).locator('.closed-notice');
  await expect(notice).toContainText('Diese Anfrage ist abgeschlossen.');
  await expect(notice).toContainText(key);
  await expect(dialog(page).getByLabel('Ihre Antwort')).toHaveCount(0);
  await notice.getByRole('button', { name: 'Neue Anfrage dazu stellen' }).click();
  await expect(dialog(page).getByRole('heading', { name: 'Neue Anfrage' })).toBeVisible();
  await expect(dialog(page).getByLabel(/Beschreibung/)).toHaveValue(new RegExp(`Bezug: ${key} „Serienbrief bricht ab“`));
});

test('a resolved request takes a reply, which hands it back to the support team', async ({ page }) => {
  const { user, org, key } = await freshRequest('Kartenleser erkennt Karte nicht');
  await portalJson(`/agent/requests/${key}/status`, { agent: true, method: 'POST', body: { status: 'resolved' } });
  await page.goto(requestsPage(user, { org }));
  await openRequest(page, key);
  const reply = dialog(page).getByLabel('Ihre Antwort');
  await expect(reply).toHaveAccessibleDescription(/als gelöst markiert.*zurück an das Support-Team/);
  await expect(dialog(page).locator('.closed-notice')).toHaveCount(0);
  await reply.fill('Leider tritt es wieder auf.');
  await dialog(page).getByRole('button', { name: 'Antwort senden' }).click();
  await expect(dialog(page).locator('.activity-item.comment', { hasText: 'Leider tritt es wieder auf.' })).toBeVisible();
  await expect(dialog(page).locator('.request-top .status-badge')).toHaveText('Warten auf Support');
  await expect(reply).not.toHaveAccessibleDescription(/gelöst/);
});

test('a pasted reply over the 32,000 characters is kept whole and marked too long, never cut', async ({ page }) => {
  const { user, org, key } = await freshRequest('Protokoll zu lang');
  await page.goto(requestsPage(user, { org }));
  await openRequest(page, key);
  const reply = dialog(page).getByLabel('Ihre Antwort');
  const text = 'Protokollzeile mit Fehlermeldung 4711\n'.repeat(900);
  await reply.fill(text);
  await expect(reply).toHaveValue(text);
  await expect(reply).toHaveAttribute('aria-invalid', 'true');
  await expect(reply).toHaveAccessibleDescription(/2\.200 Zeichen zu viel\. Bitte kürzen Sie auf höchstens 32\.000 Zeichen\./);
  await dialog(page).getByRole('button', { name: 'Antwort senden' }).click();
  await expect(reply).toBeFocused();
  await expect(dialog(page).locator('.activity-item.comment')).toHaveCount(0);
});

test('a reply to a request closed meanwhile is refused, and its text goes into a new request that refers to the old one', async ({ page }) => {
  const { user, org, token, key } = await freshRequest('Rezeptdruck hängt');
  await page.goto(requestsPage(user, { org }));
  await openRequest(page, key);
  await dialog(page).getByLabel('Ihre Antwort').fill('Es hängt immer noch.');
  await portalJson(`/agent/requests/${key}/status`, { agent: true, method: 'POST', body: { status: 'closed' } });
  await dialog(page).getByRole('button', { name: 'Antwort senden' }).click();

  const notice = dialog(page).locator('.closed-notice');
  await expect(notice).toContainText('Ihre Antwort wurde nicht gesendet');
  await expect(notice).toContainText('Ihr Antworttext wird in die neue Anfrage übernommen.');
  await expect(notice).toBeFocused();
  await expect(dialog(page).getByLabel('Ihre Antwort')).toHaveCount(0);
  const stored = await portalJson<RequestDetail>(`/requests/${key}`, { token });
  expect(stored.activity.filter((item) => item.type === 'comment')).toHaveLength(0);

  await notice.getByRole('button', { name: 'Neue Anfrage dazu stellen' }).click();
  await expect(dialog(page).getByLabel(/Beschreibung/)).toHaveValue(new RegExp(`^Bezug: ${key} „Rezeptdruck hängt“\\n\\nEs hängt immer noch\\.`));
});

test('a deep link opens the request once the user is known and leaves the rest of the address alone', async ({ page }) => {
  const { user, org, key } = await freshRequest('Terminerinnerung kommt doppelt');
  await page.goto(`${requestsPage(user, { org, extra: `medsupport=request/${key}&tab=kalender` })}#woche`);
  await expect(dialog(page).locator('.request-summary')).toHaveText('Terminerinnerung kommt doppelt');
  await expect(launcher(page)).toHaveAttribute('aria-expanded', 'true');
  const url = new URL(page.url());
  expect(url.searchParams.has('medsupport')).toBe(false);
  expect(url.searchParams.get('tab')).toBe('kalender');
  expect(url.searchParams.get('user')).toBe(user);
  expect(url.hash).toBe('#woche');

  await openRequest(page, 'MED-999999');
  await expect(dialog(page).locator('.not-found')).toContainText('Die Anfrage MED-999999 haben wir nicht gefunden');
  await dialog(page).getByRole('button', { name: 'Zu meinen Anfragen' }).click();
  await expect(dialog(page).locator('.request-row')).toHaveCount(1);
});

test('attachments are listed under their entry and download with the user\'s token', async ({ page }) => {
  const { user, org, token, key } = await freshRequest('Fehlerprotokoll anbei');
  const form = new FormData();
  form.append('file', new Blob(['Zeile 1: Fehler 409\n'], { type: 'text/plain' }), 'protokoll.txt');
  const upload = await fetch(`${PORTAL_API}/attachments`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  const { id } = (await upload.json()) as { id: string };
  await portalJson(`/requests/${key}/comments`, { token, method: 'POST', body: { body: 'Hier das Protokoll.', attachments: [id] } });
  await page.goto(requestsPage(user, { org }));
  await openRequest(page, key);
  const entry = dialog(page).locator('.activity-item', { hasText: 'Hier das Protokoll.' });
  await expect(entry.getByRole('list', { name: 'Anhänge' })).toContainText('protokoll.txt');
  const [download] = await Promise.all([page.waitForEvent('download'), entry.getByRole('button', { name: 'protokoll.txt' }).click()]);
  expect(download.suggestedFilename()).toBe('protokoll.txt');
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  expect(Buffer.concat(chunks).toString('utf8')).toBe('Zeile 1: Fehler 409\n');
});

test('a download refused with 401 asks the host for a fresh token once and then arrives', async ({ page }) => {
  const { user, org, token, key } = await freshRequest('Abgelaufenes Token beim Herunterladen');
  const form = new FormData();
  form.append('file', new Blob(['Zeile 1\n'], { type: 'text/plain' }), 'log.txt');
  const upload = await fetch(`${PORTAL_API}/attachments`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  const { id } = (await upload.json()) as { id: string };
  await portalJson(`/requests/${key}/comments`, { token, method: 'POST', body: { body: 'Anhang folgt.', attachments: [id] } });
  await page.goto(requestsPage(user, { org }));
  await openRequest(page, key);
  const entry = dialog(page).locator('.activity-item', { hasText: 'Anhang folgt.' });
  await expect(entry.getByRole('button', { name: 'log.txt' })).toBeVisible();

  // The token the widget holds has expired by the time the user clicks: the portal says 401 once.
  const downloads: string[] = [];
  await page.route(`**/attachments/${id}`, async (route) => {
    downloads.push(route.request().headers()['authorization'] ?? '');
    if (downloads.length === 1) {
      await route.fulfill({ status: 401, contentType: 'application/problem+json', body: JSON.stringify({ type: 'urn:medsupport:problem:unauthorized', title: 'Unauthorized', status: 401 }) });
    } else await route.continue();
  });
  // The host's fresh token must differ from the refused one (the widget gives up on the very same token), also when
  // it is signed within the same second as the first: a claim of its own makes sure.
  await page.route('**/token?*', (route) => route.continue({ url: `${route.request().url()}&name=Erneuert` }));
  const tokenCalls = page.waitForRequest((r) => new URL(r.url()).pathname === '/token');
  const [download] = await Promise.all([page.waitForEvent('download'), entry.getByRole('button', { name: 'log.txt' }).click()]);
  await tokenCalls;
  expect(download.suggestedFilename()).toBe('log.txt');
  expect(downloads).toHaveLength(2);
  expect(downloads.every((auth) => auth.startsWith('Bearer '))).toBe(true);
});

test('XSS payloads in summary, comments and names show as text, and nothing runs', async ({ page }) => {
  const name = '<img src=x onerror=window.__xss=1>"><svg onload=window.__xss=1>';
  const summary = '"><script>window.__xss=1</script><img src=x onerror=window.__xss=1>';
  const { user, org, token, key } = await freshRequest(summary, name);
  await portalJson(`/requests/${key}/comments`, { token, method: 'POST', body: { body: XSS_VECTORS.join('\n') } });
  await agentReply(key, '<a href="javascript:window.__xss=1">klick</a> <svg onload="window.__xss=1">', '<img src=x onerror=window.__xss=1>');
  await page.goto(requestsPage(user, { org, name }));
  await page.evaluate(() => (window as unknown as Host).MedSupport.open('requests'));
  await dialog(page).getByRole('button', { name: 'Alle', exact: true }).click();
  const row = dialog(page).locator('.request-row').first();
  await expect(row.locator('.row-summary')).toHaveText(summary);
  await expect(row.locator('.row-meta')).toContainText(`von ${name}`);
  await row.locator('button').click();
  await expect(dialog(page).locator('.request-summary')).toHaveText(summary);
  await expect(dialog(page).locator('.activity-item.comment').first().locator('.activity-body')).toHaveText(XSS_VECTORS.join('\n'));
  await expect(dialog(page).locator('.activity-item.agent.comment .activity-author')).toHaveText('<img src=x onerror=window.__xss=1>');
  await page.waitForTimeout(300);
  const injected = await dialog(page).locator('img, script, svg, iframe, object, embed, video, audio, details, input[autofocus]').count();
  expect(injected).toBe(0);
  // The one link is the widget's own, made from a web address in the text: its href only, no handler of the payload's.
  const links = await dialog(page).locator('a[href]').evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.textContent, a.getAttributeNames().sort().join(' ')]));
  expect(links).toEqual([['https://example.com', 'https://example.com', 'href rel target']]);
  expect(await page.evaluate(() => (window as unknown as Host).__xss)).toBeUndefined();
});

test('what arrives while the request is in view is announced as it is: a status change alone is no "new reply"', async ({ page }) => {
  const { user, org, key } = await freshRequest('Etiketten drucken schief');
  await page.goto(requestsPage(user, { org, poll: 300 }));
  await openRequest(page, key);
  await expect(dialog(page).locator('.request-summary')).toHaveText('Etiketten drucken schief');
  const news = dialog(page).locator('.activity [aria-live="polite"]');

  await agentStatus(key, 'in_progress');
  await expect(dialog(page).locator('.activity-item.status')).toHaveCount(1);
  await expect(news).toHaveText('Status geändert: In Bearbeitung');

  await agentReply(key, 'Welches Etikettenformat nutzen Sie?');
  await expect(dialog(page).locator('.activity-item.comment.agent')).toHaveCount(1);
  await expect(news).toHaveText('Neue Antwort vom Support-Team');
});
