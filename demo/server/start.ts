import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPortal, type StartPortalOptions } from '../../server/index.js';
import { startDemoServer } from './app.js';
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
  log: (line: string) => void;
}

export interface RunningDemo {
  /** e.g. http://localhost:5173/ */
  url: string;
  close(): Promise<void>;
}

function dataDirs(temp: boolean): { options: Partial<StartPortalOptions>; cleanup: () => void } {
  if (!temp) return { options: {}, cleanup: () => undefined };
  const dir = mkdtempSync(join(tmpdir(), 'medsupport-demo-'));
  return {
    options: { dbPath: join(dir, 'portal.sqlite'), outboxDir: join(dir, 'outbox'), attachmentsDir: join(dir, 'attachments') },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
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

/** The whole demo: the widget build, the portal in-process, and the demo server in front of it. */
export async function startDemo(options: DemoOptions): Promise<RunningDemo> {
  if (options.build) ensureWidgetBuilt(options.root, options.log);
  const port = await resolvePort(options.port, options.host);
  const url = `http://localhost:${port}/`;
  const data = dataDirs(options.tempData);
  const portal = await startPortal({
    ...data.options,
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
  try {
    const server = await startDemoServer({
      root: options.root,
      port,
      host: options.host,
      portalPort: portal.port,
      jwtSecret: portal.config.jwtSecret,
      agentKey: portal.config.agentKey,
      outboxDir: portal.config.outboxDir,
      log: options.log,
    });
    return {
      url,
      async close() {
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await portal.close();
        data.cleanup();
      },
    };
  } catch (error) {
    await portal.close();
    data.cleanup();
    throw error;
  }
}
