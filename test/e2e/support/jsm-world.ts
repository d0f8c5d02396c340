/**
 * A JSM world for one browser test: the simulator, the portal on the JSM backend against it (webhooks from the
 * simulator, or the portal's own poll), and a host page serving the built widget. Everything listens on free ports
 * and is stopped by `close`, so these tests do not share state with the SQLite servers of playwright.config.ts.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { DEMO_JWT_SECRET, signToken, startPortal, type PortalHandle } from '../../../server/index';
import { DEMO_REQUEST_TYPES, seedDemoSite } from '../../../server/jsm-sim/demo-seed';
import { deliverWebhooks, startJsmSimulator, type JsmSimulator } from '../../../server/jsm-sim/index';

const ROOT = normalize(join(import.meta.dirname, '..', '..', '..'));

export interface JsmWorldOptions {
  /** Signed Jira webhooks from the simulator to the portal; without them only the portal's poll brings news. */
  webhooks: boolean;
  /** The portal's background poll of JSM; 0 turns it off. */
  pollIntervalMs: number;
}

/** A portal user of a practice of its own, so nothing another test wrote is in its lists. */
export interface WorldUser {
  sub: string;
  org: string;
  token: string;
}

export interface JsmWorld {
  sim: JsmSimulator;
  portal: PortalHandle;
  /** The requests.html test page for `user`, its widget polling for unread replies every `poll` ms. */
  pageUrl(user: WorldUser, poll: number): string;
  newUser(prefix: string): Promise<WorldUser>;
  /** Creates a support request through the portal, as the widget would; returns its JSM key. */
  createRequest(user: WorldUser, summary: string): Promise<string>;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

/** The host side: test/e2e/pages/requests.html with the widget pointed at the portal, tokens, and dist/. */
async function startHost(portalApi: string): Promise<{ url: string; server: Server }> {
  const snippet = readFileSync(join(ROOT, 'test/e2e/pages/snippet.html'), 'utf8');
  const template = readFileSync(join(ROOT, 'test/e2e/pages/requests.html'), 'utf8');
  const dist = join(ROOT, 'dist');
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://host.invalid');
    if (url.pathname === '/pages/requests.html') {
      const nonce = randomBytes(16).toString('base64');
      const html = template.replaceAll('{{SNIPPET}}', snippet).replaceAll('{{NONCE}}', nonce).replaceAll('{{PORTAL}}', portalApi);
      return void res.writeHead(200, { 'content-type': TYPES['.html']!, 'cache-control': 'no-store' }).end(html);
    }
    if (url.pathname === '/token') {
      const sub = url.searchParams.get('sub') ?? '';
      const org = url.searchParams.get('org') ?? '';
      void signToken(DEMO_JWT_SECRET, { sub, email: `${sub}@jsm-test.example`, name: sub, org, org_name: `Praxis ${org}` }).then((token) =>
        res.writeHead(200, { 'content-type': 'text/plain' }).end(token),
      );
      return;
    }
    const file = normalize(join(ROOT, url.pathname));
    if (url.pathname.startsWith('/dist/') && file.startsWith(dist + sep)) {
      try {
        return void res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
      } catch {
        // falls through to 404
      }
    }
    res.writeHead(404).end('not found');
  });
  const port = await listen(server);
  return { url: `http://127.0.0.1:${port}`, server };
}

export async function startJsmWorld(options: JsmWorldOptions): Promise<JsmWorld> {
  const dir = mkdtempSync(join(tmpdir(), 'medsupport-e2e-jsm-'));
  const sim = await startJsmSimulator();
  seedDemoSite(sim);
  const secret = randomBytes(24).toString('base64url');
  const closers: (() => Promise<void> | void)[] = [() => sim.close(), () => rmSync(dir, { recursive: true, force: true })];
  const close = async (): Promise<void> => {
    for (const step of closers) await step();
  };
  try {
    const portal = await startPortal({
      port: 0,
      host: '127.0.0.1',
      backend: 'jsm',
      jsm: {
        siteUrl: sim.url,
        email: sim.email,
        apiToken: sim.apiToken,
        serviceDesk: 'MED',
        requestTypes: DEMO_REQUEST_TYPES,
        requestTypeTtlMs: 60_000,
        consistencyWindowMs: 3_000,
        webhookSecret: options.webhooks ? secret : null,
        pollIntervalMs: options.pollIntervalMs,
        searchSettleMs: 200,
      },
      dbPath: join(dir, 'portal.sqlite'),
      outboxDir: join(dir, 'outbox'),
      attachmentsDir: join(dir, 'attachments'),
      jwtSecret: DEMO_JWT_SECRET,
      allowedOrigins: ['*'],
      smtpUrl: null,
      production: false,
      log: () => undefined,
      env: {},
    });
    closers.unshift(() => portal.close());
    if (options.webhooks) closers.unshift(deliverWebhooks(sim, { url: `${portal.apiUrl}/hooks/jira`, secret }));
    const host = await startHost(portal.apiUrl);
    closers.unshift(() => {
      host.server.closeAllConnections();
      return new Promise<void>((resolve) => host.server.close(() => resolve()));
    });

    return {
      sim,
      portal,
      pageUrl: (user, poll) => `${host.url}/pages/requests.html?${new URLSearchParams({ user: user.sub, org: user.org, poll: String(poll) })}`,
      async newUser(prefix) {
        const unique = `${Date.now().toString(36)}-${randomUUID().slice(0, 8)}`;
        const sub = `u-${prefix}-${unique}`;
        const org = `org-${prefix}-${unique}`;
        const token = await signToken(DEMO_JWT_SECRET, { sub, email: `${sub}@jsm-test.example`, name: sub, org, org_name: `Praxis ${org}` });
        return { sub, org, token };
      },
      async createRequest(user, summary) {
        const response = await fetch(`${portal.apiUrl}/requests`, {
          method: 'POST',
          headers: { authorization: `Bearer ${user.token}`, 'content-type': 'application/json', 'idempotency-key': randomUUID() },
          body: JSON.stringify({ requestTypeId: 'rt-support', fields: { summary, description: 'Seit dem Update heute früh.' } }),
        });
        if (response.status !== 201) throw new Error(`POST /requests answered ${response.status}: ${await response.text()}`);
        return ((await response.json()) as { key: string }).key;
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
