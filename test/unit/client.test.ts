import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createPortalClient } from '../../src/api/client';
import { PortalError } from '../../src/api/errors';

/** A scripted HTTP peer: each test says how the next answers go, and sees what the client sent. */
let script: ((req: IncomingMessage, res: ServerResponse) => void)[] = [];
const seen: { method: string; url: string; auth: string | undefined; idem: string | undefined; inm: string | undefined }[] = [];
let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ method: req.method!, url: req.url!, auth: req.headers.authorization, idem: req.headers['idempotency-key'] as string, inm: req.headers['if-none-match'] as string });
    req.resume();
    const next = script.shift();
    if (next) next(req, res);
    else res.writeHead(500).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/portal/v1`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));
beforeEach(() => {
  script = [];
  seen.length = 0;
});

const json = (status: number, body: unknown, headers: Record<string, string> = {}) => (_: IncomingMessage, res: ServerResponse) =>
  res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
const me = { id: 'u1', email: 'a@b.c', name: 'Anna', organization: { id: 'o', name: 'Praxis' }, locale: 'de', notifyByEmail: true };

function client(tokens: string[], expired: { count: number } = { count: 0 }) {
  let i = 0;
  return createPortalClient({
    baseUrl: base,
    locale: () => 'de',
    token: async (refresh) => (refresh ? (tokens[++i] ?? null) : tokens[i]!),
    onExpired: () => void expired.count++,
    retries: 2,
  });
}

describe('portal client', () => {
  it('asks for a fresh token once after a 401 and repeats the call with it', async () => {
    script = [json(401, { type: 'about:blank', title: 'Unauthorized', status: 401 }), json(200, me)];
    expect((await client(['old', 'new']).me()).name).toBe('Anna');
    expect(seen.map((s) => s.auth)).toEqual(['Bearer old', 'Bearer new']);
  });

  it('downloads an attachment with a fresh token after a 401, like every other call', async () => {
    script = [
      json(401, { type: 'about:blank', title: 'Unauthorized', status: 401 }),
      (_req, res) => res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.7'),
    ];
    const file = await client(['old', 'new']).download('/attachments/a1');
    expect(await file.text()).toBe('%PDF-1.7');
    expect(seen.map((s) => [s.url, s.auth])).toEqual([
      ['/api/portal/v1/attachments/a1', 'Bearer old'],
      ['/api/portal/v1/attachments/a1', 'Bearer new'],
    ]);
  });

  it('reports an expired session when the fresh token is refused too', async () => {
    const expired = { count: 0 };
    const problem = json(401, { type: 'about:blank', title: 'Unauthorized', status: 401 });
    script = [problem, problem];
    const error = await client(['old', 'new'], expired).me().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PortalError);
    expect((error as PortalError).kind).toBe('unauthorized');
    expect(expired.count).toBe(1);
  });

  it('retries idempotent reads on 503 honouring Retry-After, but not a 422', async () => {
    script = [json(503, { type: 'about:blank', title: 'Busy', status: 503 }, { 'retry-after': '1' }), json(200, me)];
    const started = Date.now();
    await client(['t']).me();
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    script = [json(422, { type: 'about:blank', title: 'Invalid', status: 422, errors: [{ field: 'name', message: 'too long' }] })];
    const error = (await client(['t']).updateMe({ name: 'x' }).catch((e: unknown) => e)) as PortalError;
    expect(error.fieldErrors()).toEqual({ name: 'too long' });
    expect(seen.filter((s) => s.method === 'PATCH')).toHaveLength(1);
  });

  it('repeats a create with the same Idempotency-Key after a 5xx', async () => {
    const created = { ...me };
    script = [json(502, { type: 'about:blank', title: 'Bad gateway', status: 502 }), json(201, created)];
    await client(['t']).createRequest({ requestTypeId: 'bug', fields: { summary: 'x' } }, 'key-1').catch(() => undefined);
    const posts = seen.filter((s) => s.method === 'POST');
    expect(posts).toHaveLength(2);
    expect(new Set(posts.map((p) => p.idem))).toEqual(new Set(['key-1']));
  });

  it('revalidates with If-None-Match and treats 304 as "unchanged"', async () => {
    script = [(_, res) => res.writeHead(304, { etag: '"v1"' }).end()];
    expect(await client(['t']).articles('"v1"')).toEqual({ notModified: true });
    expect(seen[0]!.inm).toBe('"v1"');
  });

  it('turns a malformed answer into an invalid_response error, not a crash', async () => {
    script = [(_, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"items": [1,')];
    const error = (await client(['t']).request('MED-1').catch((e: unknown) => e)) as PortalError;
    expect(error.kind).toBe('invalid_response');
    expect(error.retryable).toBe(true);
  });

  it('maps a refused connection to a network error', async () => {
    const offline = createPortalClient({ baseUrl: 'http://127.0.0.1:9/api', locale: () => 'de', token: async () => null, retries: 0 });
    expect(((await offline.requestTypes().catch((e: unknown) => e)) as PortalError).kind).toBe('network');
  });
});
