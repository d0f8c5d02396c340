import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { API_BASE_PATH } from '../src/api/contract.js';
import { DEMO_JWT_SECRET, signToken, startPortal, type PortalHandle } from '../server/index.js';
import { deliverWebhooks, startJsmSimulator, type JsmSimulator } from '../server/jsm-sim/index.js';
import type { JsmConfig } from '../server/store/jsm/config.js';
import { ms, renderTable, type Row } from './browser/report.js';
import { runScenario } from './portal/load.js';

/**
 * The JSM gateway against the simulator (issue "JSM, live": bench rows). Counts the JSM calls each widget action
 * costs, and measures GET /requests under load with every simulated JSM answer 100 ms late.
 */
const SECRET = 'bench-webhook-secret-0123456789';
const LATENCY_MS = 100;
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const USERS = 200;

interface Setup {
  sim: JsmSimulator;
  portal: PortalHandle;
  dir: string;
  stop(): Promise<void>;
}

/** `cached`: webhooks tell the gateway when lists change, so it reuses them; otherwise every list is a JQL search. */
async function setup(cached: boolean): Promise<Setup> {
  const sim = await startJsmSimulator({ pageCap: 100 });
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'medsupport-bench-jsm-'));
  const jsm: JsmConfig = {
    siteUrl: sim.url, email: sim.email, apiToken: sim.apiToken, serviceDesk: 'MED',
    requestTypes: [{ key: 'bug', jsmId: '10' }, { key: 'support', jsmId: '11' }, { key: 'billing', jsmId: '12' }],
    requestTypeTtlMs: 600_000, consistencyWindowMs: 120_000, webhookSecret: cached ? SECRET : null, pollIntervalMs: cached ? 600_000 : 0, searchSettleMs: 5_000,
  };
  const portal = await startPortal({
    port: 0, host: '127.0.0.1', backend: 'jsm', jsm, dbPath: path.join(dir, 'state.sqlite'), outboxDir: path.join(dir, 'outbox'),
    attachmentsDir: path.join(dir, 'attachments'), rateLimits: { userWritesPerMinute: 1e6, ipWritesPerMinute: 1e6 }, log: () => {}, env: {},
  });
  const stopHooks = cached ? deliverWebhooks(sim, { url: `${portal.apiUrl}/hooks/jira`, secret: SECRET }) : () => {};
  return {
    sim, portal, dir,
    async stop() {
      stopHooks();
      await portal.close();
      await sim.close();
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
}

const user = (i: number) => signToken(DEMO_JWT_SECRET, {
  sub: `bench-${i}`, email: `bench-${i}@praxis-${i % 20}.example`, name: `Benutzer ${i}`, org: `bench-org-${i % 20}`, org_name: `Bench-Praxis ${i % 20}`,
});

async function api(portal: PortalHandle, method: string, route: string, token: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${portal.url}${API_BASE_PATH}${route}`, {
    method, body: body === undefined ? undefined : JSON.stringify(body),
    headers: { Authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() }), ...headers },
  });
}

/** JSM calls made while `action` runs. */
async function count(sim: JsmSimulator, action: () => Promise<unknown>): Promise<number> {
  sim.resetCalls();
  await action();
  return sim.calls.length;
}

async function callsPerAction(): Promise<[string, number][]> {
  const { sim, portal, stop } = await setup(true);
  try {
    const token = await user(1);
    const colleague = await user(21);
    // The widget's first open: categories, profile, articles and the unread check (src/state/app.ts, unread.ts).
    const open = (t: string) => Promise.all([
      api(portal, 'GET', '/request-types', t), api(portal, 'GET', '/me', t), api(portal, 'GET', '/articles', t),
      api(portal, 'GET', '/requests?ownership=mine&status=all&limit=100', t),
    ]);
    const rows: [string, number][] = [];
    rows.push(['first open of a new user (customer, organization, membership created)', await count(sim, () => open(token))]);
    rows.push(['first open of a colleague (organization known)', await count(sim, () => open(colleague))]);
    rows.push(['open of a known user, nothing changed', await count(sim, () => open(token))]);
    let key = '';
    rows.push(['new request', await count(sim, async () => {
      const created = await api(portal, 'POST', '/requests', token, { requestTypeId: 'rt-bug', fields: { summary: 'Bench', description: 'x' } });
      key = ((await created.json()) as { key: string }).key;
    })]);
    const list = await api(portal, 'GET', '/requests?ownership=mine&status=all&limit=100', token);
    const etag = list.headers.get('etag') ?? '';
    await new Promise((resolve) => setTimeout(resolve, 5_500));
    const settled = await api(portal, 'GET', '/requests?ownership=mine&status=all&limit=100', token);
    const settledTag = settled.headers.get('etag') ?? etag;
    rows.push(['unread poll, nothing changed (304)', await count(sim, () => api(portal, 'GET', '/requests?ownership=mine&status=all&limit=100', token, undefined, { 'If-None-Match': settledTag }))]);
    await sim.agentComment(key, { body: 'Antwort', internal: false });
    await new Promise((resolve) => setTimeout(resolve, 200));
    rows.push(['unread poll after an agent reply (webhook)', await count(sim, () => api(portal, 'GET', '/requests?ownership=mine&status=all&limit=100', token, undefined, { 'If-None-Match': settledTag }))]);
    rows.push(['"Meine Anfragen" (mine, open, 25)', await count(sim, () => api(portal, 'GET', '/requests', token))]);
    rows.push(['request page', await count(sim, () => api(portal, 'GET', `/requests/${key}`, token))]);
    rows.push(['reply', await count(sim, () => api(portal, 'POST', `/requests/${key}/comments`, token, { body: 'Danke' }))]);
    return rows;
  } finally {
    await stop();
  }
}

async function listUnderLoad(cached: boolean): Promise<{ p50: number; p95: number; reqPerSec: number; errors: number; unexpected: number }> {
  const { sim, portal, stop } = await setup(cached);
  try {
    const tokens = await Promise.all(Array.from({ length: USERS }, (_, i) => user(i)));
    for (const [i, token] of tokens.entries()) {
      if (i < 60) await api(portal, 'POST', '/requests', token, { requestTypeId: 'rt-bug', fields: { summary: `Anfrage ${i}`, description: 'x' } });
      else await api(portal, 'GET', '/me', token);
    }
    await new Promise((resolve) => setTimeout(resolve, 5_500));
    // Every user's list once, as each widget's first unread check does.
    for (const token of tokens) await api(portal, 'GET', '/requests?ownership=mine&status=open&limit=25', token);
    sim.fault({ kind: 'latency', ms: LATENCY_MS, times: 1e9 });
    let next = 0;
    const result = await runScenario(portal.url, {
      name: 'list', expectStatus: 200,
      request: {
        method: 'GET', path: `${API_BASE_PATH}/requests?ownership=mine&status=open&limit=25`,
        setupRequest: (request) => ({ ...request, headers: { ...request.headers, Authorization: `Bearer ${tokens[next++ % USERS]}` } }),
      },
    }, { connections: 20, duration: DURATION, headers: {} });
    return { p50: result.p50, p95: result.p95, reqPerSec: result.reqPerSec, errors: result.errors, unexpected: result.unexpectedStatus };
  } finally {
    await stop();
  }
}

/** The JSM rows of `npm run bench`'s table. */
export async function jsmRows(): Promise<Row[]> {
  const rows: Row[] = (await callsPerAction()).map(([action, calls]) => ({
    area: 'jsm', measure: `JSM calls: ${action}`, value: String(calls), noise: '', n: 'counted at the simulator, webhooks on', target: '', verdict: '',
  }));
  for (const cached of [true, false]) {
    const r = await listUnderLoad(cached);
    rows.push({
      area: 'jsm',
      measure: `GET /requests p50 / p95, every JSM answer ${LATENCY_MS} ms late, ${cached ? 'webhooks on (lists reused until JSM says they changed)' : 'no webhooks, no poll (every list one JQL search)'}`,
      value: `${ms(r.p50)} / ${ms(r.p95)} ms`,
      noise: `errors ${r.errors + r.unexpected}`,
      n: `${r.reqPerSec} req/s, ${USERS} users in turn, 20 connections, ${DURATION} s`,
      target: '',
      verdict: '',
    });
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(renderTable(await jsmRows()));
