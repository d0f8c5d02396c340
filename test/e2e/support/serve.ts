/**
 * The browser tests' world: the real portal (temp SQLite), a fault-injecting proxy in front of it on another
 * origin, and a static host server for the test pages and dist/. Started by Playwright's webServer.
 */
import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { DEMO_JWT_SECRET, SEED_USERS, signToken, startPortal } from '../../../server/index';
import { XSS_VECTORS } from '../../fixtures/xss-vectors';
import { FAULT_PORT, HOST_PORT, PORTAL_PORT, type FaultMode } from './ports';

const ROOT = normalize(join(import.meta.dirname, '..', '..', '..'));
const dir = mkdtempSync(join(tmpdir(), 'medsupport-e2e-'));
// The shipped knowledge base plus one hostile article, so the security suite can render it.
const articlesDir = join(dir, 'articles');
cpSync(join(ROOT, 'server/articles'), articlesDir, { recursive: true });
writeFileSync(
  join(articlesDir, 'de', 'xss-probe.md'),
  `---\nid: xss-probe\ntitle: Sicherheitsprobe Skripte\nlocale: de\nkeywords: [Sicherheitsprobe]\nrequestTypes: [support]\n---\n\n${XSS_VECTORS.join('\n\n')}\n`,
);
// A cross-reference written as the knowledge base writes them: a link relative to the article's own address.
writeFileSync(
  join(articlesDir, 'de', 'querverweis-probe.md'),
  `---\nid: querverweis-probe\ntitle: Querverweisprobe Drucken\nlocale: de\nkeywords: [Querverweisprobe]\nrequestTypes: [support]\n---\n\n## Vorher\n\nSiehe [Drucker einrichten](drucken-drucker-einrichten) und [Chrome](https://support.google.com/chrome/answer/95472).\n`,
);
// A screenshot on a host nobody vetted, as articles have them: the widget must show its alt text and load nothing.
writeFileSync(
  join(articlesDir, 'de', 'bild-probe.md'),
  `---\nid: bild-probe\ntitle: Bildprobe Screenshot\nlocale: de\nkeywords: [Bildprobe]\nrequestTypes: [support]\n---\n\nÖffnen Sie die Einstellungen: ![Menü Einstellungen › Drucker](https://images.invalid/drucker.png) Fertig.\n`,
);
// A table of ten columns, wider than the panel, and a word struck through: the table scrolls by itself, the strike shows.
const tenColumns = (cell: (column: number) => string): string => `| ${Array.from({ length: 10 }, (_, i) => cell(i + 1)).join(' | ')} |`;
writeFileSync(
  join(articlesDir, 'de', 'tabellen-probe.md'),
  `---\nid: tabellen-probe\ntitle: Tabellenprobe Spalten\nlocale: de\nkeywords: [Tabellenprobe]\nrequestTypes: [support]\n---\n\nDieser Satz gilt ~~nicht~~ mehr.\n\n${[tenColumns((n) => `Kopfzelle${n}`), tenColumns(() => '---'), tenColumns((n) => `Wertzelle${n}`)].join('\n')}\n`,
);
// Translations of each other share their id: the widget shows one of them, in the user's language.
writeFileSync(
  join(articlesDir, 'de', 'zwilling-probe.md'),
  `---\nid: zwilling-probe\ntitle: Zwillingsprobe Passwort (Deutsch)\nlocale: de\nkeywords: [Zwillingsprobe]\nrequestTypes: [support]\n---\n\nDeutsche Fassung.\n`,
);
writeFileSync(
  join(articlesDir, 'en', 'zwilling-probe.md'),
  `---\nid: zwilling-probe\ntitle: Zwillingsprobe password (English)\nlocale: en\nkeywords: [Zwillingsprobe]\nrequestTypes: [support]\n---\n\nEnglish version.\n`,
);
const portal = await startPortal({
  articlesDir,
  port: PORTAL_PORT,
  dbPath: join(dir, 'portal.sqlite'),
  outboxDir: join(dir, 'outbox'),
  attachmentsDir: join(dir, 'attachments'),
  appUrl: `http://127.0.0.1:${HOST_PORT}/pages/plain.html`,
  allowAnonymous: true,
  rateLimits: { userWritesPerMinute: 10_000, ipWritesPerMinute: 10_000, anonymousRequestsPerHour: 10_000, registrationsPerHour: 10_000, userReadsPerMinute: 10_000, practiceReadsPerMinute: 10_000 },
  log: () => undefined,
});

