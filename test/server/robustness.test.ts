import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Problem } from '../../src/api/contract.js';
import { DEMO_AGENT_KEY } from '../../server/index.js';
import { bugRequest, call, newKey, startTestPortal, tokenFor, type TestPortal } from './helpers.js';

let portal: TestPortal;
let anna: string;

beforeAll(async () => {
  portal = await startTestPortal({ rateLimits: { userWritesPerMinute: 100_000, ipWritesPerMinute: 100_000, registrationsPerHour: 100_000 } });
  anna = await tokenFor('anna');
});
afterAll(() => portal.dispose());

const WRITES: { method: string; path: string; token: () => string }[] = [
  { method: 'POST', path: '/requests', token: () => anna },
  { method: 'POST', path: '/requests/MED-1/comments', token: () => anna },
  { method: 'PATCH', path: '/me', token: () => anna },
  { method: 'POST', path: '/registrations', token: () => anna },
  { method: 'POST', path: '/agent/requests/MED-1/comments', token: () => DEMO_AGENT_KEY },
  { method: 'POST', path: '/agent/requests/MED-1/status', token: () => DEMO_AGENT_KEY },
];

describe('malformed input never causes a 5xx', () => {
  it.each(WRITES)('$method $path: malformed JSON is a 400 problem', async ({ method, path, token }) => {
    for (const raw of ['{', '', 'null x', '\u0000', '{"a":}', "{'a':1}"]) {
      const response = await call<Problem>(portal, method, path, { token: token(), rawBody: raw, idempotencyKey: newKey(), headers: { 'Content-Type': 'application/json' } });
      expect(response.status, JSON.stringify(raw)).toBe(400);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
    }
  });

  it.each(WRITES)('$method $path: arbitrary JSON values are 4xx', async ({ method, path, token }) => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 3 }), async (value) => {
        const response = await call(portal, method, path, { token: token(), body: value, idempotencyKey: newKey() });
        return response.status < 500;
      }),
      { numRuns: 40 },
    );
  }, 30_000);

  it('POST /requests: near-valid bodies with wrong types are 422, never 5xx', async () => {
    const anything = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.string()), fc.object());
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          requestTypeId: fc.oneof(fc.constantFrom('rt-bug', 'rt-support', 'rt-billing'), anything),
          fields: fc.oneof(fc.dictionary(fc.constantFrom('summary', 'description', 'area', 'licencesWanted', 'x'), anything), anything),
          context: fc.option(fc.oneof(fc.dictionary(fc.constantFrom('pageUrl', 'extra', 'locale'), anything), anything)),
          attachments: fc.option(fc.oneof(fc.array(anything), anything)),
        }, { requiredKeys: [] }),
        async (body) => {
          const response = await call(portal, 'POST', '/requests', { token: anna, body, idempotencyKey: newKey() });
          return [201, 422].includes(response.status);
        },
      ),
      { numRuns: 150 },
    );
  }, 30_000);

  it('GET /requests: arbitrary query strings are 200 or 422', async () => {
    const param = fc.tuple(fc.constantFrom('ownership', 'status', 'sort', 'limit', 'cursor', 'q', 'requestType', 'createdBy', 'x'), fc.string());
    await fc.assert(
      fc.asyncProperty(fc.array(param, { maxLength: 5 }), async (params) => {
        const query = new URLSearchParams(params).toString();
        const response = await call(portal, 'GET', `/requests?${query}`, { token: anna });
        return [200, 422].includes(response.status);
      }),
      { numRuns: 150 },
    );
  }, 30_000);

  it('odd paths, keys and headers are 4xx', async () => {
    const cases: [string, string, Record<string, string>][] = [
      ['GET', '/requests/%E0%A4%A', {}],
      ['GET', `/requests/${'9'.repeat(400)}`, {}],
      ['GET', '/articles/..%2F..%2Fpackage.json', {}],
      ['GET', '/attachments/..%2F..%2Fportal.sqlite', {}],
      ['GET', '/nope', {}],
      ['DELETE', '/requests/MED-1', {}],
      ['GET', '/requests', { 'Accept-Language': ';;;q=abc,,' }],
      ['GET', '/requests', { Authorization: 'Bearer' }],
      ['GET', '/requests', { Authorization: 'Basic dXNlcjpwYXNz' }],
    ];
    for (const [method, path, headers] of cases) {
      const response = await call(portal, method, path, { token: headers.Authorization ? null : anna, headers });
      expect(response.status, `${method} ${path}`).toBeLessThan(500);
    }
  });

  it('invalid UTF-8 in a body is handled', async () => {
    const response = await call(portal, 'POST', '/requests', {
      token: anna, idempotencyKey: newKey(), rawBody: new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]), headers: { 'Content-Type': 'application/json' },
    });
    expect(response.status).toBeLessThan(500);
  });

  it('attachments: non-multipart bodies are 4xx', async () => {
    for (const [raw, type] of [['{}', 'application/json'], ['--x\r\n', 'multipart/form-data; boundary=x'], ['', 'multipart/form-data']]) {
      const response = await call(portal, 'POST', '/attachments', { token: anna, rawBody: raw, headers: { 'Content-Type': type! } });
      expect(response.status, type).toBeGreaterThanOrEqual(400);
      expect(response.status, type).toBeLessThan(500);
    }
  });
});

