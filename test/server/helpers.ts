import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { RequestList, RequestSummary, StatusId } from '../../src/api/contract.js';
import { startJsmSimulator, type JsmSimulator, type JsmSimulatorOptions } from '../../server/jsm-sim/index.js';
import { DEMO_AGENT_KEY, DEMO_JWT_SECRET, SEED_USERS, signToken, startPortal, type PortalHandle, type StartPortalOptions } from '../../server/index.js';
import type { JsmConfig } from '../../server/store/jsm/config.js';

export type SeedUserName = keyof typeof SEED_USERS;

export interface TestPortal extends PortalHandle {
  dir: string;
  logs: string[];
  /** The JSM simulator behind the portal when it runs on the JSM backend. */
  sim: JsmSimulator | null;
  /** Stops the server and deletes its temp directory. */
  dispose(): Promise<void>;
}

const ARTICLES: Record<string, string> = {
  'de/passwort.md': `---
id: passwort-vergessen
title: Passwort vergessen
locale: de
keywords: [Passwort, Login]
requestTypes: [support]
---

Wenn Sie Ihr **Passwort** vergessen haben, klicken Sie auf „Passwort vergessen?“.

## Schritte

1. Link anfordern
2. <script>alert(1)</script>Neues Passwort setzen

[Mehr](javascript:alert(1)) und [Hilfe](https://example.com/hilfe)
`,
  'en/password.md': `---
id: passwort-vergessen
title: Forgot password
locale: en
keywords: [password]
requestTypes: [support]
excerpt: Reset it yourself.
---

Click "Forgot password?".
`,
  'de/nested/drucken.md': `---
id: drucken
title: Drucken
locale: de
keywords: [Drucker]
requestTypes: [bug, support]
---

Drucken geht über den Browser.
`,
  'de/kaputt.md': `---
id: [not, a, slug]
title: Kaputt
---
Text`,
  'de/ohne-front-matter.md': 'Nur Text ohne Kopf.',
  'de/yaml-fehler.md': '---\nid: x\ntitle: "unclosed\n---\nText',
  'de/notes.txt': 'not markdown, ignored',
};

/** Which backend the suite runs on: the `jsm` Vitest project runs the backend-neutral files again on the JSM gateway. */
export const TEST_BACKEND: 'sqlite' | 'jsm' = process.env.PORTAL_TEST_BACKEND === 'jsm' ? 'jsm' : 'sqlite';

/** The gateway's settings for a simulator: the three request types the SQLite seed has, under the same keys. */
export function jsmConfigFor(sim: JsmSimulator, overrides: Partial<JsmConfig> = {}): JsmConfig {
  return {
    siteUrl: sim.url,
    email: sim.email,
    apiToken: sim.apiToken,
    serviceDesk: 'MED',
    requestTypes: [{ key: 'bug', jsmId: '10' }, { key: 'support', jsmId: '11' }, { key: 'billing', jsmId: '12' }],
    requestTypeTtlMs: 60_000,
    consistencyWindowMs: 3_000,
    webhookSecret: null,
    pollIntervalMs: 0,
    searchSettleMs: 200,
    ...overrides,
  };
}

/** The practice's JSM organization, found by the property the gateway writes on it. */
export function organizationOf(sim: JsmSimulator, practiceId: string) {
  const org = sim.organizations().find((o) => (o.properties['medsupport.practice'] as { practiceId?: string } | undefined)?.practiceId === practiceId);
  if (!org) throw new Error(`no organization of ${practiceId}`);
  return org;
}

/** A call to the simulator as the service account, as an agent's edit in JSM would be. */
export function asServiceAccount(sim: JsmSimulator, path: string, init: { method?: string; json?: unknown } = {}): Promise<Response> {
  const headers: Record<string, string> = { Authorization: `Basic ${Buffer.from(`${sim.email}:${sim.apiToken}`).toString('base64')}` };
  if (init.json !== undefined) headers['Content-Type'] = 'application/json';
  return fetch(`${sim.url}${path}`, { method: init.method ?? 'GET', headers, body: init.json === undefined ? undefined : JSON.stringify(init.json) });
}