// ---- fault proxy: what the widget talks to, so tests can take the portal down or break its answers.
// Faults are kept per user (the token's sub), so a test breaking the portal does not break a parallel test.
const faults = new Map<string, FaultMode>();
const subOf = (req: IncomingMessage): string => {
  try {
    const payload = (req.headers.authorization ?? '').split('.')[1] ?? '';
    return (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { sub?: string }).sub ?? '';
  } catch {
    return '';
  }
};
const forward = (req: IncomingMessage, res: ServerResponse, after?: 'drop' | 'garble'): void => {
  const upstream = httpRequest({ host: '127.0.0.1', port: PORTAL_PORT, path: req.url, method: req.method, headers: req.headers }, (up) => {
    if (after === 'drop') {
      // The portal committed and answered; the answer never reaches the browser.
      up.resume();
      up.on('end', () => res.socket?.destroy());
      return;
    }
    if (after === 'garble') {
      // The portal committed; the browser gets a cut-off body with a success status.
      up.resume();
      up.on('end', () => res.writeHead(up.statusCode ?? 200, { ...cors, 'content-type': 'application/json' }).end('{"key": "MED-'));
      return;
    }
    res.writeHead(up.statusCode ?? 502, up.headers);
    up.pipe(res);
  });
  upstream.on('error', () => res.socket?.destroy());
  req.pipe(upstream);
};
const cors = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': 'ETag, Retry-After',
  'content-type': 'application/problem+json',
};
createServer((req, res) => {
  const write = req.method === 'POST' || req.method === 'PUT' || req.method === 'PATCH';
  const fault = faults.get(subOf(req)) ?? faults.get('*') ?? 'none';
  if (req.method === 'OPTIONS' || fault === 'none' || (fault.endsWith('-writes') && !write)) return forward(req, res);
  const mode = fault.replace('-writes', '');
  if (mode === 'down') return void res.socket?.destroy();
  if (mode === '500') return void res.writeHead(500, cors).end(JSON.stringify({ type: 'about:blank', title: 'Internal Server Error', status: 500 }));
  if (mode === '429') return void res.writeHead(429, { ...cors, 'retry-after': '2' }).end(JSON.stringify({ type: 'about:blank', title: 'Too Many Requests', status: 429 }));
  if (mode === 'malformed') return forward(req, res, 'garble');
  if (mode === 'drop') return forward(req, res, 'drop');
  if (mode === 'slow') return void setTimeout(() => forward(req, res), 5_000);
  return forward(req, res);
}).listen(FAULT_PORT, '127.0.0.1');

// ---- host pages, dist/, tokens
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css' };
const snippet = readFileSync(join(ROOT, 'test/e2e/pages/snippet.html'), 'utf8');

const page = (name: string, url: URL, res: ServerResponse): void => {
  const nonce = randomBytes(16).toString('base64');
  const html = readFileSync(join(ROOT, 'test/e2e/pages', name), 'utf8')
    .replaceAll('{{SNIPPET}}', snippet)
    .replaceAll('{{NONCE}}', nonce)
    .replaceAll('{{PORTAL}}', `http://127.0.0.1:${FAULT_PORT}/api/portal/v1`)
    .replaceAll('{{USER}}', encodeURIComponent(url.searchParams.get('user') ?? 'u-berger-anna'))
    .replaceAll('{{ORG}}', encodeURIComponent(url.searchParams.get('org') ?? ''))
    .replaceAll('{{NAME}}', encodeURIComponent(url.searchParams.get('name') ?? ''));
  const headers: Record<string, string> = { 'content-type': TYPES['.html']!, 'cache-control': 'no-store' };
  if (name.startsWith('csp')) {
    headers['content-security-policy'] =
      `default-src 'self'; script-src 'nonce-${nonce}' 'strict-dynamic'; style-src 'nonce-${nonce}'; ` +
      `connect-src 'self' http://127.0.0.1:${FAULT_PORT}; img-src 'self' data: blob:; require-trusted-types-for 'script'; trusted-types 'none'`;
  }
  res.writeHead(200, headers).end(html);
};

createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', `http://127.0.0.1:${HOST_PORT}`);
  try {
    if (url.pathname === '/health') return void res.end('ok');
    if (url.pathname === '/fault' && req.method === 'POST') {
      const mode = (url.searchParams.get('mode') ?? 'none') as FaultMode;
      const who = url.searchParams.get('sub') ?? '*';
      if (mode === 'none') faults.delete(who);
      else faults.set(who, mode);
      return void res.end(mode);
    }
    if (url.pathname === '/outbox') {
      const box = join(dir, 'outbox');
      await portal.flushMail();
      const mails = readdirSync(box).map((name) => readFileSync(join(box, name), 'utf8'));
      return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(mails));
    }
    if (url.pathname === '/token') {
      const sub = url.searchParams.get('sub') ?? '';
      const seeded = Object.values(SEED_USERS).find((u) => u.id === sub);
      const claims = seeded
        ? { sub, email: seeded.email, name: seeded.name, org: seeded.orgId }
        : { sub, email: url.searchParams.get('email') || `${sub}@test.example`, name: url.searchParams.get('name') || sub, org: url.searchParams.get('org') || 'org-berger' };
      // `expired=1`: a token whose time is up, as a host with a stale session would hand out.
      const exp = url.searchParams.get('expired') ? Math.floor(Date.now() / 1000) - 60 : undefined;
      return void res.writeHead(200, { 'content-type': 'text/plain' }).end(await signToken(DEMO_JWT_SECRET, { ...claims, exp }));
    }
    const pageMatch = /^\/pages\/([\w-]+\.html)$/.exec(url.pathname);
    if (pageMatch) return page(pageMatch[1]!, url, res);
    if (url.pathname.startsWith('/dist/')) {
      const file = normalize(join(ROOT, url.pathname));
      if (!file.startsWith(join(ROOT, 'dist'))) return void res.writeHead(403).end();
      const body = readFileSync(file);
      return void res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    }
    res.writeHead(404).end('not found');
  } catch {
    if (res.headersSent) res.destroy();
    else res.writeHead(404).end('not found');
  }
}).listen(HOST_PORT, '127.0.0.1');

const stop = async (): Promise<void> => {
  await portal.close();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
