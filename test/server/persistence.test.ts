import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Me, RequestDetail, RequestList } from '../../src/api/contract.js';
import { DEMO_AGENT_KEY, startPortal, type PortalHandle } from '../../server/index.js';
import { bugRequest, call, newKey, tokenFor } from './helpers.js';

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((dir) => fs.rm(dir, { recursive: true, force: true })));
});

async function start(dir: string): Promise<PortalHandle> {
  return startPortal({
    port: 0, dbPath: path.join(dir, 'portal.sqlite'), outboxDir: path.join(dir, 'outbox'), attachmentsDir: path.join(dir, 'att'),
    articlesDir: path.join(dir, 'none'), log: () => {}, env: {},
  });
}

describe('restart', () => {
  it('keeps requests, comments, profiles and idempotency keys, and does not seed twice', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'medsupport-restart-'));
    dirs.push(dir);
    const anna = await tokenFor('anna');
    const key = newKey();

    const first = await start(dir);
    const created = await call<RequestDetail>(first, 'POST', '/requests', { token: anna, idempotencyKey: key, body: bugRequest('Überlebt den Neustart') });
    await call(first, 'POST', `/agent/requests/${created.body.key}/comments`, { token: DEMO_AGENT_KEY, body: { body: 'Antwort' } });
    await call(first, 'PATCH', '/me', { token: anna, body: { locale: 'en' } });
    const before = await call<RequestList>(first, 'GET', '/requests?ownership=organization&status=all&limit=100', { token: anna });
    await first.close();

    const second = await start(dir);
    try {
      const detail = await call<RequestDetail>(second, 'GET', `/requests/${created.body.key}`, { token: anna });
      expect(detail.status).toBe(200);
      expect(detail.body.activity.map((a) => a.type)).toEqual(['created', 'comment']);
      expect((await call<Me>(second, 'GET', '/me', { token: anna })).body.locale).toBe('en');
      const after = await call<RequestList>(second, 'GET', '/requests?ownership=organization&status=all&limit=100', { token: anna });
      expect(after.body.items.map((i) => i.key)).toEqual(before.body.items.map((i) => i.key));
      const replay = await call<RequestDetail>(second, 'POST', '/requests', { token: anna, idempotencyKey: key, body: bugRequest('Überlebt den Neustart') });
      expect(replay.body.key).toBe(created.body.key);
      const next = await call<RequestDetail>(second, 'POST', '/requests', { token: anna, idempotencyKey: newKey(), body: bugRequest('Danach') });
      expect(Number(next.body.key.slice(4))).toBe(Number(created.body.key.slice(4)) + 1);
    } finally {
      await second.close();
    }
  });
});

describe('configuration', () => {
  it('refuses to start with the demo secret in production', async () => {
    await expect(startPortal({ port: 0, dbPath: ':memory:', production: true, log: () => {}, env: {} })).rejects.toThrow(/demo secret/);
  });

  it('refuses a JWT secret shorter than 32 characters', async () => {
    await expect(startPortal({ port: 0, dbPath: ':memory:', jwtSecret: 'short', log: () => {}, env: {} })).rejects.toThrow(/32 characters/);
  });

  it('logs its demo defaults clearly', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'medsupport-config-'));
    dirs.push(dir);
    const logs: string[] = [];
    const portal = await startPortal({ port: 0, dbPath: path.join(dir, 'db.sqlite'), outboxDir: path.join(dir, 'out'), articlesDir: dir, log: (l) => logs.push(l), env: {} });
    await portal.close();
    expect(logs.some((l) => l.includes('DEMO JWT secret'))).toBe(true);
    expect(logs.some((l) => l.includes('DEMO agent key'))).toBe(true);
  });
});
