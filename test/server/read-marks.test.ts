import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Problem, ReadMark, ReadMarks, RequestDetail, RequestList } from '../../src/api/contract.js';
import { bugRequest, call, newKey, startTestPortal, supportReplies, tokenFor, type TestPortal } from './helpers.js';

/**
 * What a user has read is kept by the portal, per user and request, so every device shows the same unread replies
 * (issue #16, point 14). Backend-neutral: the `jsm` Vitest project runs this file on the JSM gateway too.
 */
let portal: TestPortal;
let anna: string;
let markus: string;

beforeAll(async () => {
  portal = await startTestPortal();
  anna = await tokenFor('anna');
  markus = await tokenFor('markus');
});
afterAll(() => portal.dispose());

const reads = (token: string, etag?: string) =>
  call<ReadMarks>(portal, 'GET', '/me/reads', { token, headers: etag ? { 'If-None-Match': etag } : {} });
const markRead = (token: string, key: string, at: string) => call<ReadMark | Problem>(portal, 'PUT', `/requests/${key}/read`, { token, body: { at } });

async function repliedRequest(summary: string): Promise<RequestDetail> {
  const created = await call<RequestDetail>(portal, 'POST', '/requests', { token: anna, idempotencyKey: newKey(), body: bugRequest(summary) });
  expect(created.status).toBe(201);
  await supportReplies(portal, created.body.key, 'Bitte einmal neu starten.');
  // On JSM the reply reaches the gateway's list through its poll of JSM: wait until the list shows it.
  await expect
    .poll(async () => {
      const list = await call<RequestList>(portal, 'GET', '/requests?ownership=mine&status=all', { token: anna });
      return list.body.items.find((item) => item.key === created.body.key)?.lastAgentActivityAt ?? null;
    }, { timeout: 15_000 })
    .not.toBeNull();
  return (await call<RequestDetail>(portal, 'GET', `/requests/${created.body.key}`, { token: anna })).body;
}

describe('read marks', () => {
  it('start empty with a since at the first check, which later checks keep', async () => {
    const first = await reads(anna);
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('private, no-cache');
    expect(Date.parse(first.body.since)).toBeLessThanOrEqual(Date.now());
    const again = await reads(anna);
    expect(again.body.since).toBe(first.body.since);
    const unchanged = await reads(anna, first.headers.get('etag')!);
    expect(unchanged.status).toBe(304);
  });

  it('a reply after since is unread until marked; the mark is then the same for every device of the user', async () => {
    const since = (await reads(anna)).body.since;
    const request = await repliedRequest('Drucker druckt nicht');
    const at = request.lastAgentActivityAt!;
    expect(Date.parse(at)).toBeGreaterThan(Date.parse(since));
    expect((await reads(anna)).body.marks[request.key]).toBeUndefined();

    const before = await reads(anna);
    const marked = await markRead(anna, request.key.toLowerCase(), at);
    expect(marked.status).toBe(200);
    expect(marked.body).toEqual({ key: request.key, at });

    // Another device asks with the ETag it had: the marks changed, so it gets them.
    const other = await reads(anna, before.headers.get('etag')!);
    expect(other.status).toBe(200);
    expect(other.body.marks[request.key]).toBe(at);
    // A colleague's marks are their own.
    expect((await reads(markus)).body.marks[request.key]).toBeUndefined();
  });

  it('is idempotent and never moves back: an older device reporting late changes nothing', async () => {
    const request = await repliedRequest('Kalender lädt nicht');
    const at = request.lastAgentActivityAt!;
    expect((await markRead(anna, request.key, at)).body).toEqual({ key: request.key, at });
    expect((await markRead(anna, request.key, at)).body).toEqual({ key: request.key, at });
    expect((await markRead(anna, request.key, '2020-01-01T00:00:00.000Z')).body).toEqual({ key: request.key, at });
    expect((await reads(anna)).body.marks[request.key]).toBe(at);
  });

  it('leave the list and its ETag alone, so the unread poll\'s list check stays a 304 for the user and colleagues', async () => {
    const request = await repliedRequest('Etiketten verrutscht');
    const list = () => call<RequestList>(portal, 'GET', '/requests?ownership=organization&status=all', { token: anna });
    const before = await list();
    await markRead(anna, request.key, request.lastAgentActivityAt!);
    const after = await call(portal, 'GET', '/requests?ownership=organization&status=all', { token: anna, headers: { 'If-None-Match': before.headers.get('etag')! } });
    expect(after.status).toBe(304);
  });

  it('allow the PUT from the host app\'s origin (CORS preflight)', async () => {
    const preflight = await call(portal, 'OPTIONS', '/requests/MED-1/read', {
      headers: { Origin: 'http://host.example', 'Access-Control-Request-Method': 'PUT', 'Access-Control-Request-Headers': 'authorization, content-type' },
    });
    expect(preflight.headers.get('access-control-allow-methods')?.split(', ')).toContain('PUT');
  });

  it('takes no mark later than now, refuses malformed bodies and keys, and needs a token', async () => {
    const future = await markRead(markus, 'MED-999', '2999-01-01T00:00:00.000Z');
    expect(future.status).toBe(200);
    expect(Date.parse((future.body as ReadMark).at)).toBeLessThanOrEqual(Date.now());

    const bad = await call<Problem>(portal, 'PUT', '/requests/not a key/read', { token: markus, body: { at: 'gestern', extra: 1 } });
    expect(bad.status).toBe(422);
    expect((bad.body as Problem).errors?.map((e) => e.field).sort()).toEqual(['at', 'extra', 'key']);
    expect((await call(portal, 'PUT', '/requests/MED-1/read', { body: { at: new Date().toISOString() } })).status).toBe(401);
    expect((await call(portal, 'GET', '/me/reads')).status).toBe(401);
  });
});
