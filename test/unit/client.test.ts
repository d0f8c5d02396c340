import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createPortalClient } from '../../src/api/client';
import { PortalError } from '../../src/api/errors';

/** A scripted HTTP peer: each test says how the next answers go, and sees what the client sent. */
let script: ((req: IncomingMessage, res: ServerResponse) => void)[] = [];
const seen: { method: string; url: string; auth: string | undefined; idem: string | undefined; inm: string | undefined; body: string }[] = [];
let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    const entry = { method: req.method!, url: req.url!, auth: req.headers.authorization, idem: req.headers['idempotency-key'] as string, inm: req.headers['if-none-match'] as string, body: '' };
    seen.push(entry);
    req.on('data', (chunk: Buffer) => (entry.body += chunk.toString()));
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

  it("does not repeat a call in another user's name: a token of someone else since the first attempt ends it", async () => {
    const jwt = (sub: string) => `h.${btoa(JSON.stringify({ sub }))}.s`;
    // The host switched users (identify() without logout()) while the send waited to be repeated.
    let current = jwt('anna');
    const switching = createPortalClient({ baseUrl: base, locale: () => 'de', token: async () => current, retries: 2 });
    script = [(_req, res) => {
      current = jwt('lena');
      json(503, { type: 'about:blank', title: 'Unavailable', status: 503 }, { 'retry-after': '0' })(_req, res);
    }];
    const refused = await switching.createRequest({ requestTypeId: 'bug', fields: { summary: 'Befund Meier' } }, 'key-2').catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(PortalError);
    expect((refused as PortalError).kind).toBe('token_failed');
    expect(seen.filter((s) => s.method === 'POST').map((s) => s.auth)).toEqual([`Bearer ${jwt('anna')}`]);

    // Nor after a 401: the fresh token is someone else's.
    current = jwt('anna');
    let refresh = jwt('anna');
    const refreshing = createPortalClient({ baseUrl: base, locale: () => 'de', token: async (fresh) => (fresh ? refresh : current), retries: 2 });
    seen.length = 0;
    script = [(_req, res) => {
      refresh = jwt('lena');
      json(401, { type: 'about:blank', title: 'Unauthorized', status: 401 })(_req, res);
    }];
    const expired = await refreshing.comment('MED-1', { body: 'Befund Meier' }, 'key-3').catch((error: unknown) => error);
    expect((expired as PortalError).kind).toBe('token_failed');
    expect(seen.map((s) => s.auth)).toEqual([`Bearer ${jwt('anna')}`]);
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

describe('synonyms and article feedback', () => {
  const problem = (status: number, headers: Record<string, string> = {}) => json(status, { type: 'about:blank', title: `HTTP ${status}`, status }, headers);
  const noContent = (_: IncomingMessage, res: ServerResponse) => res.writeHead(204).end();
  const feedbackCalls = () => seen.filter((s) => s.method === 'POST' && s.url.endsWith('/feedback'));

  it('revalidates the synonym table like the article index: its ETag, 304 as "unchanged"', async () => {
    script = [json(200, { groups: [['Behandler', 'Doktor']], extra: 1 }, { etag: '"s1"' }), (_, res) => res.writeHead(304, { etag: '"s1"' }).end()];
    const c = client(['t']);
    expect(await c.synonyms(null)).toEqual({ notModified: false, data: { groups: [['Behandler', 'Doktor']] }, etag: '"s1"' });
    expect(await c.synonyms('"s1"')).toEqual({ notModified: true });
    expect(seen.map((s) => [s.url, s.inm])).toEqual([
      ['/api/portal/v1/synonyms', undefined],
      ['/api/portal/v1/synonyms', '"s1"'],
    ]);
  });

  it('rejects a synonym table that is not lists of words', async () => {
    script = [json(200, { groups: ['Behandler, Doktor'] })];
    expect(((await client(['t']).synonyms().catch((e: unknown) => e)) as PortalError).kind).toBe('invalid_response');
  });

  it('keeps learned keywords and messages of an article summary, and refuses messages that are no strings', async () => {
    const article = { id: 'a', title: 'T', excerpt: 'E', keywords: ['k'], learnedKeywords: ['lesedings'], messages: ['Kein Drucker gefunden'], requestTypes: [], locale: 'de', updatedAt: 'x' };
    script = [json(200, [article, { ...article, id: 'b', learnedKeywords: undefined, messages: undefined }])];
    const result = await client(['t']).articles();
    expect(result.notModified ? null : result.data.map((a) => [a.learnedKeywords, a.messages])).toEqual([
      [['lesedings'], ['Kein Drucker gefunden']],
      [undefined, undefined],
    ]);
    script = [json(200, [{ ...article, messages: [{ html: '<b>x</b>' }] }])];
    expect(((await client(['t']).articles().catch((e: unknown) => e)) as PortalError).kind).toBe('invalid_response');
  });

  it('posts the terms and kind, nothing else, and the same article and terms only once per session', async () => {
    script = [noContent, noContent];
    const c = client(['t']);
    await c.articleFeedback('drucken rechnung', { terms: ['lesedings', 'spinnt'], kind: 'solved' });
    await c.articleFeedback('drucken rechnung', { terms: ['spinnt', 'lesedings'], kind: 'abandoned' });
    await c.articleFeedback('drucken rechnung', { terms: ['lesedings'], kind: 'solved' });
    await c.articleFeedback('other', { terms: [], kind: 'solved' });
    await c.articleFeedback('other', { terms: ['e-mail', 'x'.repeat(41)], kind: 'solved' });
    expect(feedbackCalls().map((s) => [s.url, s.auth])).toEqual([
      ['/api/portal/v1/articles/drucken%20rechnung/feedback', 'Bearer t'],
      ['/api/portal/v1/articles/drucken%20rechnung/feedback', 'Bearer t'],
    ]);
    expect(feedbackCalls().map((s) => JSON.parse(s.body) as unknown)).toEqual([
      { terms: ['lesedings', 'spinnt'], kind: 'solved' },
      { terms: ['lesedings'], kind: 'solved' },
    ]);
  });

  it('sends only terms the portal accepts, at most 10, so that one odd term does not cost the others', async () => {
    script = [noContent];
    const many = Array.from({ length: 12 }, (_, i) => `wort${i}`);
    await client(['t']).articleFeedback('a', { terms: ['e-mail', 'ärztin', ...many], kind: 'abandoned' });
    expect(JSON.parse(feedbackCalls()[0]!.body)).toEqual({ terms: ['ärztin', ...many.slice(0, 9)], kind: 'abandoned' });
  });

  it('swallows failures without retrying: a 503, a 500 and a dead connection each cost one call and no error', async () => {
    script = [problem(503, { 'retry-after': '0' }), problem(500), (req) => req.socket.destroy()];
    const c = client(['t']);
    await expect(c.articleFeedback('a', { terms: ['x'], kind: 'solved' })).resolves.toBeUndefined();
    await expect(c.articleFeedback('b', { terms: ['x'], kind: 'solved' })).resolves.toBeUndefined();
    await expect(c.articleFeedback('c', { terms: ['x'], kind: 'abandoned' })).resolves.toBeUndefined();
    // A failed one is not tried again either.
    await c.articleFeedback('a', { terms: ['x'], kind: 'solved' });
    expect(feedbackCalls().map((s) => s.url)).toEqual(['/api/portal/v1/articles/a/feedback', '/api/portal/v1/articles/b/feedback', '/api/portal/v1/articles/c/feedback']);
  });

  it('sends nothing more after a 429 until its Retry-After has passed', async () => {
    script = [problem(429, { 'retry-after': '1' }), noContent];
    const c = client(['t']);
    await c.articleFeedback('a', { terms: ['x'], kind: 'solved' });
    await c.articleFeedback('b', { terms: ['x'], kind: 'solved' });
    expect(feedbackCalls()).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await c.articleFeedback('c', { terms: ['x'], kind: 'solved' });
    expect(feedbackCalls().map((s) => s.url)).toEqual(['/api/portal/v1/articles/a/feedback', '/api/portal/v1/articles/c/feedback']);
  });
});
