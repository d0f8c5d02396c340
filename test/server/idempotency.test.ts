import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActivityItem, Problem, RequestDetail, RequestList } from '../../src/api/contract.js';
import { bugRequest, call, newKey, outbox, startTestPortal, tokenFor, type TestPortal } from './helpers.js';

let portal: TestPortal;
let anna: string;
let markus: string;

beforeAll(async () => {
  portal = await startTestPortal();
  [anna, markus] = await Promise.all([tokenFor('anna'), tokenFor('markus')]);
});
afterAll(() => portal.dispose());

const count = async (token: string) =>
  (await call<RequestList>(portal, 'GET', '/requests?status=all&limit=100', { token })).body.items.length;

describe('Idempotency-Key on POST /requests', () => {
  it('is required', async () => {
    const response = await call<Problem>(portal, 'POST', '/requests', { token: anna, body: bugRequest('ohne Schlüssel') });
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.field).toBe('Idempotency-Key');
  });

  it('rejects keys that are too long or not printable ASCII', async () => {
    for (const key of ['x'.repeat(256), 'ä-key', 'with space']) {
      const response = await call(portal, 'POST', '/requests', { token: anna, body: bugRequest('x'), headers: { 'Idempotency-Key': key } });
      expect(response.status, key).toBe(400);
    }
  });

  it('same key and same body: the same response, nothing new created, one confirmation mail', async () => {
    const key = newKey();
    const before = await count(anna);
    const first = await call<RequestDetail>(portal, 'POST', '/requests', { token: anna, idempotencyKey: key, body: bugRequest('Einmal') });
    // Key order differs; the body is the same.
    const second = await call<RequestDetail>(portal, 'POST', '/requests', {
      token: anna, idempotencyKey: key, body: { fields: { description: 'Beschreibung', summary: 'Einmal' }, requestTypeId: 'rt-bug' },
    });
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.text).toBe(first.text);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(await count(anna)).toBe(before + 1);
    const mails = await outbox(portal, 'confirmation');
    expect(mails.filter((m) => m.name.endsWith(`-${first.body.key}.eml`))).toHaveLength(1);
  });

  it('same key and a different body: 409, nothing created', async () => {
    const key = newKey();
    await call(portal, 'POST', '/requests', { token: anna, idempotencyKey: key, body: bugRequest('Original') });
    const before = await count(anna);
    const conflict = await call<Problem>(portal, 'POST', '/requests', { token: anna, idempotencyKey: key, body: bugRequest('Anders') });
    expect(conflict.status).toBe(409);
    expect(conflict.body.type).toContain('idempotency-key-reused');
    expect(await count(anna)).toBe(before);
  });

  it('keys are scoped per user: another user may use the same key', async () => {
    const key = newKey();
    const a = await call<RequestDetail>(portal, 'POST', '/requests', { token: anna, idempotencyKey: key, body: bugRequest('Gleicher Schlüssel') });
    const m = await call<RequestDetail>(portal, 'POST', '/requests', { token: markus, idempotencyKey: key, body: bugRequest('Gleicher Schlüssel') });
    expect(a.status).toBe(201);
    expect(m.status).toBe(201);
    expect(m.body.key).not.toBe(a.body.key);
    expect(m.body.createdBy.id).toBe('u-berger-markus');
  });

  it('a failed attempt does not burn the key: fix the body and retry with it', async () => {
    const key = newKey();
    const invalid = await call(portal, 'POST', '/requests', { token: anna, idempotencyKey: key, body: bugRequest('') });
    expect(invalid.status).toBe(422);
    const fixed = await call(portal, 'POST', '/requests', { token: anna, idempotencyKey: key, body: bugRequest('Jetzt richtig') });
    expect(fixed.status).toBe(201);
  });

  it('concurrent retries with one key create exactly one request', async () => {
    const key = newKey();
    const before = await count(anna);
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => call<RequestDetail>(portal, 'POST', '/requests', { token: anna, idempotencyKey: key, body: bugRequest('Parallel') })),
    );
    expect(await count(anna)).toBe(before + 1);
    const created = responses.filter((r) => r.status === 201);
    expect(created.length).toBeGreaterThanOrEqual(1);
    expect(new Set(created.map((r) => r.body.key)).size).toBe(1);
    expect(responses.every((r) => r.status === 201 || r.status === 409)).toBe(true);
  });
});

describe('Idempotency-Key on POST /requests/:key/comments', () => {
  it('replays the same comment and refuses a different body', async () => {
    const created = await call<RequestDetail>(portal, 'POST', '/requests', { token: anna, idempotencyKey: newKey(), body: bugRequest('Für Kommentare') });
    const path = `/requests/${created.body.key}/comments`;
    const key = newKey();
    const first = await call<ActivityItem>(portal, 'POST', path, { token: anna, idempotencyKey: key, body: { body: 'Einmal' } });
    const again = await call<ActivityItem>(portal, 'POST', path, { token: anna, idempotencyKey: key, body: { body: 'Einmal' } });
    const other = await call(portal, 'POST', path, { token: anna, idempotencyKey: key, body: { body: 'Zweimal' } });
    expect(first.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(other.status).toBe(409);
    const detail = await call<RequestDetail>(portal, 'GET', `/requests/${created.body.key}`, { token: anna });
    expect(detail.body.activity.filter((a) => a.type === 'comment')).toHaveLength(1);
  });

  it('a key used for a request cannot be reused for a comment', async () => {
    const key = newKey();
    const created = await call<RequestDetail>(portal, 'POST', '/requests', { token: anna, idempotencyKey: key, body: bugRequest('Schlüssel') });
    const comment = await call(portal, 'POST', `/requests/${created.body.key}/comments`, { token: anna, idempotencyKey: key, body: { body: 'x' } });
    expect(comment.status).toBe(409);
  });

  it('is required for comments too', async () => {
    const response = await call(portal, 'POST', '/requests/MED-1/comments', { token: anna, body: { body: 'x' } });
    expect(response.status).toBe(400);
  });
});