/** Starts (and stops) a portal on the JSM backend: 'started', or the message it refused to start with. */
export async function jsmStartOutcome(sim: JsmSimulator, gateway: Partial<JsmConfig>, log: (line: string) => void = () => {}): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'medsupport-jsm-'));
  try {
    const handle = await startPortal({ port: 0, dbPath: path.join(dir, 'state.sqlite'), attachmentsDir: dir, outboxDir: dir, backend: 'jsm', jsm: jsmConfigFor(sim, gateway), log, env: {} });
    await handle.close();
    return 'started';
  } catch (error) {
    return (error as Error).message;
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

export interface JsmTestOptions {
  sim?: JsmSimulator;
  simOptions?: JsmSimulatorOptions;
  gateway?: Partial<JsmConfig>;
}

/** The portal on the JSM backend, against a simulator of its own unless one is given (kept running on dispose then). */
export async function startJsmTestPortal(options: Omit<StartPortalOptions, 'jsm'> & JsmTestOptions = {}): Promise<TestPortal & { sim: JsmSimulator }> {
  const { sim: given, simOptions, gateway, ...portalOptions } = options;
  const sim = given ?? (await startJsmSimulator(simOptions));
  try {
    const portal = await startTestPortal({ ...portalOptions, backend: 'jsm', jsm: jsmConfigFor(sim, gateway) }, null);
    return {
      ...portal,
      sim,
      async dispose() {
        await portal.dispose();
        if (!given) await sim.close();
        // Every call the gateway made must be one the published API documents have (issue "JSM backend", Tests).
        if (sim.violations.length > 0) throw new Error(`calls the JSM documents do not have:\n${sim.violations.join('\n')}`);
      },
    };
  } catch (error) {
    if (!given) await sim.close();
    throw error;
  }
}

/**
 * Starts the real server on a random port with its own SQLite file, outbox, attachments and articles; on the JSM
 * backend when the suite runs in the `jsm` project.
 */
export async function startTestPortal(options: StartPortalOptions = {}, backend: 'sqlite' | 'jsm' | null = TEST_BACKEND): Promise<TestPortal> {
  if (backend === 'jsm') {
    const { jsm: _ignored, ...rest } = options;
    return startJsmTestPortal(rest);
  }
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'medsupport-portal-'));
  const articlesDir = path.join(dir, 'articles');
  for (const [file, content] of Object.entries(ARTICLES)) {
    await fs.mkdir(path.dirname(path.join(articlesDir, file)), { recursive: true });
    await fs.writeFile(path.join(articlesDir, file), content);
  }
  const logs: string[] = [];
  const portal = await startPortal({
    port: 0,
    host: '127.0.0.1',
    dbPath: path.join(dir, 'portal.sqlite'),
    outboxDir: path.join(dir, 'outbox'),
    attachmentsDir: path.join(dir, 'attachments'),
    articlesDir,
    jwtSecret: DEMO_JWT_SECRET,
    agentKey: DEMO_AGENT_KEY,
    allowedOrigins: ['http://host.example'],
    appUrl: 'http://host.example/app',
    smtpUrl: null,
    allowAnonymous: false,
    seed: true,
    production: false,
    log: (line) => logs.push(line),
    env: {},
    ...options,
    // The suites run on the JSM backend too, reading far faster than a person; the limit has tests of its own.
    rateLimits: { userReadsPerMinute: 100_000, practiceReadsPerMinute: 100_000, ...options.rateLimits },
  });
  return {
    ...portal,
    dir,
    logs,
    sim: null,
    async dispose() {
      await portal.close();
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
}

export function tokenFor(user: SeedUserName, overrides: { exp?: number; secret?: string; name?: string } = {}): Promise<string> {
  const u = SEED_USERS[user];
  const orgName = u.orgId === 'org-berger' ? 'Praxis Dr. Berger' : 'Physiotherapie am See';
  return signToken(overrides.secret ?? DEMO_JWT_SECRET, {
    sub: u.id, email: u.email, name: overrides.name ?? u.name, org: u.orgId, org_name: orgName,
    ...(overrides.exp === undefined ? {} : { exp: overrides.exp }),
  });
}

export interface CallOptions {
  token?: string | null;
  body?: unknown;
  /** Sent as is, for malformed-input tests. */
  rawBody?: string | Uint8Array | FormData;
  headers?: Record<string, string>;
  idempotencyKey?: string;
}

export interface CallResult<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

/** One HTTP call against the portal's API; parses JSON bodies, keeps the text for everything else. */
export async function call<T = unknown>(portal: PortalHandle, method: string, route: string, options: CallOptions = {}): Promise<CallResult<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  if (options.idempotencyKey) headers['Idempotency-Key'] = options.idempotencyKey;
  let body: BodyInit | undefined;
  if (options.rawBody !== undefined) body = options.rawBody as BodyInit;
  else if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['Content-Type'] ??= 'application/json';
  }
  const response = await fetch(`${portal.apiUrl}${route}`, { method, headers, body });
  const text = await response.text();
  let parsed: unknown = text;
  if ((response.headers.get('content-type') ?? '').includes('json') && text) parsed = JSON.parse(text);
  return { status: response.status, headers: response.headers, body: parsed as T, text };
}

