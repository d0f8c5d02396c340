import { startPortal } from './portal.js';

try {
  const portal = await startPortal();
  const stop = (signal: string) => {
    console.log(`portal: ${signal}, shutting down`);
    portal.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
} catch (error) {
  console.error(`portal: failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
