import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestDetail, RequestList } from '../../src/api/contract.js';
import { DEMO_JWT_SECRET, signToken } from '../../server/index.js';
import { bugRequest, call, newKey, startJsmTestPortal, tokenFor, type TestPortal } from './helpers.js';
import type { JsmSimulator } from '../../server/jsm-sim/index.js';

// Sharing a request with the practice's organization is an issue edit of its own where the request type lacks the
// Organizations field (FACTS §3 [I]), and editIssue may refuse it (400 "not on the appropriate screen", 403, 404). The
// request exists by then: a refusal must not turn into errors the user cannot get past.

let portal: TestPortal & { sim: JsmSimulator };

beforeAll(async () => {
  portal = await startJsmTestPortal({ allowAnonymous: true, simOptions: { organizationsFieldOnRequestTypes: false } });
});
afterAll(() => portal.dispose());

const refuseEdits = (times: number) =>
  portal.sim.fault({ kind: 'status', status: 400, times, match: { method: 'PUT', path: /\/rest\/api\/3\/issue\/[^/]+$/ } });

describe('a refused share after the create', () => {
  it('answers 201 with the request, which its creator sees, and logs that the practice does not', async () => {
    const anna = await tokenFor('anna');
    // Anna's first call sets up her customer and organization, so the refusal meets the create's own share.
    expect((await call(portal, 'GET', '/requests?status=all', { token: anna })).status).toBe(200);
    refuseEdits(5);
    const created = await call<RequestDetail>(portal, 'POST', '/requests', { token: anna, idempotencyKey: newKey(), body: bugRequest('Teilen verweigert') });
    portal.sim.clearFaults();
    expect(created.status).toBe(201);
    expect(portal.sim.issue(created.body.key)?.organizationIds).toEqual([]);
    expect(portal.logs).toContainEqual(expect.stringContaining(`${created.body.key} was not shared with organization`));
    const mine = await call<RequestList>(portal, 'GET', '/requests?status=all', { token: anna });
    expect(mine.body.items.map((i) => i.key)).toContain(created.body.key);
  });
});

describe('a refused share of a visitor request when its address signs in', () => {
  it('lets the user in; the request stays private, and the next request is shared as usual', async () => {
    const sent = await call<RequestDetail>(portal, 'POST', '/requests', {
      idempotencyKey: newKey(), body: { ...bugRequest('Als Besucherin gesendet'), email: 'vera@praxis-vera.example', name: 'Vera' },
    });
    expect(sent.status).toBe(201);
    const vera = await signToken(DEMO_JWT_SECRET, { sub: 'u-vera', email: 'vera@praxis-vera.example', name: 'Vera', org: 'org-vera', org_name: 'Praxis Vera' });
    refuseEdits(5);
    const list = await call<RequestList>(portal, 'GET', '/requests?status=all', { token: vera });
    portal.sim.clearFaults();
    expect(list.status).toBe(200);
    expect(list.body.items.map((i) => i.key)).toEqual([sent.body.key]);
    expect(portal.logs).toContainEqual(expect.stringMatching(new RegExp(`visitor request ${sent.body.key} was not shared .*; it stays private`)));
    expect(portal.sim.issue(sent.body.key)?.organizationIds).toEqual([]);
    const next = await call<RequestDetail>(portal, 'POST', '/requests', { token: vera, idempotencyKey: newKey(), body: bugRequest('Angemeldet gesendet') });
    expect(next.status).toBe(201);
    expect(portal.sim.issue(next.body.key)?.organizationIds).toHaveLength(1);
  });
});

describe('a share of a visitor request that fails for a while when its address signs in', () => {
  it('is tried again at the next call, which shares it', async () => {
    const sent = await call<RequestDetail>(portal, 'POST', '/requests', {
      idempotencyKey: newKey(), body: { ...bugRequest('Besucherin, JSM kurz weg'), email: 'wera@praxis-wera.example', name: 'Wera' },
    });
    expect(sent.status).toBe(201);
    const wera = await signToken(DEMO_JWT_SECRET, { sub: 'u-wera', email: 'wera@praxis-wera.example', name: 'Wera', org: 'org-wera', org_name: 'Praxis Wera' });
    // A 500 to a write is an answer lost, not a refusal: nothing says the share did not happen.
    portal.sim.fault({ kind: 'status', status: 500, times: 1, match: { method: 'PUT', path: /\/rest\/api\/3\/issue\/[^/]+$/ } });
    const first = await call(portal, 'GET', '/requests?status=all', { token: wera });
    expect(first.status).toBe(503);
    const second = await call<RequestList>(portal, 'GET', '/requests?ownership=organization&status=all', { token: wera });
    expect(second.status).toBe(200);
    expect(portal.sim.issue(sent.body.key)?.organizationIds).toHaveLength(1);
  });
});
