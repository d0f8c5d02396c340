import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestList, RequestSummary } from '../../src/api/contract.js';
import { bugRequest, call, newKey, startTestPortal, supportReplies, tokenFor, walkPages, type TestPortal } from './helpers.js';

let portal: TestPortal;
let jonas: string;
let lena: string;

beforeAll(async () => {
  portal = await startTestPortal();
  [jonas, lena] = await Promise.all([tokenFor('jonas'), tokenFor('lena')]);
  // 60 more requests in the practice, so paging has something to walk.
  for (let i = 0; i < 60; i++) {
    await call(portal, 'POST', '/requests', { token: i % 2 ? jonas : lena, idempotencyKey: newKey(), body: bugRequest(`Seite ${i}`) });
  }
}, 30_000);
afterAll(() => portal.dispose());

const walk = (token: string, query: string, during?: (page: number) => Promise<void>) =>
  walkPages(portal, token, query, during && ((_items, page) => during(page)));

describe('cursor pagination', () => {
  it('walks every request exactly once', async () => {
    const all = await call<RequestList>(portal, 'GET', '/requests?ownership=organization&status=all&limit=100', { token: lena });
    const paged = await walk(lena, 'ownership=organization&status=all&limit=7');
    expect(paged.map((r) => r.key)).toEqual(all.body.items.map((r) => r.key));
    expect(new Set(paged.map((r) => r.key)).size).toBe(paged.length);
  });

  for (const sort of ['updated', 'created']) {
    it(`stays stable while requests are added concurrently (sort=${sort})`, async () => {
      const before = await walk(lena, `ownership=organization&status=all&sort=${sort}&limit=100`);
      const added: string[] = [];
      const paged = await walk(lena, `ownership=organization&status=all&sort=${sort}&limit=5`, async () => {
        const inserts = await Promise.all([jonas, lena].map((token) =>
          call<RequestSummary>(portal, 'POST', '/requests', { token, idempotencyKey: newKey(), body: bugRequest(`Neu während ${sort}`) })));
        added.push(...inserts.map((r) => r.body.key));
      });
      expect(added.length).toBeGreaterThan(0);
      // Exactly the requests that existed when paging began, in order: no duplicates, no gaps, no newcomers.
      expect(paged.map((r) => r.key)).toEqual(before.map((r) => r.key));
    }, 30_000);
  }

  it('nextCursor is null on the last page', async () => {
    const response = await call<RequestList>(portal, 'GET', '/requests?ownership=organization&status=all&q=Seite&limit=60', { token: lena });
    expect(response.body.items).toHaveLength(60);
    expect(response.body.nextCursor).toBeNull();
  });
});

describe('ETag on GET /requests', () => {
  it('answers 304 while nothing changed, 200 with a new ETag after a change', async () => {
    const url = '/requests?ownership=organization&status=open';
    const first = await call(portal, 'GET', url, { token: lena });
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^".+"$/);
    const unchanged = await call(portal, 'GET', url, { token: lena, headers: { 'If-None-Match': etag! } });
    expect(unchanged.status).toBe(304);
    expect(unchanged.text).toBe('');
    expect(unchanged.headers.get('etag')).toBe(etag);
    const weak = await call(portal, 'GET', url, { token: lena, headers: { 'If-None-Match': `"other", W/${etag}` } });
    expect(weak.status).toBe(304);

    const key = (first.body as RequestList).items[0]!.key;
    await supportReplies(portal, key, 'Antwort vom Support');
    const changed = await call<RequestList>(portal, 'GET', url, { token: lena, headers: { 'If-None-Match': etag! } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    expect(changed.body.items.find((i) => i.key === key)?.lastAgentActivityAt).not.toBeNull();
  });

  it('stays while another practice writes, and the length counts the UTF-8 bytes sent', async () => {
    const url = '/requests?ownership=organization&status=all&limit=100';
    const list = await call<RequestList>(portal, 'GET', url, { token: lena });
    expect(list.text).toMatch(/[^\x00-\x7f]/);
    expect(Number(list.headers.get('content-length'))).toBe(Buffer.from(list.text).length);
    const other = await call(portal, 'POST', '/requests', { token: await tokenFor('anna'), idempotencyKey: newKey(), body: bugRequest('Andere Praxis') });
    expect(other.status).toBe(201);
    const again = await call(portal, 'GET', url, { token: lena, headers: { 'If-None-Match': list.headers.get('etag')! } });
    expect(again.status).toBe(304);
  });

  it('differs per language, since status and type names are localised', async () => {
    const de = await call(portal, 'GET', '/requests', { token: lena });
    const en = await call(portal, 'GET', '/requests', { token: lena, headers: { 'Accept-Language': 'en' } });
    expect(en.headers.get('etag')).not.toBe(de.headers.get('etag'));
    expect(de.headers.get('vary')).toContain('Accept-Language');
  });

  it('also covers GET /requests/:key', async () => {
    const first = await call(portal, 'GET', '/requests/MED-8', { token: lena });
    const again = await call(portal, 'GET', '/requests/MED-8', { token: lena, headers: { 'If-None-Match': first.headers.get('etag')! } });
    expect(again.status).toBe(304);
  });
});
