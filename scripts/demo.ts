/**
 * `npm run demo`: builds the widget if needed, starts the reference portal in-process (SQLite in .data/, seeded on
 * first start) and serves the demo host app, support console and outbox on one port. Works offline.
 *
 * `npm run demo -- --backend jsm` (or DEMO_BACKEND=jsm): the same demo on the JSM backend instead. The JSM simulator
 * runs in-process, seeded with the same practices, people and requests (plus a few internal notes); the portal's
 * gateway talks to it, the simulator pushes signed webhooks to the portal (a 60 s poll is the safety net), and the
 * support console acts as a JSM agent: public replies, internal notes, status changes. Nothing is kept on disk: every
 * start begins with the seeded story. The knowledge base is still the Markdown articles.
 *
 * Environment: PORT (default 5173), DEMO_HOST (default 127.0.0.1), the portal's own PORTAL_* variables,
 * DEMO_TEMP_DATA=1 for a throw-away database and outbox, and DEMO_SKIP_BUILD=1 to serve dist/ as it is. The browser
 * tests set both: they run against the build they were started with, and a rebuild would empty dist/ under the
 * other test server's feet.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startDemo } from '../demo/server/start.js';

function chosenBackend(): 'sqlite' | 'jsm' {
  const { values } = parseArgs({ options: { backend: { type: 'string' } } });
  const backend = values.backend ?? process.env.DEMO_BACKEND ?? 'sqlite';
  if (backend !== 'sqlite' && backend !== 'jsm') throw new Error(`--backend (or DEMO_BACKEND) must be "sqlite" or "jsm", got "${backend}"`);
  return backend;
}

try {
  const demo = await startDemo({
    root: join(import.meta.dirname, '..'),
    port: Number(process.env.PORT || 5173),
    host: process.env.DEMO_HOST || '127.0.0.1',
    build: process.env.DEMO_SKIP_BUILD !== '1',
    tempData: process.env.DEMO_TEMP_DATA === '1',
    backend: chosenBackend(),
    log: (line) => console.log(line),
  });
  console.log(`\nMedSupport-Demo${demo.sim ? ' (JSM-Simulator)' : ''}: ${demo.url}\n`);

  const stop = (signal: string): void => {
    console.log(`demo: ${signal}, shutting down`);
    demo.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
} catch (error) {
  console.error(`demo: failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
