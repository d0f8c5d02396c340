import fs from 'node:fs';
import { startPortal } from '../../server/index.js';
import { lineWriter } from '../../server/log-lines.js';

/**
 * The portal under load runs in its own process, so the load generator does not share its event loop.
 * Request log lines go to a file, as they would go to a log collector in production.
 */
const [dbPath, dir] = process.argv.slice(2) as [string, string];
const logFile = fs.createWriteStream(`${dir}/portal.log`);
const portal = await startPortal({
  port: 0,
  dbPath,
  outboxDir: `${dir}/outbox`,
  attachmentsDir: `${dir}/attachments`,
  seed: false,
  rateLimits: { userWritesPerMinute: 1e9, ipWritesPerMinute: 1e9 },
  log: lineWriter(logFile),
});
process.stdout.write(`READY ${portal.apiUrl}\n`);
process.once('SIGTERM', () => {
  void portal.close().then(() => logFile.end(() => process.exit(0)));
});
