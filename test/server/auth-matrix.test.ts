import { SignJWT, UnsecuredJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RequestDetail, UploadedAttachment } from '../../src/api/contract.js';
import { DEMO_AGENT_KEY, DEMO_JWT_SECRET } from '../../server/index.js';
import { signToken } from '../../server/auth/tokens.js';
import { bugRequest, call, newKey, startTestPortal, tokenFor, type TestPortal } from './helpers.js';

/**
 * Every endpoint against every kind of caller. Request-scoped endpoints target a request of Praxis Dr. Berger,
 * so a valid token from Physiotherapie am See is the "other organisation" case and must see a 404.
 */
let portal: TestPortal;
let tokens: Record<'none' | 'malformed' | 'badSignature' | 'expired' | 'algNone' | 'missingOrg' | 'notAnAddress' | 'lineBreak' | 'otherOrg' | 'sameOrg', string | null>;
let attachmentId: string;

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

beforeAll(async () => {
  portal = await startTestPortal({ rateLimits: { registrationsPerHour: 100 } });
  const past = Math.floor(Date.now() / 1000) - 60;
  tokens = {
    none: null,
    malformed: 'not-a-jwt',
    badSignature: await tokenFor('anna', { secret: 'another-secret-that-is-long-enough-to-sign-with' }),
    expired: await tokenFor('anna', { exp: past }),
    algNone: new UnsecuredJWT({ sub: 'u-berger-anna', email: 'a@b.example', org: 'org-berger' }).setExpirationTime('1h').encode(),
    missingOrg: await new SignJWT({ sub: 'x', email: 'x@y.example' }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('1h')
      .sign(new TextEncoder().encode(DEMO_JWT_SECRET)),
    notAnAddress: await signToken(DEMO_JWT_SECRET, { sub: 'x', email: 'empfang praxis-see', org: 'org-see' }),
    lineBreak: await signToken(DEMO_JWT_SECRET, { sub: 'u-x\r\nu-y', email: 'x@y.example', org: 'org-see' }),
    otherOrg: await tokenFor('lena'),
    sameOrg: await tokenFor('markus'),
  };
  const form = new FormData();
  form.append('file', new Blob([PNG], { type: 'image/png' }), 'screenshot.png');
  const upload = await call<UploadedAttachment>(portal, 'POST', '/attachments', { token: await tokenFor('anna'), rawBody: form });
  attachmentId = upload.body.id;
  const created = await call<RequestDetail>(portal, 'POST', '/requests', {
    token: await tokenFor('anna'), idempotencyKey: newKey(), body: { ...bugRequest('Matrix-Anfrage'), attachments: [attachmentId] },
  });
  expect(created.status).toBe(201);
});
afterAll(() => portal.dispose());

type Caller = keyof typeof tokens;
const INVALID: Caller[] = ['malformed', 'badSignature', 'expired', 'algNone', 'missingOrg', 'notAnAddress', 'lineBreak'];

interface Endpoint {
  method: string;
  path: () => string;
  body?: () => unknown;
  form?: () => FormData;
  /** Expected status per caller; anything not listed is 401. */
  expect: Partial<Record<Caller, number>>;
}

const uploadForm = () => {
  const form = new FormData();
  form.append('file', new Blob([PNG]), 'x.png');
  return form;
};

const ENDPOINTS: Endpoint[] = [
  { method: 'GET', path: () => '/request-types', expect: { none: 200, otherOrg: 200, sameOrg: 200 } },
  { method: 'GET', path: () => '/articles', expect: { none: 200, otherOrg: 200, sameOrg: 200 } },
  { method: 'GET', path: () => '/articles/drucken', expect: { none: 200, otherOrg: 200, sameOrg: 200 } },
  { method: 'GET', path: () => '/requests?ownership=organization', expect: { otherOrg: 200, sameOrg: 200 } },
  { method: 'GET', path: () => '/requests/creators', expect: { otherOrg: 200, sameOrg: 200 } },
  { method: 'GET', path: () => '/requests/MED-21', expect: { otherOrg: 404, sameOrg: 200 } },
  { method: 'POST', path: () => '/requests', body: () => bugRequest('Neu'), expect: { otherOrg: 201, sameOrg: 201 } },
  { method: 'POST', path: () => '/requests/MED-21/comments', body: () => ({ body: 'Hallo' }), expect: { otherOrg: 404, sameOrg: 201 } },
  { method: 'GET', path: () => '/me', expect: { otherOrg: 200, sameOrg: 200 } },
  { method: 'PATCH', path: () => '/me', body: () => ({ notifyByEmail: true }), expect: { otherOrg: 200, sameOrg: 200 } },
  { method: 'POST', path: () => '/attachments', form: uploadForm, expect: { otherOrg: 201, sameOrg: 201 } },
  { method: 'GET', path: () => `/attachments/${attachmentId}`, expect: { otherOrg: 404, sameOrg: 200 } },
  { method: 'POST', path: () => '/registrations', body: () => ({ email: 'neu@example.com' }), expect: Object.fromEntries(
    (['none', ...INVALID, 'otherOrg', 'sameOrg'] as Caller[]).map((caller) => [caller, 202]),
  ) },
  { method: 'GET', path: () => '/agent/requests', expect: {} },
  { method: 'GET', path: () => '/agent/requests/MED-21', expect: {} },
  { method: 'POST', path: () => '/agent/requests/MED-21/comments', body: () => ({ body: 'x' }), expect: {} },
  { method: 'POST', path: () => '/agent/requests/MED-21/status', body: () => ({ status: 'in_progress' }), expect: {} },
];

describe('auth matrix', () => {
  for (const endpoint of ENDPOINTS) {
    it(`${endpoint.method} ${endpoint.path()}`, async () => {
      const seen: Record<string, number> = {};
      const wanted: Record<string, number> = {};
      for (const caller of Object.keys(tokens) as Caller[]) {
        const response = await call(portal, endpoint.method, endpoint.path(), {
          token: tokens[caller],
          idempotencyKey: newKey(),
          ...(endpoint.body ? { body: endpoint.body() } : {}),
          ...(endpoint.form ? { rawBody: endpoint.form() } : {}),
        });
        seen[caller] = response.status;
        wanted[caller] = endpoint.expect[caller] ?? 401;
        if (response.status === 401) expect(response.headers.get('content-type')).toContain('application/problem+json');
      }
      expect(seen).toEqual(wanted);
    });
  }

  it('agent endpoints accept the agent key and nothing else', async () => {
    for (const token of [DEMO_AGENT_KEY, `${DEMO_AGENT_KEY}x`, await tokenFor('anna')]) {
      const response = await call(portal, 'GET', '/agent/requests', { token });
      expect(response.status).toBe(token === DEMO_AGENT_KEY ? 200 : 401);
    }
  });

  it('the agent may download any attachment', async () => {
    const response = await call(portal, 'GET', `/attachments/${attachmentId}`, { token: DEMO_AGENT_KEY });
    expect(response.status).toBe(200);
  });

  it('refuses a token it accepted before once the token has expired', async () => {
    const token = await tokenFor('anna', { exp: Math.floor(Date.now() / 1000) + 60 });
    expect((await call(portal, 'GET', '/me', { token })).status).toBe(200);
    // Only the clock moves on: the server remembers verified tokens and must still check their expiry.
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 61_000 });
    try {
      expect((await call(portal, 'GET', '/me', { token })).status).toBe(401);
    } finally {
      vi.useRealTimers();
    }
  });

  it('never reveals whether a request of another organisation exists', async () => {
    const token = await tokenFor('lena');
    const existing = await call(portal, 'GET', '/requests/MED-21', { token });
    const missing = await call(portal, 'GET', '/requests/MED-99999', { token });
    expect(existing.status).toBe(404);
    expect(existing.text).toBe(missing.text);
  });
});
