import { describe, expect, it } from 'vitest';
import type { Problem, RequestDetail } from '../../src/api/contract.js';
import { BackendUnavailableError } from '../../server/store/backend-errors.js';
import { createJsmClient, type JsmCall } from '../../server/store/jsm/client.js';
import { withinDeadline } from '../../server/store/jsm/deadline.js';
import { bugRequest, call, newKey, startJsmTestPortal, tokenFor } from './helpers.js';

// JSM's burst limits (FACTS §10) are token buckets per tenant, endpoint and method, with user search limited
// tenant-wide on its own (FACTS §2): a bucket JSM closed with a Retry-After is closed for every call of the gateway,
// not only for the one that was refused, and the calls it held go again spread out, not all at once.

const USER_SEARCH = /^\/rest\/api\/3\/user\/search$|^\/rest\/servicedeskapi\/servicedesk\/[^/]+\/customer$/;

/** The bucket a call counts against at JSM. */
const bucketAt = (method: string, path: string) =>
  method === 'GET' && USER_SEARCH.test(path) ? 'user search' : `${method} ${path.replace(/\/(?<!\/api\/)(\d+|[A-Z][A-Z0-9_]*-\d+)(?=\/|$)/g, '/{id}')}`;

interface Sent {
  at: number;
  method: string;
  path: string;
  bucket: string;
  status: number;
  /** Sent while a Retry-After JSM had already given for its bucket was running. */
  early: boolean;
}

interface Limits {
  /** Token buckets: the burst, and tokens per second. */
  buckets?: Record<string, { burst: number; perSecond: number }>;
  /** The first call to each of these buckets is refused with this Retry-After (and reason). */
  refuseFirst?: Record<string, { retryAfter: number; reason?: string }>;
}

/** A JSM site with burst limits, answering each call after `latencyMs`, that counts what arrives and when. */
function limitedSite({ buckets = {}, refuseFirst = {} }: Limits, latencyMs = 10) {
  const sent: Sent[] = [];
  const state = new Map<string, { tokens: number; at: number }>();
  const closedUntil = new Map<string, number>();
  const refused = new Set<string>();
  let maxInFlight = new Map<string, number>();
  const inFlightOf = new Map<string, number>();
  const site: typeof fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const method = init?.method ?? 'GET';
    const bucket = bucketAt(method, url.pathname);
    const arrived = Date.now();
    const early = arrived < (closedUntil.get(bucket) ?? 0);
    inFlightOf.set(bucket, (inFlightOf.get(bucket) ?? 0) + 1);
    maxInFlight.set(bucket, Math.max(maxInFlight.get(bucket) ?? 0, inFlightOf.get(bucket) ?? 0));
    let status = 200;
    let headers: Record<string, string> = {};
    const refusal = refuseFirst[bucket];
    const limit = buckets[bucket];
    if (refusal && !refused.has(bucket)) {
      refused.add(bucket);
      status = 429;
      headers = { 'Retry-After': String(refusal.retryAfter), ...(refusal.reason ? { 'RateLimit-Reason': refusal.reason } : {}) };
    } else if (limit) {
      const b = state.get(bucket) ?? { tokens: limit.burst, at: arrived };
      b.tokens = Math.min(limit.burst, b.tokens + ((arrived - b.at) / 1000) * limit.perSecond);
      b.at = arrived;
      state.set(bucket, b);
      if (b.tokens >= 1) b.tokens--;
      else {
        status = 429;
        headers = { 'Retry-After': String(Math.max(1, Math.ceil((1 - b.tokens) / limit.perSecond))), 'RateLimit-Reason': 'jira-burst-based' };
      }
    }
    sent.push({ at: arrived, method, path: url.pathname, bucket, status, early });
    await new Promise((resolve) => setTimeout(resolve, latencyMs));
    inFlightOf.set(bucket, (inFlightOf.get(bucket) ?? 1) - 1);
    // The Retry-After runs from the moment the gateway could know it.
    if (status === 429) closedUntil.set(bucket, Math.max(closedUntil.get(bucket) ?? 0, Date.now() + Number(headers['Retry-After']) * 1000));
    return new Response(JSON.stringify(status === 200 ? [] : { errorMessages: ['Rate limit exceeded.'] }), { status, headers: { 'Content-Type': 'application/json', ...headers } });
  };
  const client = createJsmClient({ siteUrl: 'https://example.atlassian.net', email: 'svc@example.com', apiToken: 'token', log: () => {}, fetch: site });
  return { client, sent, maxInFlight: (bucket: string) => maxInFlight.get(bucket) ?? 0, reset: () => ((maxInFlight = new Map()), (sent.length = 0)) };
}