describe('server errors', () => {
  it('none were logged while fuzzing', () => {
    expect(portal.logs.filter((line) => line.startsWith('error:') || / 5\d\d [\d.]+ms$/.test(line))).toEqual([]);
  });
});

describe('CORS', () => {
  it('answers the preflight of an allowed origin with the headers the widget needs', async () => {
    const response = await fetch(`${portal.apiUrl}/requests`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://host.example',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization,content-type,idempotency-key,if-none-match',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('http://host.example');
    const allowed = response.headers.get('access-control-allow-headers')!.toLowerCase();
    for (const header of ['authorization', 'idempotency-key', 'if-none-match', 'content-type']) expect(allowed).toContain(header);
  });

  it('exposes ETag and Retry-After on actual responses', async () => {
    const response = await fetch(`${portal.apiUrl}/articles`, { headers: { Origin: 'http://host.example' } });
    expect(response.headers.get('access-control-allow-origin')).toBe('http://host.example');
    const exposed = response.headers.get('access-control-expose-headers')!.toLowerCase();
    expect(exposed).toContain('etag');
    expect(exposed).toContain('retry-after');
  });

  it('does not allow other origins', async () => {
    const response = await fetch(`${portal.apiUrl}/articles`, { headers: { Origin: 'http://evil.example' } });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('varies every answer by Origin, besides what the answer itself varies by', async () => {
    const origin = { Origin: 'http://host.example' };
    const list = await call(portal, 'GET', '/requests', { token: anna, headers: origin });
    expect(list.headers.get('vary')).toMatch(/^(?=.*\bOrigin\b)(?=.*\bAuthorization\b)(?=.*\bAccept-Language\b)/);
    const types = await fetch(`${portal.apiUrl}/request-types`, { headers: origin });
    expect(types.headers.get('vary')).toMatch(/^(?=.*\bOrigin\b)(?=.*\bAccept-Language\b)/);
    const missing = await call(portal, 'GET', '/requests/MED-999999', { token: anna, headers: origin });
    expect(missing.status).toBe(404);
    expect(missing.headers.get('vary')).toBe('Origin');
    expect(missing.headers.get('access-control-allow-origin')).toBe('http://host.example');
  });
});

describe('request log', () => {
  it('writes method, path, status and duration, never tokens, queries or bodies', async () => {
    await call(portal, 'GET', '/requests?q=geheimer-suchbegriff', { token: anna });
    await call(portal, 'POST', '/requests', { token: anna, idempotencyKey: newKey(), body: bugRequest('Vertraulicher Inhalt') });
    const lines = portal.logs.filter((l) => /^(GET|POST|PATCH|OPTIONS|DELETE) /.test(l));
    expect(lines).toContain(lines.find((l) => /^GET \/api\/portal\/v1\/requests 200 \d+\.\dms$/.test(l)));
    const all = portal.logs.join('\n');
    expect(all).not.toContain(anna);
    expect(all).not.toContain(anna.split('.')[1]);
    expect(all).not.toContain('geheimer-suchbegriff');
    expect(all).not.toContain('Vertraulicher Inhalt');
  });
});

describe('rate limits', () => {
  it('answer 429 with Retry-After per user and per IP', async () => {
    const limited = await startTestPortal({ rateLimits: { userWritesPerMinute: 3, ipWritesPerMinute: 5 } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) {
        statuses.push((await call(limited, 'PATCH', '/me', { token: anna, body: { notifyByEmail: true } })).status);
      }
      expect(statuses).toEqual([200, 200, 200, 429]);
      const blocked = await call<Problem>(limited, 'PATCH', '/me', { token: anna, body: {} });
      expect(blocked.status).toBe(429);
      expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(blocked.body.type).toContain('rate-limited');
      // Another user from the same address: the per-IP bucket (5) is nearly spent by now.
      const markus = await tokenFor('markus');
      const other = [await call(limited, 'PATCH', '/me', { token: markus, body: {} }), await call(limited, 'PATCH', '/me', { token: markus, body: {} })];
      expect(other.map((r) => r.status)).toContain(429);
      // Reads are not limited.
      expect((await call(limited, 'GET', '/me', { token: anna })).status).toBe(200);
    } finally {
      await limited.dispose();
    }
  });
});
