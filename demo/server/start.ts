import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { API_BASE_PATH } from '../../src/api/contract.js';
import { SEED_USERS, signToken, startPortal, type StartPortalOptions } from '../../server/index.js';
import { DEMO_KB_SPACE, DEMO_REQUEST_TYPES, seedDemoKnowledgeBase, seedDemoSite } from '../../server/jsm-sim/demo-seed.js';
import { deliverWebhooks, startJsmSimulator, type JsmSimulator } from '../../server/jsm-sim/index.js';
import { createAgentProxy, type AgentBackend } from './agent-proxy.js';
import { startDemoServer } from './app.js';
import { DEMO_USERS } from './identity.js';
import { createJsmAgent } from './jsm-agent.js';
import { ensureWidgetBuilt } from './widget-build.js';

export interface DemoOptions {
  root: string;
  /** 0 picks a free port. */
  port: number;
  host: string;
  /** Build the widget first when dist/ is missing or older than src/. */
  build: boolean;
  /** A throw-away database and outbox, removed on close; otherwise the portal's own settings (.data/ by default). */
  tempData: boolean;
  /** Where requests live: SQLite (default) or the JSM simulator, started in-process and seeded with the same story. */
  backend?: 'sqlite' | 'jsm';
  log: (line: string) => void;
}

export interface RunningDemo {
  /** e.g. http://localhost:5173/ */
  url: string;
  /** The simulator behind the portal in JSM mode, for tests that act in JSM. */
  sim: JsmSimulator | null;
  close(): Promise<void>;
}

/** The JSM side of the demo: the simulator, seeded, delivering webhooks to the portal once it listens. */
interface JsmSide {
  sim: JsmSimulator;
  agentId: string;
  secret: string;
}

async function startJsmSide(root: string, log: (line: string) => void): Promise<JsmSide> {
  const sim = await startJsmSimulator();
  const { agentId } = seedDemoSite(sim);
  await seedDemoKnowledgeBase(sim, join(root, 'server', 'articles'), log);
  log(`demo: JSM simulator on ${sim.url} (desk MED, ${sim.issues().length} requests)`);
  // A fresh secret per run: the simulator and the portal are started together and nothing else signs for them.
  return { sim, agentId, secret: randomBytes(24).toString('base64url') };
}

function jsmPortalOptions(side: JsmSide): Partial<StartPortalOptions> {
  return {
    backend: 'jsm',
    jsm: {
      siteUrl: side.sim.url,
      email: side.sim.email,
      apiToken: side.sim.apiToken,
      serviceDesk: 'MED',
      requestTypes: DEMO_REQUEST_TYPES,
      requestTypeTtlMs: 10 * 60_000,
      consistencyWindowMs: 120_000,
      webhookSecret: side.secret,
      // Webhooks carry the news; the poll is the safety net for a lost delivery, as docs/jsm.md recommends.
      pollIntervalMs: 60_000,
      // The simulator's search has no lag unless a test asks for it.
      searchSettleMs: 1_000,
      kbSpace: DEMO_KB_SPACE,
      kbRefreshMs: 10 * 60_000,
    },
  };
}

function dataDirs(temp: boolean): { options: Partial<StartPortalOptions>; cleanup: () => void } {
  if (!temp) return { options: {}, cleanup: () => undefined };
  const dir = mkdtempSync(join(tmpdir(), 'medsupport-demo-'));
  return {
    options: { dbPath: join(dir, 'portal.sqlite'), outboxDir: join(dir, 'outbox'), attachmentsDir: join(dir, 'attachments') },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * The SQLite store seeds each person's profile, the gateway keeps profiles of its own: the people who read English
 * (Sofia Yilmaz) get it there too, as the demo controls promise, whatever language the browser asks for.
 */
async function seedProfileLanguages(apiUrl: string, jwtSecret: string): Promise<void> {
  for (const user of DEMO_USERS) {
    const locale = Object.values(SEED_USERS).find((u) => u.id === user.id)?.locale;
    if (locale === undefined || locale === 'de') continue;
    const token = await signToken(jwtSecret, { sub: user.id, email: user.email, name: user.name, org: user.orgId, org_name: user.orgName });
    const response = await fetch(`${apiUrl}/me`, { method: 'PATCH', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: JSON.stringify({ locale }) });
    if (!response.ok) throw new Error(`demo: the profile of ${user.name} answered ${response.status}`);
  }
}

/** The portal's mail links need the demo's port before the demo listens, so port 0 is resolved up front. */
async function resolvePort(port: number, host: string): Promise<number> {
  if (port !== 0) return port;
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, host, () => {
      const { port: free } = probe.address() as AddressInfo;
      probe.close(() => resolve(free));
    });
  });
}

/** The whole demo: the widget build, the portal in-process (on SQLite or on the JSM simulator), and the demo server in front of it. */
export async function startDemo(options: DemoOptions): Promise<RunningDemo> {
  if (options.build) ensureWidgetBuilt(options.root, options.log);
  const port = await resolvePort(options.port, options.host);
  const url = `http://localhost:${port}/`;
  const jsm = options.backend === 'jsm' ? await startJsmSide(options.root, options.log) : null;
  // The simulator forgets everything when the demo stops, so the gateway's state (identity map, contexts) must too.
  const data = dataDirs(options.tempData || jsm !== null);
  const stops: (() => Promise<void> | void)[] = [data.cleanup];
  if (jsm) stops.unshift(() => jsm.sim.close());
  const stopAll = async (): Promise<void> => {
    for (const stop of stops) await stop();
  };
  try {
    const portal = await startPortal({
      ...data.options,
      ...(jsm ? jsmPortalOptions(jsm) : {}),
      // The portal listens on a free loopback port of its own; the demo proxies /api/portal/v1 to it, so PORT
      // (which the portal's loadConfig would also read) belongs to the demo alone.
      port: 0,
      host: '127.0.0.1',
      appUrl: url,
      allowAnonymous: true,
      // Every visitor of a local demo is the same loopback address; the production limits would lock them out.
      rateLimits: { anonymousRequestsPerHour: 500, registrationsPerHour: 100 },
      // One line per API call drowns the URL; server errors still show.
      log: (line) => {
        const call = /^[A-Z]+ \S+ (\d{3}) /.exec(line);
        if (!call || Number(call[1]) >= 500) options.log(line);
      },
    });
    stops.unshift(() => portal.close());
    let agent: AgentBackend = createAgentProxy(portal.port, portal.config.agentKey);
    if (jsm) {
      const stopHooks = deliverWebhooks(jsm.sim, { url: `${portal.url}${API_BASE_PATH}/hooks/jira`, secret: jsm.secret, log: options.log });
      stops.unshift(stopHooks);
      agent = createJsmAgent(jsm.sim, jsm.agentId);
      await seedProfileLanguages(`${portal.url}${API_BASE_PATH}`, portal.config.jwtSecret);
    }
    const server = await startDemoServer({
      root: options.root,
      port,
      host: options.host,
      portalPort: portal.port,
      jwtSecret: portal.config.jwtSecret,
      agent,
      outboxDir: portal.config.outboxDir,
      log: options.log,
    });
    stops.unshift(async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    });
    return { url, sim: jsm?.sim ?? null, close: stopAll };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
