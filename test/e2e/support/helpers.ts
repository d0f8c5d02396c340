import { expect, type Locator, type Page } from '@playwright/test';
import { HOST_PORT, PORTAL_API, type FaultMode } from './ports';

/** Playwright's CSS locators pierce open shadow roots, so these reach into <med-support>. */
export const dialog = (page: Page) => page.locator('med-support [role="dialog"]');
export const launcher = (page: Page) => page.locator('med-support .launcher');

/** Holds every request the page makes to `url` (a glob) until the returned function is called. */
export async function holdRequests(page: Page, url: string): Promise<() => void> {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(url, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/**
 * Waits until the form shows the article suggestions its text brings. They appear under the description and push
 * the fields and the Send button down: a click aimed at the button before then would land beside it.
 */
export async function suggestionsShown(form: Locator): Promise<void> {
  await expect(form.getByText(/^\d+ passender? Hilfeartikel gefunden$/)).toBeAttached();
}

export async function openPage(page: Page, name = 'plain.html', user = 'u-berger-anna'): Promise<void> {
  await page.goto(`/pages/${name}?user=${encodeURIComponent(user)}`);
  await expect(launcher(page)).toBeVisible();
}

/** Breaks the portal for the calls of one user (by the token's `sub`), or for everyone without `sub`. */
export async function setFault(mode: FaultMode, sub?: string): Promise<void> {
  await fetch(`http://127.0.0.1:${HOST_PORT}/fault?mode=${mode}${sub ? `&sub=${encodeURIComponent(sub)}` : ''}`, { method: 'POST' });
}

/** The name of the element that has focus, looking into shadow roots. */
export function focusedText(page: Page): Promise<string> {
  return page.evaluate(() => {
    let el = document.activeElement as Element | null;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el ? `${el.tagName.toLowerCase()}#${el.id}:${el.getAttribute('aria-label') ?? (el.textContent ?? '').trim().slice(0, 40)}` : '';
  });
}

/** Fraction of differing pixels between two PNG screenshots, decoded and compared in the browser. */
export async function pixelDifference(page: Page, a: Buffer, b: Buffer): Promise<number> {
  return page.evaluate(
    async ([x, y]) => {
      const load = async (b64: string) => createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
      const [ia, ib] = await Promise.all([load(x), load(y)]);
      if (ia.width !== ib.width || ia.height !== ib.height) return 1;
      const pixels = (img: ImageBitmap) => {
        const canvas = new OffscreenCanvas(img.width, img.height);
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        return ctx.getImageData(0, 0, img.width, img.height).data;
      };
      const pa = pixels(ia);
      const pb = pixels(ib);
      let diff = 0;
      for (let i = 0; i < pa.length; i += 4) {
        // Anti-aliasing tolerance: a channel may differ slightly.
        if (Math.abs(pa[i]! - pb[i]!) + Math.abs(pa[i + 1]! - pb[i + 1]!) + Math.abs(pa[i + 2]! - pb[i + 2]!) > 48) diff++;
      }
      return diff / (pa.length / 4);
    },
    [a.toString('base64'), b.toString('base64')] as const,
  );
}

// ---- portal data for the request tests: fresh users and practices, requests and agent replies through the API

const AGENT_KEY = 'medsupport-demo-agent-key';

/** A user id (and, with `org`, a practice id) no other test uses, so counts in one test are not disturbed. */
export function uniqueId(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** A portal token signed by the test server, as a host app's backend would hand it to the widget. */
export async function tokenFor(sub: string, claims: { org?: string; name?: string } = {}): Promise<string> {
  const query = new URLSearchParams({ sub, ...claims });
  return (await fetch(`http://127.0.0.1:${HOST_PORT}/token?${query}`)).text();
}

export async function portalJson<T>(path: string, init: { token?: string; agent?: boolean; method?: string; body?: unknown } = {}): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  if (init.agent) headers.authorization = `Bearer ${AGENT_KEY}`;
  if (init.method === 'POST') headers['idempotency-key'] = crypto.randomUUID();
  const response = await fetch(`${PORTAL_API}${path}`, { method: init.method ?? 'GET', headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** Creates a support request as the token's user; returns its key. */
export async function createRequest(token: string, summary: string, fields: Record<string, string> = {}): Promise<string> {
  const created = await portalJson<{ key: string }>('/requests', { token, method: 'POST', body: { requestTypeId: 'rt-support', fields: { summary, ...fields } } });
  return created.key;
}

export function agentReply(key: string, body: string, author?: string): Promise<unknown> {
  return portalJson(`/agent/requests/${key}/comments`, { agent: true, method: 'POST', body: author ? { body, author } : { body } });
}

export function agentStatus(key: string, status: string): Promise<unknown> {
  return portalJson(`/agent/requests/${key}/status`, { agent: true, method: 'POST', body: { status } });
}

/** The page of requests.html for that user: `poll` sets the unread check interval, `extra` more query parameters. */
export function requestsPage(user: string, options: { org?: string; name?: string; poll?: number; extra?: string } = {}): string {
  const query = new URLSearchParams({ user });
  if (options.org) query.set('org', options.org);
  if (options.name) query.set('name', options.name);
  if (options.poll !== undefined) query.set('poll', String(options.poll));
  return `/pages/requests.html?${query}${options.extra ? `&${options.extra}` : ''}`;
}

/**
 * The widget's first unread check: the list and the portal's read marks, fetched together. The portal sets the
 * user's `since` on the first read-marks call, so a reply counts as new only once that call has been answered.
 */
export function firstUnreadCheck(page: Page): Promise<unknown> {
  return Promise.all([
    page.waitForResponse((r) => r.url().includes('ownership=mine&status=all') && r.ok()),
    page.waitForResponse((r) => r.url().endsWith('/me/reads') && r.ok()),
  ]);
}
