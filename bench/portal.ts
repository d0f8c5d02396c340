import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { DEMO_JWT_SECRET, signToken } from '../server/index.js';
import { LIST_CACHE_ENTRIES } from '../server/http/list-cache.js';
import { BENCH_USER, benchUser, fillDatabase } from './portal/fill-db.js';
import { runScenario, type Scenario, type ScenarioResult } from './portal/load.js';

/**
 * Load test of the reference portal: 100,000 requests in SQLite, the server in its own process on loopback,
 * autocannon with 50 connections per scenario. Target: GET /requests p95 < 20 ms, in every GET /requests scenario.
 *
 * The first two scenarios are many users each reading their own list: every request comes from the next user of a
 * pool larger than the server's list cache. One is the list the widget opens (mine, open, 25 items), so every answer
 * is queried and serialised; the other is its unread poll (src/state/unread.ts: mine, all, 100 items, with the ETag
 * of the user's last answer, so every answer is a 304 from the practice's data version). The other GET scenarios
 * repeat one query while nothing is written, so after their first request the server answers them from its list
 * cache (kept until the practice's data changes). POST measures the write path.
 *
 * BENCH_SERVER_NODE_ARGS passes options to the server's Node, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof` to see
 * where its time goes under load.
 */
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 100_000);
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = 50;
const TARGET_P95_MS = 20;
// 12 users per practice give every user at least 26 open requests at 100,000: each "mine, open" list is a full page.
const PRACTICES = 100;
const USERS_PER_PRACTICE = 12;
const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * CPU seconds the server process has used so far (Linux /proc; null elsewhere). Unlike latency, CPU per request
 * hardly depends on what else runs on the machine, so it makes runs on a busy box comparable.
 */
