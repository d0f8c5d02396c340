import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export interface PortalProcess {
  apiUrl: string;
  stop(): Promise<void>;
}

const ROOT = join(import.meta.dirname, '..', '..');

/**
 * The reference portal with a fresh temp database, in its own process (the load test's server script), so the
 * Playwright driver in this process never delays the widget's requests.
 */
export async function startPortalProcess(): Promise<PortalProcess> {
  const dir = await mkdtemp(join(tmpdir(), 'medsupport-bench-widget-'));
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'bench', 'portal', 'server.ts'), join(dir, 'portal.sqlite'), dir], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const apiUrl = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the portal exited with ${code}`)));
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line.startsWith('READY ')) resolve(line.slice(6));
    });
  });
  const stop = async (): Promise<void> => {
    child.removeAllListeners('exit');
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
    await rm(dir, { recursive: true, force: true });
  };
  return { apiUrl, stop };
}
