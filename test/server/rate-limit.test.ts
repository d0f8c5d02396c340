import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Problem } from '../../src/api/contract.js';
import { createMemoryRateLimitStore, type RateLimitRule, type RateLimitStore } from '../../server/index.js';
import { bugRequest, call, newKey, startTestPortal, tokenFor, type TestPortal } from './helpers.js';

const portals: TestPortal[] = [];
afterEach(async () => {
  vi.useRealTimers();
  await Promise.all(portals.splice(0).map((portal) => portal.dispose()));
});

async function portalWith(options: Parameters<typeof startTestPortal>[0]): Promise<TestPortal> {
  const portal = await startTestPortal(options);
  portals.push(portal);
  return portal;
}

const write = async (portal: TestPortal, token: string) =>
  call<Problem>(portal, 'POST', '/requests', { token, idempotencyKey: newKey(), body: bugRequest('Limit') });

describe('the in-memory rate limit store', () => {
  const rule: RateLimitRule = { capacity: 3, windowMs: 60_000 };

  it('lets a key burst up to the capacity, then says how many whole seconds until the next token', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: 0 });
    const store = createMemoryRateLimitStore();
    expect(await Promise.all([1, 2, 3, 4].map(() => store.take('writes', 'a', rule)))).toEqual([0, 0, 0, 20]);
    vi.setSystemTime(15_000);
    expect(await store.take('writes', 'a', rule)).toBe(5);
    vi.setSystemTime(20_000);
    expect(await store.take('writes', 'a', rule)).toBe(0);
  });

  it('keeps keys and scopes apart', async () => {
    const store = createMemoryRateLimitStore();
    for (let i = 0; i < 3; i++) await store.take('writes', 'a', rule);
    expect(await store.take('writes', 'a', rule)).toBeGreaterThan(0);
    expect(await store.take('writes', 'b', rule)).toBe(0);
    expect(await store.take('registrations', 'a', rule)).toBe(0);
  });
});

describe('the portal counts its limits in the RateLimitStore it is given', () => {
  it('asks the store for every limit a write draws on, with the configured rule, and answers its wait as a 429', async () => {
    const asked: string[] = [];
    let wait = 0;
    const store: RateLimitStore = {
      take: async (scope, key, { capacity, windowMs }) => {
        asked.push(`${scope} ${key} ${capacity}/${windowMs / 1000}s`);
        return wait;
      },
    };
    const portal = await portalWith({ rateLimitStore: store, rateLimits: { userWritesPerMinute: 7, ipWritesPerMinute: 11, registrationsPerHour: 2 } });
    expect((await write(portal, await tokenFor('anna'))).status).toBe(201);
    expect(asked).toEqual(['ip-writes 127.0.0.1 11/60s', 'user-writes u-berger-anna 7/60s']);

    asked.length = 0;
    expect((await call(portal, 'POST', '/registrations', { body: { email: 'Neu@Example.com' } })).status).toBe(202);
    expect(asked).toEqual(['registrations-by-ip 127.0.0.1 2/3600s', 'registrations-by-email neu@example.com 2/3600s']);

    wait = 42;
    const limited = await write(portal, await tokenFor('anna'));
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('42');
    expect(limited.body.type).toMatch(/rate-limited$/);
  });

  it('holds one limit over two portal instances that share a store, where each would count alone by default', async () => {
    const limits = { userWritesPerMinute: 3, ipWritesPerMinute: 1000 };
    const anna = await tokenFor('anna');
    const shared = createMemoryRateLimitStore();
    const [a, b] = await Promise.all([portalWith({ rateLimits: limits, rateLimitStore: shared }), portalWith({ rateLimits: limits, rateLimitStore: shared })]);
    const statuses = [];
    for (const portal of [a, b, a, b]) statuses.push((await write(portal, anna)).status);
    expect(statuses).toEqual([201, 201, 201, 429]);

    const [c, d] = await Promise.all([portalWith({ rateLimits: limits }), portalWith({ rateLimits: limits })]);
    const separate = [];
    for (const portal of [c, d, c, d]) separate.push((await write(portal, anna)).status);
    expect(separate).toEqual([201, 201, 201, 201]);
  });
});
