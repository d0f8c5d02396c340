import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CreatorList, RequestDetail, RequestList } from '../../src/api/contract.js';
import { deliverWebhooks, startJsmSimulator } from '../../server/jsm-sim/index.js';
import { jsmSiteInFront } from './jsm-site.js';
import { asServiceAccount, bugRequest, call, newKey, organizationOf, startJsmTestPortal, tokenFor, type TestPortal } from './helpers.js';
import type { JsmSimulator } from '../../server/jsm-sim/index.js';
import type { Desk } from '../../server/store/jsm/catalog.js';
import { createChangeFeed } from '../../server/store/jsm/changes.js';
import type { JsmClient } from '../../server/store/jsm/client.js';
import type { JsmState } from '../../server/store/jsm/state.js';

// Answers pushed from Jira (webhooks) or polled: the widget's unread poll (If-None-Match) sees an agent's public reply
// at once, and an internal note never changes what the customer gets.

const SECRET = 'medsupport-test-webhook-secret';
const LIST = '/requests?status=all';

type JsmPortal = TestPortal & { sim: JsmSimulator };

const sign = (body: string, secret = SECRET) => `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
const hook = (portal: JsmPortal, body: string, headers: Record<string, string>) =>
  fetch(`${portal.apiUrl}/hooks/jira`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body });

/** The creation's own webhook and the re-read after it (the settle time) come first. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 500));

async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, ms = 5_000): Promise<T> {
  const until = Date.now() + ms;
  let value = await read();
  while (!done(value) && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    value = await read();
  }
  return value;
}

describe('Jira webhooks', () => {
  let portal: JsmPortal;
  let anna: string;
  let stop: () => void;

  beforeAll(async () => {
    portal = await startJsmTestPortal({ gateway: { webhookSecret: SECRET, pollIntervalMs: 0 } });
    stop = deliverWebhooks(portal.sim, { url: `${portal.apiUrl}/hooks/jira`, secret: SECRET });
    anna = await tokenFor('anna');
  });
  afterAll(async () => {
    stop();
    await portal.dispose();
  });

  it('refuses unsigned and wrongly signed deliveries with 401, and does nothing', async () => {
    const created = await call<RequestDetail>(portal, 'POST', '/requests', { token: anna, idempotencyKey: newKey(), body: bugRequest('Signatur') });
    await settled();
    const first = await call(portal, 'GET', LIST, { token: anna });
    const etag = first.headers.get('etag') as string;
    const body = JSON.stringify({ webhookEvent: 'comment_created', issue: { key: created.body.key, fields: {} }, comment: { jsdPublic: true } });
    expect((await hook(portal, body, {})).status).toBe(401);
    expect((await hook(portal, body, { 'X-Hub-Signature': sign(body, 'another-secret-of-16-chars') })).status).toBe(401);
    expect((await hook(portal, body, { 'X-Hub-Signature': sign(`${body} `) })).status).toBe(401);
    expect((await hook(portal, body, { 'X-MedSupport-Webhook-Secret': `${SECRET}x` })).status).toBe(401);
    expect((await call(portal, 'GET', LIST, { token: anna, headers: { 'If-None-Match': etag } })).status).toBe(304);
  });

  it("an agent's public reply in JSM shows in the next unread poll; an internal note does not", async () => {
    const created = await call<RequestDetail>(portal, 'POST', '/requests', { token: anna, idempotencyKey: newKey(), body: bugRequest('Push') });
    await settled();
    const first = await call<RequestList>(portal, 'GET', LIST, { token: anna });
    const etag = first.headers.get('etag') as string;
    expect((await call(portal, 'GET', LIST, { token: anna, headers: { 'If-None-Match': etag } })).status).toBe(304);

    await portal.sim.agentComment(created.body.key, { body: 'Nur intern', internal: true });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await call(portal, 'GET', LIST, { token: anna, headers: { 'If-None-Match': etag } })).status).toBe(304);

    await portal.sim.agentComment(created.body.key, { body: 'Bitte neu starten', internal: false });
    const changed = await waitFor(() => call<RequestList>(portal, 'GET', LIST, { token: anna, headers: { 'If-None-Match': etag } }), (r) => r.status === 200);
    expect(changed.status).toBe(200);
    expect(changed.body.items.find((i) => i.key === created.body.key)?.lastAgentActivityAt).not.toBeNull();
  });

  it("an agent's reply to an older request shows at once while search still shows the request as it was", async () => {
    const created = await call<RequestDetail>(portal, 'POST', '/requests', { token: anna, idempotencyKey: newKey(), body: bugRequest('Anna ist bekannt') });
    const reporterId = portal.sim.issue(created.body.key)?.reporterId ?? '';
    portal.sim.loadSeed({ issues: [{ requestTypeId: '10', summary: 'Vor einer Stunde', reporterId, organizationIds: [organizationOf(portal.sim, 'org-berger').id], created: new Date(Date.now() - 3_600_000).toISOString() }] });
    const key = portal.sim.issues().find((i) => i.summary === 'Vor einer Stunde')?.key ?? '';
    portal.sim.searchLagMs = 60_000;
    try {
      const first = await call<RequestList>(portal, 'GET', LIST, { token: anna });
      expect(first.body.items.find((i) => i.key === key)?.lastAgentActivityAt).toBeNull();
      await portal.sim.agentComment(key, { body: 'Erledigt', internal: false });
      const changed = await waitFor(() => call<RequestList>(portal, 'GET', LIST, { token: anna, headers: { 'If-None-Match': first.headers.get('etag') as string } }), (r) => r.status === 200);
      expect(changed.body.items.find((i) => i.key === key)?.lastAgentActivityAt).not.toBeNull();
    } finally {
      portal.sim.searchLagMs = 0;
    }
  });

  const signed = (portal: JsmPortal, payload: unknown) => {
    const body = JSON.stringify(payload);
    return hook(portal, body, { 'X-Hub-Signature': sign(body), 'X-Atlassian-Webhook-Identifier': `delivery-${newKey()}` });
  };
  const sharedAs = (key: string) => ({ customfield_10002: portal.sim.issue(key)?.organizationIds.map((id) => ({ id })) });

  it('an update that carries an internal note and a status change is announced: the status is news', async () => {
    const created = await call<RequestDetail>(portal, 'POST', '/requests', { token: anna, idempotencyKey: newKey(), body: bugRequest('Intern mit Status') });
    await settled();
    const etag = (await call(portal, 'GET', LIST, { token: anna })).headers.get('etag') as string;
    const update = { webhookEvent: 'jira:issue_updated', issue: { key: created.body.key, fields: sharedAs(created.body.key) }, comment: { jsdPublic: false } };
    expect((await signed(portal, update)).status).toBe(204);
    expect((await call(portal, 'GET', LIST, { token: anna, headers: { 'If-None-Match': etag } })).status).toBe(304);
    const withStatus = { ...update, changelog: { items: [{ field: 'status', fromString: 'Waiting for support', toString: 'In Progress' }] } };
    expect((await signed(portal, withStatus)).status).toBe(204);
    expect((await call(portal, 'GET', LIST, { token: anna, headers: { 'If-None-Match': etag } })).status).toBe(200);
  });

  it('"created by" is read from JSM once while the practice\'s requests stay as they are, and again after a change', async () => {
    const markus = await tokenFor('markus');
    await call(portal, 'POST', '/requests', { token: anna, idempotencyKey: newKey(), body: bugRequest('Von Anna für die Liste') });
    await settled();
    const searches = () => portal.sim.calls.filter((c) => c.path.endsWith('/search/jql')).length;
    const creators = () => call<CreatorList>(portal, 'GET', '/requests/creators', { token: markus });
    const first = await creators();
    const before = searches();
    const again = await creators();
    expect(again.body).toEqual(first.body);
    expect((await call(portal, 'GET', '/requests/creators', { token: anna, headers: { 'If-None-Match': first.headers.get('etag') as string } })).status).toBe(304);
    expect(searches()).toBe(before);
    await call(portal, 'POST', '/requests', { token: markus, idempotencyKey: newKey(), body: bugRequest('Von Markus für die Liste') });
    const after = await creators();
    expect(searches()).toBeGreaterThan(before);
    expect(after.body.items.map((p) => p.name)).toContain('Markus Klein');
  });

  it('a request no longer shared with a practice leaves its list at once, also one the feed never heard of', async () => {
    await call(portal, 'POST', '/requests', { token: anna, idempotencyKey: newKey(), body: bugRequest('Praxis bekannt') });
    await settled();
    // From here on JSM's own webhooks stay away: the feed hears only what this test sends.
    stop();
    try {
      // Raised in JSM, no webhook: only the practice's list has shown it.
      portal.sim.loadSeed({ issues: [{ requestTypeId: '10', summary: 'Aus JSM verschoben', reporterId: portal.sim.serviceAccountId, organizationIds: [organizationOf(portal.sim, 'org-berger').id] }] });
      const key = portal.sim.issues().find((i) => i.summary === 'Aus JSM verschoben')?.key ?? '';
      // The practice's list ("Alle"), not asked for yet, so read from JSM now.
      const fresh = `${LIST}&ownership=organization`;
      const first = await call<RequestList>(portal, 'GET', fresh, { token: anna });
      expect(first.body.items.map((i) => i.key)).toContain(key);
      // An agent takes the request off the practice's organization in JSM.
      const unshared = await asServiceAccount(portal.sim, `/rest/api/3/issue/${key}`, { method: 'PUT', json: { fields: { customfield_10002: [] } } });
      expect(unshared.status).toBe(204);
      expect((await signed(portal, { webhookEvent: 'jira:issue_updated', issue: { key, fields: sharedAs(key) } })).status).toBe(204);
      const after = await call<RequestList>(portal, 'GET', fresh, { token: anna, headers: { 'If-None-Match': first.headers.get('etag') as string } });
      expect(after.status).toBe(200);
      expect(after.body.items.map((i) => i.key)).not.toContain(key);
    } finally {
      stop = deliverWebhooks(portal.sim, { url: `${portal.apiUrl}/hooks/jira`, secret: SECRET });
    }
  });

  it('accepts an automation rule that sends the shared secret in its own header', async () => {
    const body = JSON.stringify({ webhookEvent: 'jira:issue_updated', issue: { key: 'MED-1', fields: {} } });
    expect((await hook(portal, body, { 'X-MedSupport-Webhook-Secret': SECRET })).status).toBe(204);
  });

  it('an automation rule with an empty body (FACTS §8) tells every practice that something changed', async () => {
    await settled();
    const first = await call(portal, 'GET', LIST, { token: anna });
    expect((await hook(portal, '', { 'X-MedSupport-Webhook-Secret': SECRET })).status).toBe(204);
    expect((await call(portal, 'GET', LIST, { token: anna, headers: { 'If-None-Match': first.headers.get('etag') as string } })).status).toBe(200);
  });

  it('an empty body without a Content-Type is a delivery too; its secret is checked first', async () => {
    const bare = (secret: string) => fetch(`${portal.apiUrl}/hooks/jira`, { method: 'POST', headers: { 'X-MedSupport-Webhook-Secret': secret } });
    expect((await bare(`${SECRET}x`)).status).toBe(401);
    await settled();
    const first = await call(portal, 'GET', LIST, { token: anna });
    expect((await bare(SECRET)).status).toBe(204);
    expect((await call(portal, 'GET', LIST, { token: anna, headers: { 'If-None-Match': first.headers.get('etag') as string } })).status).toBe(200);
  });

  it('handles a repeated delivery (same identifier) once', async () => {
    const created = await call<RequestDetail>(portal, 'POST', '/requests', { token: anna, idempotencyKey: newKey(), body: bugRequest('Doppelt') });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const first = await call(portal, 'GET', LIST, { token: anna });
    const body = JSON.stringify({ webhookEvent: 'jira:issue_updated', issue: { key: created.body.key, fields: { customfield_10002: portal.sim.issue(created.body.key)?.organizationIds.map((id) => ({ id })) } } });
    const headers = { 'X-Hub-Signature': sign(body), 'X-Atlassian-Webhook-Identifier': `delivery-${newKey()}` };
    expect((await hook(portal, body, headers)).status).toBe(204);
    const afterFirst = await call(portal, 'GET', LIST, { token: anna, headers: { 'If-None-Match': first.headers.get('etag') as string } });
    expect(afterFirst.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const settled = await call(portal, 'GET', LIST, { token: anna });
    expect((await hook(portal, body, headers)).status).toBe(204);
    expect((await call(portal, 'GET', LIST, { token: anna, headers: { 'If-None-Match': settled.headers.get('etag') as string } })).status).toBe(304);
  });
});

describe('without webhooks: the background poll', () => {
  let portal: JsmPortal;
  let anna: string;

  beforeAll(async () => {
    portal = await startJsmTestPortal({ gateway: { webhookSecret: null, pollIntervalMs: 300 } });
    anna = await tokenFor('anna');
  });
  afterAll(() => portal.dispose());

  it("finds an agent's reply within the interval, with one search per interval for the whole gateway", async () => {
    const created = await call<RequestDetail>(portal, 'POST', '/requests', { token: anna, idempotencyKey: newKey(), body: bugRequest('Poll') });
    await new Promise((resolve) => setTimeout(resolve, 700));
    const first = await call(portal, 'GET', LIST, { token: anna });
    const etag = first.headers.get('etag') as string;
    portal.sim.resetCalls();
    for (let i = 0; i < 5; i++) expect((await call(portal, 'GET', LIST, { token: anna, headers: { 'If-None-Match': etag } })).status).toBe(304);
    expect(portal.sim.calls.filter((c) => c.path.endsWith('/search/jql')).length).toBeLessThanOrEqual(2);

    await portal.sim.agentComment(created.body.key, { body: 'Antwort ohne Webhook', internal: false });
    const changed = await waitFor(() => call<RequestList>(portal, 'GET', LIST, { token: anna, headers: { 'If-None-Match': etag } }), (r) => r.status === 200);
    expect(changed.status).toBe(200);
    expect(changed.body.items.find((i) => i.key === created.body.key)?.lastAgentActivityAt).not.toBeNull();
    expect(portal.sim.violations).toEqual([]);
  });

  it('finds a request raised in JSM for a customer and shared with no organization, for her list alone', async () => {
    const created = await call<RequestDetail>(portal, 'POST', '/requests', { token: anna, idempotencyKey: newKey(), body: bugRequest('Über das Widget') });
    await new Promise((resolve) => setTimeout(resolve, 700));
    const first = await call<RequestList>(portal, 'GET', LIST, { token: anna });
    const raised = await asServiceAccount(portal.sim, '/rest/servicedeskapi/request', {
      method: 'POST',
      json: { serviceDeskId: '1', requestTypeId: '10', raiseOnBehalfOf: portal.sim.issue(created.body.key)?.reporterId, requestFieldValues: { summary: 'Per E-Mail an den Support', description: 'Hallo' } },
    });
    expect(raised.status).toBe(201);
    const changed = await waitFor(
      () => call<RequestList>(portal, 'GET', LIST, { token: anna, headers: { 'If-None-Match': first.headers.get('etag') as string } }),
      (r) => r.status === 200,
    );
    expect(changed.body.items.map((i) => i.summary)).toContain('Per E-Mail an den Support');
    const markus = await tokenFor('markus');
    expect((await call<RequestList>(portal, 'GET', LIST, { token: markus })).body.items.map((i) => i.summary)).not.toContain('Per E-Mail an den Support');
  });

  it('reads every page of its search when JSM puts fewer issues on a page than asked for', async () => {
    const lena = await tokenFor('lena');
    const mine = await call<RequestDetail>(portal, 'POST', '/requests', { token: anna, idempotencyKey: newKey(), body: bugRequest('Seite zwei') });
    const theirs = await Promise.all(['Andere Praxis 1', 'Andere Praxis 2'].map((summary) =>
      call<RequestDetail>(portal, 'POST', '/requests', { token: lena, idempotencyKey: newKey(), body: bugRequest(summary) })));
    await new Promise((resolve) => setTimeout(resolve, 700));
    const etag = (await call(portal, 'GET', LIST, { token: anna })).headers.get('etag') as string;
    portal.sim.searchPageCap = 2;
    try {
      // Anna's request changes first, so the two newer changes of another practice fill the poll's first page.
      await portal.sim.agentComment(mine.body.key, { body: 'Antwort auf Seite zwei', internal: false });
      for (const other of theirs) await portal.sim.agentComment(other.body.key, { body: 'Notiz', internal: true });
      const changed = await waitFor(() => call<RequestList>(portal, 'GET', LIST, { token: anna, headers: { 'If-None-Match': etag } }), (r) => r.status === 200);
      expect(changed.status).toBe(200);
      expect(changed.body.items.find((i) => i.key === mine.body.key)?.lastAgentActivityAt).not.toBeNull();
    } finally {
      portal.sim.searchPageCap = 100;
    }
  });
});

describe('a poll slower than its interval', () => {
  it('still finds an agent\'s reply: the poll has its own budget, not its interval', async () => {
    const sim = await startJsmSimulator();
    // Every poll's search takes longer than the 300 ms between polls, as on a busy site polled every 2 s.
    const site = await jsmSiteInFront(sim.url, async (c) => {
      if (c.path.endsWith('/search/jql') && c.body.includes('updated >=')) await new Promise((resolve) => setTimeout(resolve, 600));
      return c.upstream();
    });
    const portal = await startJsmTestPortal({ sim, gateway: { siteUrl: site.url, webhookSecret: null, pollIntervalMs: 300 } });
    try {
      const anna = await tokenFor('anna');
      const created = await call<RequestDetail>(portal, 'POST', '/requests', { token: anna, idempotencyKey: newKey(), body: bugRequest('Langsamer Poll') });
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      const etag = (await call(portal, 'GET', LIST, { token: anna })).headers.get('etag') as string;
      await sim.agentComment(created.body.key, { body: 'Antwort trotz langsamer Suche', internal: false });
      const changed = await waitFor(() => call<RequestList>(portal, 'GET', LIST, { token: anna, headers: { 'If-None-Match': etag } }), (r) => r.status === 200);
      expect(changed.status).toBe(200);
      expect(portal.logs.filter((line) => line.includes('change poll failed'))).toEqual([]);
    } finally {
      await portal.dispose();
      await site.close();
      await sim.close();
    }
  });
});

describe('between two polls', () => {
  let portal: JsmPortal;
  let anna: string;

  beforeAll(async () => {
    portal = await startJsmTestPortal({ gateway: { webhookSecret: null, pollIntervalMs: 600_000 } });
    anna = await tokenFor('anna');
  });
  afterAll(() => portal.dispose());

  it("a colleague's reused list never holds the reader's private request", async () => {
    const created = await call<RequestDetail>(portal, 'POST', '/requests', { token: anna, idempotencyKey: newKey(), body: bugRequest('Nur Anna, auch im Cache') });
    await asServiceAccount(portal.sim, `/rest/api/3/issue/${created.body.key}`, { method: 'PUT', json: { fields: { customfield_10002: [] } } });
    const all = '/requests?ownership=organization&status=all&limit=100';
    const annas = await call<RequestList>(portal, 'GET', all, { token: anna });
    expect(annas.body.items.map((i) => i.key)).toContain(created.body.key);
    const markus = await tokenFor('markus');
    const theirs = await call<RequestList>(portal, 'GET', all, { token: markus });
    expect(theirs.status).toBe(200);
    expect(theirs.body.items.map((i) => i.key)).not.toContain(created.body.key);
  });

  it('opening a request the support team changed brings its list up to date too', async () => {
    const created = await call<RequestDetail>(portal, 'POST', '/requests', { token: anna, idempotencyKey: newKey(), body: bugRequest('Zwischen den Abfragen') });
    await new Promise((resolve) => setTimeout(resolve, 700));
    const before = await call<RequestList>(portal, 'GET', LIST, { token: anna });
    const etag = before.headers.get('etag') as string;
    expect(before.body.items.find((i) => i.key === created.body.key)?.status.id).toBe('waiting_for_support');

    await portal.sim.agentComment(created.body.key, { body: 'Bitte senden Sie uns einen Screenshot.', internal: false });
    await portal.sim.transition(created.body.key, 'Waiting for customer');
    const detail = await call<RequestDetail>(portal, 'GET', `/requests/${created.body.key}`, { token: anna });
    expect(detail.body.status.id).toBe('waiting_for_customer');

    const after = await call<RequestList>(portal, 'GET', LIST, { token: anna, headers: { 'If-None-Match': etag } });
    expect(after.status).toBe(200);
    const item = after.body.items.find((i) => i.key === created.body.key);
    expect(item?.status.id).toBe('waiting_for_customer');
    expect(item?.lastAgentActivityAt).not.toBeNull();
    expect(portal.sim.violations).toEqual([]);
  });
});

describe('knowledge base from Confluence through the portal', () => {
  let portal: JsmPortal;

  beforeAll(async () => {
    portal = await startJsmTestPortal({
      simOptions: { seed: { confluence: { spaces: [{ key: 'KB' }], pages: [{ spaceKey: 'KB', title: 'Drucker einrichten', storage: '<p>So geht es.</p>', labels: ['id-drucker', 'rt-support'] }] } } },
      gateway: { webhookSecret: SECRET, kbSpace: 'KB', kbRefreshMs: 0 },
    });
  });
  afterAll(() => portal.dispose());

  it('serves the space, and a signed page webhook brings an edit at once', async () => {
    const index = await call<{ id: string; title: string; requestTypes: string[] }[]>(portal, 'GET', '/articles');
    expect(index.body).toEqual([expect.objectContaining({ id: 'drucker', title: 'Drucker einrichten', requestTypes: ['support'] })]);
    const id = portal.sim.pages()[0]?.id as string;
    portal.sim.updatePage(id, { title: 'Drucker einrichten (neu)' });
    const body = JSON.stringify({ webhookEvent: 'page_updated', page: { id } });
    expect((await hook(portal, body, { 'X-Hub-Signature': sign(body) })).status).toBe(204);
    const after = await waitFor(() => call<{ title: string }[]>(portal, 'GET', '/articles'), (r) => r.body[0]?.title !== 'Drucker einrichten');
    expect(after.body[0]?.title).toBe('Drucker einrichten (neu)');
    const article = await call<{ html: string }>(portal, 'GET', '/articles/drucker');
    expect(article.body.html).toContain('So geht es.');
  });
});

describe('the change feed on its own', () => {
  // A feed on its own, without a site: a desk and a state store that know nothing.
  const desk: Desk = { id: '1', projectKey: 'MED', projectName: 'Support', serviceAccountId: 'svc', formerServiceAccounts: [], organizationsField: 'customfield_1', requestTypeField: null, participantsField: null };
  const state = { practiceOfOrganization: () => null, practicesOfAccount: () => [] } as unknown as JsmState;

  it('marks every list as changed every 10 minutes, with webhooks too: no search or webhook tells of an issue moved away or a status renamed', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const searches: string[] = [];
      const client = {
        request: async (call: { json?: { jql?: string } }) => {
          searches.push(call.json?.jql ?? '');
          return { status: 200, headers: new Headers(), body: { issues: [], isLast: true } };
        },
      } as unknown as JsmClient;
      const feeds = [
        { pollIntervalMs: 20_000, webhooks: false },
        { pollIntervalMs: 20_000, webhooks: true },
        { pollIntervalMs: 0, webhooks: true },
      ].map((options) => createChangeFeed(client, desk, state, { ...options, settleMs: 0, log: () => undefined }));
      const before = feeds.map((feed) => feed.version('org-1'));
      for (const feed of feeds) await feed.poll();
      vi.setSystemTime(Date.now() + 9 * 60_000);
      expect(feeds.map((feed) => feed.version('org-1'))).toEqual(before);
      vi.setSystemTime(Date.now() + 60_000);
      const after = feeds.map((feed) => feed.version('org-1'));
      after.forEach((version, i) => expect(version).not.toBe(before[i]));
      expect(feeds.map((feed) => feed.version('org-1'))).toEqual(after);
      expect(searches.length).toBe(3);
    } finally {
      vi.useRealTimers();
    }
  });

  it('failing the same way poll after poll says so once, and once that it works again', async () => {
    let down = true;
    const client = {
      request: async () => {
        if (down) throw new Error('JSM at https://example.atlassian.net: the service account credentials were refused');
        return { status: 200, headers: new Headers(), body: { issues: [], isLast: true } };
      },
    } as unknown as JsmClient;
    const logs: string[] = [];
    const feed = createChangeFeed(client, desk, state, { pollIntervalMs: 20_000, webhooks: false, settleMs: 0, log: (line) => logs.push(line) });
    for (let i = 0; i < 5; i++) await feed.poll();
    down = false;
    await feed.poll();
    await feed.poll();
    expect(logs).toEqual([expect.stringMatching(/^jsm: change poll failed: .*credentials were refused$/), 'jsm: change poll works again']);
  });
});
