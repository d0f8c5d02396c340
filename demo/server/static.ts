import { readFile, stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { transformWithOxc } from 'vite';
import { sendText } from './http.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** The demo's browser folders; demo/server/ is never served. */
const BROWSER_DIRS = ['host', 'agent', 'outbox', 'shared'];

/** Resolves `relative` inside `base`, or null when it would step outside it. */
function inside(base: string, relative: string): string | null {
  const file = normalize(join(base, relative));
  return file.startsWith(base + sep) ? file : null;
}

export async function sendFile(res: ServerResponse, file: string): Promise<void> {
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  sendText(res, 200, await readFile(file, 'utf8'), type);
}

/**
 * Serves the demo's browser code from /assets/: `x.js` is compiled on request from `demo/…/x.ts` (types stripped,
 * nothing bundled; the browser follows the imports), so the pages need no build step and an edit shows on reload.
 */
export function createAssets(demoDir: string) {
  const compiled = new Map<string, { mtime: number; code: string }>();

  /** Null when there is no such source; a syntax error is thrown, so the page shows a 500 with the reason. */
  const compile = async (source: string): Promise<string | null> => {
    const info = await stat(source).catch(() => null);
    if (!info?.isFile()) return null;
    const mtimeMs = info.mtimeMs;
    const hit = compiled.get(source);
    if (hit && hit.mtime === mtimeMs) return hit.code;
    const result = await transformWithOxc(await readFile(source, 'utf8'), source, { lang: 'ts', sourcemap: false });
    compiled.set(source, { mtime: mtimeMs, code: result.code });
    return result.code;
  };

  return async (res: ServerResponse, relative: string): Promise<boolean> => {
    if (!BROWSER_DIRS.includes(relative.split('/')[0] ?? '')) return false;
    const file = inside(demoDir, relative);
    if (!file) return false;
    if (extname(file) === '.js') {
      const source = file.replace(/\.js$/, '.ts');
      const code = await compile(source);
      if (code === null) return false;
      sendText(res, 200, code, TYPES['.js']);
      return true;
    }
    if (extname(file) !== '.css') return false;
    return sendFile(res, file).then(() => true, () => false);
  };
}

/** The built widget from dist/, exactly as a host would serve it. */
export function createDist(distDir: string) {
  return async (res: ServerResponse, relative: string): Promise<boolean> => {
    const file = inside(distDir, relative);
    if (!file || extname(file) !== '.js') return false;
    return sendFile(res, file).then(() => true, () => false);
  };
}