const get = (path: string): JsmCall => ({ method: 'GET', path, retry: true });
const within = <T>(fn: () => Promise<T>) => withinDeadline(12_000, fn);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function outcome(promise: Promise<unknown>): Promise<unknown> {
  try {
    return await promise;
  } catch (error) {
    return error;
  }
}

describe('one gate per JSM bucket (FACTS §10)', () => {
  it('after a 429 with Retry-After, another call to the same endpoint is not sent before it has passed', async () => {
    const { client, sent } = limitedSite({ refuseFirst: { 'GET /rest/servicedeskapi/request/{id}': { retryAfter: 2 } } });
    const first = within(() => client.request(get('/rest/servicedeskapi/request/SUP-1')));
    await pause(100);
    const refusedAt = sent[0]?.at ?? 0;
    const second = await within(() => client.request(get('/rest/servicedeskapi/request/SUP-2')));
    expect(second.status).toBe(200);
    expect((await first).status).toBe(200);
    const later = sent.slice(1);
    expect(later).toHaveLength(2);
    for (const s of later) expect(s.at - refusedAt).toBeGreaterThanOrEqual(2_000);
    expect(sent.filter((s) => s.early)).toEqual([]);
  });

  it('a write refused with a Retry-After beyond the deadline holds the next write too: it fails at once, unsent', async () => {
    const { client, sent } = limitedSite({ refuseFirst: { 'POST /rest/servicedeskapi/request': { retryAfter: 60 } } });
    const write: JsmCall = { method: 'POST', path: '/rest/servicedeskapi/request', json: {}, retry: false };
    expect(await outcome(within(() => client.request(write)))).toBeInstanceOf(BackendUnavailableError);
    await pause(200);
    const started = Date.now();
    const other = await outcome(within(() => client.request(write)));
    expect(other).toBeInstanceOf(BackendUnavailableError);
    expect((other as BackendUnavailableError).retryAfterSeconds).toBeGreaterThanOrEqual(59);
    expect((other as BackendUnavailableError).retryAfterSeconds).toBeLessThanOrEqual(60);
    expect(Date.now() - started).toBeLessThan(500);
    expect(sent).toHaveLength(1);
  });

  it('a burst refused together is let go spread out: far fewer calls than each retrying on its own, none early', async () => {
    // User search and the desk's customer search: one tenant-wide bucket, a burst of 4 refilling at 2 a second.
    const { client, sent, maxInFlight } = limitedSite({ buckets: { 'user search': { burst: 4, perSecond: 2 } } });
    const n = 12;
    const answers = await Promise.all(
      Array.from({ length: n }, (_, i) =>
        within(() => client.request(get(i % 2 === 0 ? '/rest/api/3/user/search' : '/rest/servicedeskapi/servicedesk/1/customer'))),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(Array.from({ length: n }, () => 200));
    // Each of the 8 refused retrying on its own wakes with the others and is refused again, round after round.
    expect(sent.length).toBeLessThanOrEqual(n + 4);
    expect(sent.filter((s) => s.early)).toEqual([]);
    expect(maxInFlight('user search')).toBeLessThanOrEqual(2);
  }, 20_000);

  it('calls the gate cannot let go in their time hear so at once, each told a later Retry-After, not at their deadline', async () => {
    // New users of several practices at once: more user searches than a bucket of 3 refilling at 1 a second serves in 12 s.
    const { client, sent } = limitedSite({ buckets: { 'user search': { burst: 3, perSecond: 1 } } });
    const started = Date.now();
    const outcomes = await Promise.all(
      Array.from({ length: 24 }, async () => {
        const result = await outcome(within(() => client.request(get('/rest/api/3/user/search'))));
        return { result, ms: Date.now() - started };
      }),
    );
    const failed = outcomes.filter((o) => o.result instanceof BackendUnavailableError);
    expect(outcomes.length - failed.length).toBeGreaterThanOrEqual(10);
    const early = failed.filter((o) => o.ms < 6_000);
    expect(early.length).toBeGreaterThanOrEqual(8);
    const told = early.map((o) => (o.result as BackendUnavailableError).retryAfterSeconds);
    expect(new Set(told).size).toBe(told.length);
    expect(sent.length).toBeLessThanOrEqual(24 + 6);
    expect(sent.filter((s) => s.early)).toEqual([]);
  }, 20_000);

  it('holds no call to another endpoint, or to the same one by another method, or for another issue’s write limit', async () => {
    const { client, sent } = limitedSite({
      refuseFirst: {
        'GET /rest/servicedeskapi/request/{id}': { retryAfter: 2 },
        'PUT /rest/api/3/issue/{id}': { retryAfter: 5, reason: 'jira-per-issue-on-write' },
      },
    });
    const held = within(() => client.request(get('/rest/servicedeskapi/request/SUP-1')));
    const perIssue = outcome(within(() => client.request({ method: 'PUT', path: '/rest/api/3/issue/SUP-1', json: {}, retry: true })));
    await pause(100);
    const started = Date.now();
    await within(() =>
      Promise.all([
        client.request(get('/rest/servicedeskapi/request/SUP-1/comment')),
        client.request({ method: 'POST', path: '/rest/servicedeskapi/request/SUP-1', json: {}, retry: false }),
        client.request(get('/rest/api/3/user/search')),
        client.request({ method: 'PUT', path: '/rest/api/3/issue/SUP-2', json: {}, retry: true }),
      ]),
    );
    expect(Date.now() - started).toBeLessThan(1_000);
    // The same endpoint for another request is held until JSM's Retry-After has passed.
    const sameBucket = within(() => client.request(get('/rest/servicedeskapi/request/SUP-2')));
    await pause(500);
    expect(sent.filter((s) => s.path === '/rest/servicedeskapi/request/SUP-2')).toEqual([]);
    expect((await sameBucket).status).toBe(200);
    expect((await held).status).toBe(200);
    // JSM's limit on one issue's writes holds that issue's write alone.
    expect(await perIssue).toMatchObject({ status: 200 });
    expect(sent.filter((s) => s.path === '/rest/api/3/issue/SUP-1').map((s) => s.status)).toEqual([429, 200]);
    expect(sent.filter((s) => s.early && s.bucket !== 'PUT /rest/api/3/issue/{id}')).toEqual([]);
  }, 20_000);
});

describe('the gateway and a Retry-After on creates', () => {
  it('after a create refused with Retry-After: 60, another user’s create is not sent to JSM but answered 503 at once', async () => {
    const portal = await startJsmTestPortal();
    try {
      const [anna, markus] = await Promise.all([tokenFor('anna'), tokenFor('markus')]);
      // Both users are set up first, so that only the creates meet the limit.
      for (const token of [anna, markus]) expect((await call(portal, 'GET', '/requests?status=all', { token })).status).toBe(200);
      portal.sim.fault({ kind: 'status', status: 429, times: 1, retryAfter: 60, match: { method: 'POST', path: /^\/rest\/servicedeskapi\/request$/ } });
      const creates = () => portal.sim.calls.filter((c) => c.method === 'POST' && c.path === '/rest/servicedeskapi/request');
      const first = await call<Problem>(portal, 'POST', '/requests', { token: anna, idempotencyKey: newKey(), body: bugRequest('Abgewiesen') });
      expect(first.status).toBe(503);
      expect(creates()).toHaveLength(1);
      await pause(1_000);
      const started = Date.now();
      const other = await call<RequestDetail | Problem>(portal, 'POST', '/requests', { token: markus, idempotencyKey: newKey(), body: bugRequest('Eine Sekunde später') });
      expect(other.status).toBe(503);
      expect(Number(other.headers.get('retry-after'))).toBeGreaterThanOrEqual(57);
      expect(Date.now() - started).toBeLessThan(3_000);
      expect(creates()).toHaveLength(1);
      expect(portal.sim.issues().filter((i) => i.summary === 'Eine Sekunde später')).toHaveLength(0);
    } finally {
      await portal.dispose();
    }
  });
});
