/**
 * `npm run demo`: builds the widget if needed, starts the reference portal in-process (SQLite in .data/, seeded on
 * first start) and serves the demo host app, support console and outbox on one port. Works offline.
 *
 * Environment: PORT (default 5173), DEMO_HOST (default 127.0.0.1), the portal's own PORTAL_* variables,
 * DEMO_TEMP_DATA=1 for a throw-away database and outbox, and DEMO_SKIP_BUILD=1 to serve dist/ as it is. The browser
 * tests set both: they run against the build they were started with, and a rebuild would empty dist/ under the
 * other test server's feet.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDemoServer } from '../demo/server/app.js';
import { ensureWidgetBuilt } from '../demo/server/widget-build.js';
import { startPortal, type StartPortalOptions } from '../server/index.js';

const root = join(import.meta.dirname, '..');
const port = Number(process.env.PORT || 5173);
const host = process.env.DEMO_HOST || '127.0.0.1';
const appUrl = `http://localhost:${port}/`;
const log = (line: string): void => console.log(line);

function dataDirs(): { options: Partial<StartPortalOptions>; cleanup: () => void } {
  if (process.env.DEMO_TEMP_DATA !== '1') return { options: {}, cleanup: () => undefined };
  const dir = mkdtempSync(join(tmpdir(), 'medsupport-demo-'));
  return {
    options: { dbPath: join(dir, 'portal.sqlite'), outboxDir: join(dir, 'outbox'), attachmentsDir: join(dir, 'attachments') },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

try {
  if (process.env.DEMO_SKIP_BUILD !== '1') ensureWidgetBuilt(root, log);
  const data = dataDirs();
  const portal = await startPortal({
    ...data.options,
    // The portal listens on a free loopback port of its own; the demo proxies /api/portal/v1 to it, so PORT
    // (which loadConfig would also read) belongs to the demo alone.
    port: 0,
    host: '127.0.0.1',
    appUrl,
    allowAnonymous: true,
    // Every visitor of a local demo is the same loopback address; the production limits would lock them out.
    rateLimits: { anonymousRequestsPerHour: 500, registrationsPerHour: 100 },
    // One line per API call drowns the URL; server errors still show.
    log: (line) => {
      const call = /^[A-Z]+ \S+ (\d{3}) /.exec(line);
      if (!call || Number(call[1]) >= 500) log(line);
    },
  });
  const demo = await startDemoServer({
    root,
    port,
    host,
    portalPort: portal.port,
    jwtSecret: portal.config.jwtSecret,
    agentKey: portal.config.agentKey,
    outboxDir: portal.config.outboxDir,
    log,
  });
  console.log(`\nMedSupport-Demo: http://localhost:${demo.port}/\n`);

  const stop = (signal: string): void => {
    log(`demo: ${signal}, shutting down`);
    demo.server.closeAllConnections();
    demo.server.close();
    portal.close().then(
      () => {
        data.cleanup();
        process.exit(0);
      },
      () => process.exit(1),
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
} catch (error) {
  console.error(`demo: failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
