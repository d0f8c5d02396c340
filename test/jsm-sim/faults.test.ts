import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startJsmSimulator, type JsmSimulator } from '../../server/jsm-sim/index.js';
import { client } from './client.js';

let sim: JsmSimulator;
let api: ReturnType<typeof client>;

beforeAll(async () => {
  sim = await startJsmSimulator({ seed: { customers: [{ accountId: 'qm:anna', displayName: 'Anna', emailAddress: 'anna@x.example' }] } });
  api = client(sim);
});
afterAll(() => sim.close());

const createRequest = () => api('POST', '/rest/servicedeskapi/request', { serviceDeskId: '1', requestTypeId: '10', requestFieldValues: { summary: 'Fehler' }, raiseOnBehalfOf: 'qm:anna' });

describe('faults', () => {
  it('answers 429 with Retry-After and rate-limit headers, then recovers', async () => {
    sim.fault({ kind: 'status', status: 429, times: 1, retryAfter: 3, match: { path: /myself/ } });
    const limited = await api('GET', '/rest/api/3/myself');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('3');
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(limited.headers.get('ratelimit-reason')).toBe('jira-burst-based');
    expect((await api('GET', '/rest/api/3/myself')).status).toBe(200);
  });

  it('answers 503 with Retry-After in the servicedeskapi error shape', async () => {
    sim.fault({ kind: 'status', status: 503, times: 1, retryAfter: 2 });
    const res = await api('GET', '/rest/servicedeskapi/servicedesk/1');
    expect([res.status, res.headers.get('retry-after')]).toEqual([503, '2']);
    expect(res.json()).toHaveProperty('errorMessage');
  });

  it('matches by method and delays with latency', async () => {
    sim.fault({ kind: 'latency', ms: 150, times: 1, match: { method: 'GET' } });
    const started = Date.now();
    await api('GET', '/rest/api/3/myself');
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('drops the connection after committing the write', async () => {
    sim.fault({ kind: 'drop-after-commit', times: 1, match: { method: 'POST', path: /\/request$/ } });
    await expect(createRequest()).rejects.toThrow();
    expect(sim.issues().map((i) => i.key)).toEqual(['MED-1']);
    expect(sim.calls.at(-1)).toMatchObject({ method: 'POST', path: '/rest/servicedeskapi/request', status: 0 });
  });

  it('returns garbage with status 200', async () => {
    sim.fault({ kind: 'garbage', times: 2 });
    const first = await api('GET', '/rest/api/3/myself');
    expect(first.status).toBe(200);
    expect(() => first.json()).toThrow();
    const second = (await api('GET', '/rest/api/3/myself')).json();
    expect(second).not.toHaveProperty('accountId');
  });

  it('refuses every connection while down, until cleared', async () => {
    sim.fault({ kind: 'down' });
    await expect(api('GET', '/rest/api/3/myself')).rejects.toThrow();
    sim.clearFaults();
    expect((await api('GET', '/rest/api/3/myself')).status).toBe(200);
  });

  it('records every call with its status', async () => {
    sim.resetCalls();
    await api('GET', '/rest/servicedeskapi/servicedesk/1?requestLanguage=de');
    expect(sim.calls).toEqual([{ method: 'GET', path: '/rest/servicedeskapi/servicedesk/1', query: 'requestLanguage=de', status: 200, at: expect.any(Number) }]);
  });
});

describe('control API', () => {
  it('drives faults, comments and permissions over HTTP', async () => {
    const post = (path: string, body: unknown) => fetch(`${sim.url}/_sim${path}`, { method: 'POST', body: JSON.stringify(body) });
    expect((await post('/faults', { kind: 'status', status: 502, times: 1, match: { path: 'myself' } })).status).toBe(204);
    expect((await api('GET', '/rest/api/3/myself')).status).toBe(502);
    const created = await createRequest();
    const key = created.json<{ issueKey: string }>().issueKey;
    const comment = (await (await post(`/issues/${key}/comments`, { body: 'Hallo', internal: true })).json()) as { id: string };
    expect(sim.issue(key)?.comments.find((c) => c.id === comment.id)?.internal).toBe(true);
    await post('/permissions', { browseUsers: false });
    expect((await api('GET', '/rest/api/3/user/search?query=anna')).json()).toEqual([]);
    await post('/permissions', { browseUsers: true });
    expect((await api('GET', '/rest/api/3/user/search?query=anna')).json()).toEqual([expect.objectContaining({ accountId: 'qm:anna', accountType: 'customer' })]);
    const state = (await (await fetch(`${sim.url}/_sim/state`)).json()) as { serviceAccountId: string };
    expect(state.serviceAccountId).toBe(sim.serviceAccountId);
    expect(sim.calls.some((c) => c.path.startsWith('/_sim'))).toBe(false);
  });
});
