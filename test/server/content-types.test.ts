import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Problem, UploadedAttachment } from '../../src/api/contract.js';
import { DEMO_AGENT_KEY } from '../../server/index.js';
import { bugRequest, call, newKey, outbox, startTestPortal, tokenFor, type TestPortal } from './helpers.js';

/**
 * The content types a browser sends cross-site without a CORS preflight must never reach a JSON endpoint. Visitors
 * are allowed, so a page on any origin could otherwise create requests (and confirmation mails) with no token.
 *
 * The portal under test is started here and nowhere else, so the same suite can run against another backend.
 */
const startPortalUnderTest = () => startTestPortal({ allowAnonymous: true, learnMinPractices: 1, rateLimits: { anonymousRequestsPerHour: 1000 } });

let portal: TestPortal;
let anna: string;

beforeAll(async () => {
  portal = await startPortalUnderTest();
  anna = await tokenFor('anna');
});
afterAll(() => portal.dispose());

/** Each body is valid JSON that the endpoint would accept with `application/json`. */
const WRITES: { method: string; path: string; body: unknown; tokens: () => (string | null)[] }[] = [
  {
    method: 'POST', path: '/requests',
    body: { ...bugRequest('Quer über Websites'), email: 'opfer@example.org', name: 'Opfer' },
    tokens: () => [null, anna],
  },
  { method: 'POST', path: '/requests/MED-21/comments', body: { body: 'Von einer fremden Seite' }, tokens: () => [null, anna] },
  { method: 'PATCH', path: '/me', body: { notifyByEmail: false, locale: 'en' }, tokens: () => [null, anna] },
  { method: 'POST', path: '/registrations', body: { email: 'opfer@example.org', name: 'Opfer' }, tokens: () => [null, anna] },
  { method: 'POST', path: '/articles/drucken/feedback', body: { terms: ['ausdruck'], kind: 'solved' }, tokens: () => [null, anna] },
  { method: 'POST', path: '/agent/requests/MED-21/comments', body: { body: 'Fremd' }, tokens: () => [null, DEMO_AGENT_KEY] },
  { method: 'POST', path: '/agent/requests/MED-21/status', body: { status: 'closed' }, tokens: () => [null, DEMO_AGENT_KEY] },
];

const SIMPLE_TYPES = ['text/plain', 'text/plain;charset=UTF-8', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x'];

/**
 * What a successful write would change: the requests, MED-21's activity and status, Anna's profile, the outbox, and
 * the feedback counts (learned with one practice, so that one feedback shows in the article index).
 */
async function state() {
  const [requests, detail, me, mails, articles] = await Promise.all([
    call(portal, 'GET', '/agent/requests?limit=100', { token: DEMO_AGENT_KEY }),
    call(portal, 'GET', '/agent/requests/MED-21', { token: DEMO_AGENT_KEY }),
    call(portal, 'GET', '/me', { token: anna }),
    outbox(portal),
    call(portal, 'GET', '/articles'),
  ]);
  return { requests: requests.text, detail: detail.text, me: me.text, mails: mails.map((m) => m.name), articles: articles.text };
}

describe('JSON endpoints refuse bodies that are not declared as JSON', () => {
  it('answer 415 to the content types a browser sends cross-site without a preflight, with and without a token, and change nothing', async () => {
    const before = await state();
    const seen: string[] = [];
    for (const write of WRITES) {
      for (const token of write.tokens()) {
        for (const type of [...SIMPLE_TYPES, null]) {
          const response = await call<Problem>(portal, write.method, write.path, {
            token, idempotencyKey: newKey(), rawBody: JSON.stringify(write.body),
            headers: { Origin: 'https://evil.example', ...(type === null ? {} : { 'Content-Type': type }) },
          });
          const label = `${write.method} ${write.path} ${token ? 'token' : 'none'} ${type ?? '(no type)'}`;
          seen.push(`${label} → ${response.status} ${response.headers.get('content-type')} ${response.body.type}`);
          expect(response.headers.get(write.method === 'PATCH' ? 'accept-patch' : 'accept-post'), label).toBe('application/json');
        }
      }
    }
    expect(seen.filter((line) => !line.endsWith('→ 415 application/problem+json urn:medsupport:problem:unsupported-media-type'))).toEqual([]);
    expect(await state()).toEqual(before);
  });

  it('accept application/json with or without a UTF-8 charset, and refuse another charset', async () => {
    for (const type of ['application/json', 'application/json; charset=utf-8', 'Application/JSON;charset="UTF-8"']) {
      const response = await call(portal, 'POST', '/requests', {
        token: anna, idempotencyKey: newKey(), rawBody: JSON.stringify(bugRequest('JSON')), headers: { 'Content-Type': type },
      });
      expect(response.status, type).toBe(201);
    }
    for (const type of ['application/json; charset=iso-8859-1', 'application/jsonp', 'application/json-patch+json', 'text/json']) {
      const response = await call(portal, 'POST', '/requests', {
        token: anna, idempotencyKey: newKey(), rawBody: JSON.stringify(bugRequest('JSON')), headers: { 'Content-Type': type },
      });
      expect(response.status, type).toBe(415);
    }
  });

  it('count feedback sent as JSON, so the state compared above would have shown it', async () => {
    const before = await state();
    const response = await call(portal, 'POST', '/articles/drucken/feedback', { token: anna, body: { terms: ['ausdruck'], kind: 'solved' } });
    expect(response.status).toBe(204);
    expect((await state()).articles).not.toBe(before.articles);
  });

  it('are checked before the size: an oversized text/plain body is a 415, not a 413', async () => {
    const response = await call(portal, 'POST', '/requests', {
      token: null, rawBody: 'x'.repeat(2 * 1024 * 1024), headers: { 'Content-Type': 'text/plain' },
    });
    expect(response.status).toBe(415);
  });

  it('leave methods without an endpoint a 404', async () => {
    const response = await call<Problem>(portal, 'DELETE', '/requests/MED-21', { token: anna, rawBody: '{}', headers: { 'Content-Type': 'text/plain' } });
    expect(response.status).toBe(404);
  });

  it('leave uploads to their own rule: multipart is accepted there', async () => {
    const form = new FormData();
    form.append('file', new Blob(['Protokoll\n']), 'log.txt');
    for (const token of [null, anna]) {
      const response = await call<UploadedAttachment>(portal, 'POST', '/attachments', { token, rawBody: form });
      expect(response.status).toBe(201);
    }
  });
});
