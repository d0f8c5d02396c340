import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestDetail, RequestList } from '../../src/api/contract.js';
import { DEMO_AGENT_KEY } from '../../server/index.js';
import { bugRequest, call, newKey, startTestPortal, tokenFor, type TestPortal } from './helpers.js';

/** The server answers repeated list requests from memory; every kind of change must still show on the next request. */
let portal: TestPortal;
let lena: string;
const ORG_LIST = '/requests?ownership=organization&status=all';

beforeAll(async () => {
  portal = await startTestPortal();
  lena = await tokenFor('lena');
});
afterAll(() => portal.dispose());

const list = async (token = lena, route = ORG_LIST) => {
  const response = await call<RequestList>(portal, 'GET', route, { token });
  expect(response.status).toBe(200);
  return response;
};

describe('GET /requests stays fresh', () => {
  it('answers the same list with the same ETag while nothing changes', async () => {
    const first = await list();
    const second = await list();
    expect(second.text).toBe(first.text);
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'));
  });

  it('shows a new request at once, in "mine" and in the organisation list', async () => {
    await list();
    await list(lena, '/requests');
    const created = await call<RequestDetail>(portal, 'POST', '/requests', { token: lena, idempotencyKey: newKey(), body: bugRequest('Frisch angelegt') });
    expect(created.status).toBe(201);
    expect((await list()).body.items[0]?.key).toBe(created.body.key);
    expect((await list(lena, '/requests')).body.items[0]?.key).toBe(created.body.key);
  });

  it('shows a status change by the support team', async () => {
    const key = (await list()).body.items[0]!.key;
    await call(portal, 'POST', `/agent/requests/${key}/status`, { token: DEMO_AGENT_KEY, body: { status: 'resolved' } });
    expect((await list()).body.items.find((item) => item.key === key)?.status.id).toBe('resolved');
  });

  it("shows a creator's new name from a later token, and one chosen in the profile", async () => {
    const jonasItem = (await list()).body.items.find((item) => item.createdBy.id === 'u-see-jonas');
    expect(jonasItem?.createdBy.name).toBe('Jonas Weber');
    await call(portal, 'GET', '/me', { token: await tokenFor('jonas', { name: 'Jonas Weber-Neu' }) });
    expect((await list()).body.items.find((item) => item.key === jonasItem!.key)?.createdBy.name).toBe('Jonas Weber-Neu');
    await call(portal, 'PATCH', '/me', { token: await tokenFor('jonas', { name: 'Jonas Weber-Neu' }), body: { name: 'J. Weber' } });
    expect((await list()).body.items.find((item) => item.key === jonasItem!.key)?.createdBy.name).toBe('J. Weber');
  });

  it('shows a change written to the database by another process', async () => {
    const before = await list();
    const key = before.body.items[0]!.key;
    const db = new Database(portal.config.dbPath);
    try {
      db.prepare(`UPDATE requests SET summary = 'Von außen geändert', summary_folded = 'von aussen geandert' WHERE id = ?`).run(Number(key.slice(4)));
    } finally {
      db.close();
    }
    const after = await list();
    expect(after.body.items[0]?.summary).toBe('Von außen geändert');
    expect(after.headers.get('etag')).not.toBe(before.headers.get('etag'));
  });
});
