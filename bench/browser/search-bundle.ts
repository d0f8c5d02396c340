import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';

/** Bundles the browser entry of the search bench (minified, as the widget ships) into a temp dir; returns the dir. */
export async function bundleSearchBench(): Promise<string> {
  const outDir = await mkdtemp(join(tmpdir(), 'medsupport-bench-search-'));
  // Vite sets NODE_ENV=production for the whole process; the portals the bench starts afterwards inherit the
  // environment and would refuse the demo token secret.
  const nodeEnv = process.env.NODE_ENV;
  try {
    await build({
      configFile: false,
      logLevel: 'warn',
      publicDir: false,
      build: {
        outDir,
        emptyOutDir: false,
        target: 'es2020',
        minify: true,
        lib: { entry: join(import.meta.dirname, 'search-entry.ts'), formats: ['es'], fileName: () => 'search-entry.js' },
      },
    });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  return outDir;
}
