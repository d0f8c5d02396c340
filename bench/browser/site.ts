import { readFile } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { DEMO_JWT_SECRET, signToken } from '../../server/index';
import { BENCH_USER } from '../portal/fill-db';

export interface Site {
  /** e.g. http://127.0.0.1:40123 */
  origin: string;
  stop(): Promise<void>;
}

export interface SiteOptions {
  /** The portal's API URL, written into the host page; the host page is served when given. */
  portalApiUrl?: string;
  /** The build under test, served as /dist/, when given. */
  distDir?: string;
  /** Served under /search-bundle/ (the browser build of the search bench), when given. */
  searchBundleDir?: string;
}

const PAGES = join(import.meta.dirname, '..', 'pages');
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json' };
// Cross-origin isolation gives performance.now() 5 µs resolution instead of 100 µs: the engine's keystrokes take less.
const ISOLATED = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' };

/** Serves a file from under `base`, refusing paths that climb out of it. */
async function sendFile(res: ServerResponse, base: string, relative: string, headers: Record<string, string> = {}): Promise<void> {
  const file = normalize(join(base, relative));
  if (!file.startsWith(base + sep)) return void res.writeHead(403).end();
  const body = await readFile(file);
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers }).end(body);
}

/**
 * The host side of the browser bench: the bench pages, the build under test, and a token endpoint standing in for the
 * host app's backend. The build is served without cache headers, as a static server would by default, so a fresh
 * browser context starts with nothing cached and a reopen in the same page hits the memory cache as usual.
 */
export async function startSite(options: SiteOptions): Promise<Site> {
  const token = await signToken(DEMO_JWT_SECRET, BENCH_USER);
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const reply = async (): Promise<void> => {
      if (path === '/token') return void res.writeHead(200, { 'content-type': 'text/plain' }).end(token);
      if (path === '/pages/host.html' && options.portalApiUrl) {
        const html = (await readFile(join(PAGES, 'host.html'), 'utf8')).replaceAll('{{PORTAL}}', options.portalApiUrl);
        return void res.writeHead(200, { 'content-type': TYPES['.html']!, 'cache-control': 'no-store' }).end(html);
      }
      if (path === '/pages/search.html') return sendFile(res, PAGES, 'search.html', ISOLATED);
      if (path.startsWith('/dist/') && options.distDir) return sendFile(res, options.distDir, path.slice('/dist/'.length));
      if (path.startsWith('/search-bundle/') && options.searchBundleDir) {
        return sendFile(res, options.searchBundleDir, path.slice('/search-bundle/'.length), ISOLATED);
      }
      res.writeHead(404).end();
    };
    reply().catch(() => res.writeHead(404).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