async function cpuSeconds(pid: number): Promise<number | null> {
  try {
    const stat = await fs.readFile(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

async function startServer(dbPath: string, dir: string): Promise<{ apiUrl: string; pid: number; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, [...(process.env.BENCH_SERVER_NODE_ARGS?.split(' ') ?? []), '--import', 'tsx', path.join(here, 'portal', 'server.ts'), dbPath, dir], {
    cwd: path.resolve(here, '..'),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const apiUrl = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`portal exited with ${code}`)));
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line.startsWith('READY ')) resolve(line.slice(6));
    });
  });
  const stop = () => new Promise<void>((resolve) => {
    child.removeAllListeners('exit');
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
  return { apiUrl, pid: child.pid ?? 0, stop };
}

function table(results: (ScenarioResult & { serverCpuMicrosPerRequest: number | null })[]): string {
  const rows = [
    ['scenario', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'server CPU µs/req', 'requests', 'unexpected', 'errors'],
    ...results.map((r) => [r.scenario, r.reqPerSec, r.p50, r.p95, r.p99, r.max, r.serverCpuMicrosPerRequest ?? '–', r.requests, r.unexpectedStatus, r.errors].map(String)),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  return rows.map((row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ')).join('\n');
}

const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'medsupport-bench-'));
// Load from other processes skews every figure on a small shared machine, so the report records it.
const loadBefore = os.loadavg()[0] ?? 0;
try {
  const dbPath = path.join(dir, 'portal.sqlite');
  const fillStarted = performance.now();
  await fillDatabase({ dbPath, requests: REQUESTS, practices: PRACTICES, usersPerPractice: USERS_PER_PRACTICE, hotPracticeShare: 0.1 });
  const fillSeconds = (performance.now() - fillStarted) / 1000;
  console.log(`filled ${REQUESTS} requests in ${fillSeconds.toFixed(1)} s`);

  const server = await startServer(dbPath, dir);
  const exp = Math.floor(Date.now() / 1000) + 3600;
  const token = await signToken(DEMO_JWT_SECRET, { ...BENCH_USER, exp });
  const headers = { Authorization: `Bearer ${token}`, 'Accept-Language': 'de' };
  // Taken in turn, a pool larger than the list cache finds each user's list evicted by the others since its last turn.
  const pool: string[] = [];
  for (let p = 0; p < PRACTICES; p++) {
    for (let u = 0; u < USERS_PER_PRACTICE; u++) pool.push(`Bearer ${await signToken(DEMO_JWT_SECRET, { ...benchUser(p, u), exp })}`);
  }
  if (pool.length <= LIST_CACHE_ENTRIES) throw new Error(`${pool.length} users would fit the list cache of ${LIST_CACHE_ENTRIES}`);
  let turn = 0;
  const base = new URL(server.apiUrl);
  const api = (route: string) => `${base.pathname}${route}`;
  const pollEtag = (await fetch(`${server.apiUrl}/requests`, { headers })).headers.get('etag') ?? '';
  const UNREAD_POLL = '/requests?ownership=mine&status=all&sort=updated&limit=100';
  const pollEtags: string[] = [];
  for (const authorization of pool) {
    const response = await fetch(`${server.apiUrl}${UNREAD_POLL}`, { headers: { ...headers, Authorization: authorization } });
    pollEtags.push(response.headers.get('etag') ?? '');
  }

  const target = { targetP95Ms: TARGET_P95_MS };
  const scenarios: Scenario[] = [
    {
      name: `GET /requests (mine, open; cache miss: ${pool.length.toLocaleString('en')} users in turn)`,
      request: {
        method: 'GET',
        path: api('/requests'),
        setupRequest: (request) => ({ ...request, headers: { ...request.headers, Authorization: pool[turn++ % pool.length]! } }),
      },
      expectStatus: 200,
      ...target,
    },
    {
      name: `GET /requests (unread poll: mine, all, limit=100, If-None-Match; cache miss: ${pool.length.toLocaleString('en')} users in turn)`,
      request: {
        method: 'GET',
        path: api(UNREAD_POLL),
        setupRequest: (request) => {
          const user = turn++ % pool.length;
          return { ...request, headers: { ...request.headers, Authorization: pool[user]!, 'If-None-Match': pollEtags[user]! } };
        },
      },
      expectStatus: 304,
      ...target,
    },
    { name: 'GET /requests (mine, open; list cache)', request: { method: 'GET', path: api('/requests') }, expectStatus: 200, ...target },
    { name: 'GET /requests (organization, all; list cache)', request: { method: 'GET', path: api('/requests?ownership=organization&status=all') }, expectStatus: 200, ...target },
    {
      name: 'GET /requests (organization, q=drucker; list cache)',
      request: { method: 'GET', path: api('/requests?ownership=organization&status=all&q=drucker') },
      expectStatus: 200,
      ...target,
    },
    {
      name: 'GET /requests (poll, If-None-Match; list cache)',
      request: { method: 'GET', path: api('/requests'), headers: { ...headers, 'If-None-Match': pollEtag } },
      expectStatus: 304,
      ...target,
    },
    {
      name: 'POST /requests',
      request: {
        method: 'POST',
        path: api('/requests'),
        body: JSON.stringify({ requestTypeId: 'rt-bug', fields: { summary: 'Lasttest: Drucker druckt nicht', description: 'Bench' } }),
        // A fresh Idempotency-Key per request, or every request after the first would be a replay.
        setupRequest: (request) => ({ ...request, headers: { ...request.headers, 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() } }),
      },
      expectStatus: 201,
    },
  ];

  // Let the JIT and SQLite's page cache warm up, and every pool token be verified once, as a long-running server
  // would have done; this run is not reported.
  await runScenario(base.origin, scenarios[0]!, { connections: CONNECTIONS, duration: 3, headers });
  const results: (ScenarioResult & { serverCpuMicrosPerRequest: number | null })[] = [];
  for (const scenario of scenarios) {
    process.stdout.write(`running ${scenario.name} for ${DURATION} s…\n`);
    const cpuBefore = await cpuSeconds(server.pid);
    const result = await runScenario(base.origin, scenario, { connections: CONNECTIONS, duration: DURATION, headers });
    const cpuAfter = await cpuSeconds(server.pid);
    const cpu = cpuBefore === null || cpuAfter === null ? null : Math.round(((cpuAfter - cpuBefore) * 1e6) / result.requests);
    results.push({ ...result, serverCpuMicrosPerRequest: cpu });
  }
  await server.stop();

  console.log(`\n${REQUESTS} requests in the database, ${CONNECTIONS} connections, ${DURATION} s per scenario, loopback`);
  console.log(`${os.cpus().length} CPUs, 1-min load average ${loadBefore.toFixed(2)} before, ${(os.loadavg()[0] ?? 0).toFixed(2)} after\n`);
  console.log(table(results));
  const targeted = results.filter((r) => r.targetP95Ms !== null);
  const meets = (r: ScenarioResult) => r.targetP95Ms !== null && r.p95 < r.targetP95Ms;
  console.log(`\nTarget GET /requests p95 < ${TARGET_P95_MS} ms, in every GET /requests scenario: ${targeted.every(meets) ? 'met' : 'NOT met'}`);
  for (const r of targeted) console.log(`  ${r.scenario}: p95 ${r.p95} ms, ${meets(r) ? 'met' : 'NOT met'}`);
  console.log('p95 is the nearest-rank percentile of every response time recorded via autocannon\'s "response" event.');
  console.log(`cache miss: each request is the next of ${pool.length} users (more than the ${LIST_CACHE_ENTRIES} lists the cache holds), so the server queries every list.`);
  console.log('unread poll: the widget\'s background check, with the ETag of the user\'s previous answer; the server compares it with the ETag of the practice\'s data version.');
  console.log('list cache: these scenarios write nothing, so the server answers them from its list cache after the first request.');

  const report = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    loadAverage1m: { before: Number(loadBefore.toFixed(2)), after: Number((os.loadavg()[0] ?? 0).toFixed(2)) },
    databaseRequests: REQUESTS,
    users: pool.length,
    listCacheEntries: LIST_CACHE_ENTRIES,
    fillSeconds: Number(fillSeconds.toFixed(1)),
    connections: CONNECTIONS,
    durationSeconds: DURATION,
    percentileMethod: 'nearest rank over all per-request latencies from autocannon "response" events (ms)',
    results,
  };
  await fs.mkdir(path.join(here, 'results'), { recursive: true });
  await fs.writeFile(path.join(here, 'results', 'portal.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log(`written bench/results/portal.json`);
} finally {
  await fs.rm(dir, { recursive: true, force: true });
}
