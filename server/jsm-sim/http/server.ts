import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Store } from '../state/store.js';
import { SERVICE_ACCOUNT_ID } from '../state/store.js';
import { langOf } from '../state/workflow.js';
import type { RecordedCall } from '../types.js';
import { checkCall } from '../validate/request.js';
import { familyOfPath, type ApiFamily, type Operation } from '../validate/spec.js';
import { errorBody, SimError, type Ctx, type Reply, type Routes } from './context.js';
import type { Faults } from './faults.js';
import { rateLimitHeaders } from './rate-limit.js';

export interface PipelineDeps {
  store: Store;
  operations: Operation[];
  routes: Routes;
  faults: Faults;
  calls: RecordedCall[];
  violations: string[];
  credentials: () => { email: string; apiToken: string };
  pageCap: number;
  site: () => string;
  searchLag: () => number;
  searchPageCap: () => number;
  control: (req: IncomingMessage, res: ServerResponse, url: URL, body: Buffer) => Promise<void>;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, family: ApiFamily, reply: Reply): void {
  const headers: Record<string, string> = { 'X-AACCOUNTID': SERVICE_ACCOUNT_ID, ...reply.headers };
  if (reply.bytes) {
    res.writeHead(reply.status, { ...headers, 'Content-Type': reply.bytes.contentType, 'Content-Length': String(reply.bytes.data.byteLength) });
    res.end(Buffer.from(reply.bytes.data));
    return;
  }
  if (reply.json === undefined) {
    res.writeHead(reply.status, headers);
    res.end();
    return;
  }
  const text = JSON.stringify(reply.json);
  res.writeHead(reply.status, { ...headers, 'Content-Type': family === 'servicedesk' || family === 'platform' ? 'application/json;charset=UTF-8' : 'application/json' });
  res.end(text);
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function authorised(req: IncomingMessage, deps: PipelineDeps): boolean {
  const header = req.headers.authorization ?? '';
  if (!header.startsWith('Basic ')) return false;
  const { email, apiToken } = deps.credentials();
  return Buffer.from(header.slice(6), 'base64').toString('utf8') === `${email}:${apiToken}`;
}

function garbage(res: ServerResponse, turn: number): void {
  // Alternates between what a proxy error page and a half-migrated endpoint would return.
  const html = turn % 2 === 0;
  res.writeHead(200, { 'Content-Type': html ? 'text/html' : 'application/json', 'X-AACCOUNTID': SERVICE_ACCOUNT_ID });
  res.end(html ? '<html><body><h1>Atlassian</h1><p>Something went wrong.</p></body></html>' : '{"unexpected":[1,2,3],"values":"not-a-list"}');
}

async function pipeline(req: IncomingMessage, res: ServerResponse, deps: PipelineDeps): Promise<number> {
  const url = new URL(req.url ?? '/', 'http://sim.invalid');
  const method = (req.method ?? 'GET').toUpperCase();
  const family = familyOfPath(url.pathname);
  if (deps.faults.down) {
    req.socket.destroy();
    return 0;
  }
  const rawBody = await readBody(req);
  const latency = deps.faults.take('latency', method, url.pathname);
  if (latency) await sleep(latency.ms);

  const contentType = req.headers['content-type'];
  const checked = checkCall(deps.operations, { method, path: url.pathname, query: url.searchParams, contentType, body: rawBody });
  if (!checked.ok) {
    deps.violations.push(...checked.problems);
    send(res, family, { status: 400, json: errorBody(family, 400, checked.problems.join('; ')) });
    return 400;
  }
  const { operation } = checked.match;

  const status = deps.faults.take('status', method, url.pathname);
  if (status) {
    const headers = rateLimitHeaders(status, deps.store.now());
    send(res, family, { status: status.status, headers, json: errorBody(family, status.status, status.status === 429 ? 'Rate limit exceeded.' : status.status === 400 ? 'The request was refused.' : status.status === 403 ? 'You do not have permission to perform this operation.' : 'The service is temporarily unavailable.') });
    return status.status;
  }
  if (deps.faults.take('garbage', method, url.pathname)) {
    garbage(res, deps.faults.garbageServed++);
    return 200;
  }
  if (!authorised(req, deps)) {
    res.writeHead(401, { 'Content-Type': 'application/json;charset=UTF-8', 'WWW-Authenticate': 'Basic realm="protected-area"' });
    res.end(JSON.stringify(errorBody(family, 401, 'Client must be authenticated to access this resource.')));
    return 401;
  }
  if ((contentType ?? '').toLowerCase().startsWith('multipart/') && req.headers['x-atlassian-token'] !== 'no-check') {
    res.writeHead(403, { 'Content-Type': 'text/plain', 'X-AACCOUNTID': SERVICE_ACCOUNT_ID });
    res.end('XSRF check failed');
    return 403;
  }
  if (operation.experimental && req.headers['x-experimentalapi'] !== 'opt-in') {
    const message = "This API is experimental. Experimental APIs are not guaranteed to be stable within the preview period. You must set the header 'X-ExperimentalApi: opt-in' to opt into using this API.";
    send(res, family, { status: 412, json: errorBody(family, 412, message, { i18nKey: 'sd.api.experimental.optin.required' }) });
    return 412;
  }

  const handler = deps.routes[operation.key];
  const ctx: Ctx = {
    store: deps.store,
    site: deps.site(),
    family,
    params: checked.match.pathParams,
    query: url.searchParams,
    json: checked.json,
    rawBody,
    headers: req.headers,
    lang: langOf(url.searchParams.get('requestLanguage')),
    callerId: SERVICE_ACCOUNT_ID,
    pageCap: deps.pageCap,
    searchLagMs: deps.searchLag(),
    searchPageCap: deps.searchPageCap(),
  };
  let reply: Reply;
  try {
    reply = handler ? await handler(ctx) : { status: 501, json: errorBody(family, 501, `${operation.operationId} is in the OpenAPI documents but not modelled by the simulator.`) };
  } catch (error) {
    if (!(error instanceof SimError)) throw error;
    reply = { status: error.status, json: errorBody(family, error.status, error.message, error.detail) };
  }
  const token = (checked.json as { nextPageToken?: unknown } | undefined)?.nextPageToken;
  if (reply.status === 200 && typeof token === 'string' && deps.faults.take('empty-page', method, url.pathname)) {
    reply = { ...reply, json: { ...(reply.json as object), issues: [], isLast: false, nextPageToken: token } };
  }
  if (deps.faults.take('drop-after-commit', method, url.pathname)) {
    req.socket.destroy();
    return 0;
  }
  send(res, family, reply);
  return reply.status;
}

export function createSimServer(deps: PipelineDeps): Server {
  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://sim.invalid');
    if (url.pathname.startsWith('/_sim/')) {
      readBody(req)
        .then((b) => deps.control(req, res, url, b))
        .catch((error: unknown) => {
          res.writeHead(500, { 'Content-Type': 'application/json' });
          res.end(JSON.stringify({ error: String(error) }));
        });
      return;
    }
    const at = deps.store.now();
    pipeline(req, res, deps)
      .then((status) => deps.calls.push({ method: (req.method ?? 'GET').toUpperCase(), path: url.pathname, query: url.search.replace(/^\?/, ''), status, at }))
      .catch((error: unknown) => {
        deps.calls.push({ method: (req.method ?? 'GET').toUpperCase(), path: url.pathname, query: url.search.replace(/^\?/, ''), status: 500, at });
        if (!res.headersSent) {
          res.writeHead(500, { 'Content-Type': 'application/json' });
          res.end(JSON.stringify(errorBody(familyOfPath(url.pathname), 500, `simulator failure: ${String(error)}`)));
        }
      });
  });
}