let keyCounter = 0;
export const newKey = () => `test-${process.pid}-${Date.now()}-${++keyCounter}`;

export const bugRequest = (summary: string, extra: Record<string, string> = {}) => ({
  requestTypeId: 'rt-bug',
  fields: { summary, description: 'Beschreibung', ...extra },
});

/** Outbox files, optionally only those of one kind ("confirmation", "reply", "registration"). */
export async function outbox(portal: TestPortal, kind?: string): Promise<{ name: string; content: string }[]> {
  await portal.flushMail();
  const dir = path.join(portal.dir, 'outbox');
  const names = (await fs.readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith('.eml') && (!kind || n.includes(`-${kind}`))).sort();
  return Promise.all(names.map(async (name) => ({ name, content: await fs.readFile(path.join(dir, name), 'utf8') })));
}

/** The support team answers publicly: through the agent API on SQLite, as a JSM agent in the simulator on JSM. */
export async function supportReplies(portal: TestPortal, key: string, body: string): Promise<void> {
  if (portal.sim) {
    await portal.sim.agentComment(key, { body, internal: false });
    return;
  }
  const response = await call(portal, 'POST', `/agent/requests/${key}/comments`, { token: DEMO_AGENT_KEY, body: { body } });
  if (response.status !== 201) throw new Error(`agent reply answered ${response.status}`);
}

const JSM_STATUS_NAMES: Record<StatusId, string> = {
  waiting_for_support: 'Waiting for support',
  in_progress: 'In progress',
  waiting_for_customer: 'Waiting for customer',
  resolved: 'Resolved',
  closed: 'Closed',
};

/** The support team moves a request: through the agent API on SQLite, as a JSM agent's transition on JSM. */
export async function supportSetsStatus(portal: TestPortal, key: string, status: StatusId): Promise<void> {
  if (portal.sim) {
    await portal.sim.transition(key, JSM_STATUS_NAMES[status]);
    return;
  }
  const response = await call(portal, 'POST', `/agent/requests/${key}/status`, { token: DEMO_AGENT_KEY, body: { status } });
  if (response.status !== 200) throw new Error(`agent status change answered ${response.status}`);
}

/** Every page of a `GET /requests` query by cursor, checking each answer is a 200; `onPage` runs after each page. */
export async function walkPages(
  portal: PortalHandle,
  token: string,
  query: string,
  onPage?: (items: RequestSummary[], page: number) => Promise<void> | void,
): Promise<RequestSummary[]> {
  const seen: RequestSummary[] = [];
  let cursor: string | null = null;
  let page = 0;
  do {
    const response: CallResult<RequestList> = await call<RequestList>(portal, 'GET', `/requests?${query}${cursor ? `&cursor=${cursor}` : ''}`, { token });
    if (response.status !== 200) throw new Error(`page ${page} of ${query} answered ${response.status}`);
    seen.push(...response.body.items);
    cursor = response.body.nextCursor;
    await onPage?.(response.body.items, page);
    page++;
  } while (cursor);
  return seen;
}
