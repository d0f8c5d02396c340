import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Me, Problem } from '../../src/api/contract.js';
import { call, newKey, startTestPortal, tokenFor, type TestPortal } from './helpers.js';

// Found by attacking a running portal: input a client never sends, but an attacker can.

let portal: TestPortal;
let anna: string;

beforeAll(async () => {
  portal = await startTestPortal({ rateLimits: { userWritesPerMinute: 100_000, ipWritesPerMinute: 100_000 } });
  anna = await tokenFor('anna');
});
afterAll(() => portal.dispose());

const json = (raw: string) => ({ token: anna, rawBody: raw, idempotencyKey: newKey(), headers: { 'Content-Type': 'application/json' } });

describe('unpaired surrogates ("\\ud800" in JSON)', () => {
  it('are a 422 naming every field, not a summary 300 U+FFFD long past the 255-character limit', async () => {
    const lone = '\\ud800'.repeat(300);
    const response = await call<Problem>(portal, 'POST', '/requests', json(
      `{"requestTypeId":"rt-bug","fields":{"summary":"${lone}","description":"ok \\udc00"},"context":{"screen":"\\ud83d"}}`,
    ));
    expect(response.status).toBe(422);
    expect(response.body.errors?.map((e) => e.field).sort()).toEqual(['context.screen', 'fields.description', 'fields.summary']);
  });

  it('are refused in a name too, while a real emoji (a whole pair) is one character', async () => {
    const refused = await call<Problem>(portal, 'PATCH', '/me', { ...json(`{"name":"${'\\udbff'.repeat(500)}"}`), idempotencyKey: undefined });
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toEqual([{ field: 'name', message: expect.stringContaining('surrogate') }]);
    const emoji = await call<Me>(portal, 'PATCH', '/me', { token: anna, body: { name: `Anna ${'😀'.repeat(95)}` } });
    expect(emoji.status).toBe(200);
    expect(emoji.body.name).toBe(`Anna ${'😀'.repeat(95)}`);
  });
});

describe('deeply nested JSON', () => {
  it('is a 422 naming where, never a 500 from a stack overflow', async () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const create = await call<Problem>(portal, 'POST', '/requests', json(`{"requestTypeId":"rt-bug","fields":{"summary":"s"},"context":{"extra":{"a":${deep}}}}`));
    expect(create.status).toBe(422);
    expect(create.body.errors).toEqual([{ field: 'context.extra', message: 'nests more than 64 levels deep' }]);
    for (const path of ['/requests', '/requests/MED-2/comments', '/articles/drucken/feedback']) {
      expect((await call(portal, 'POST', path, json(deep))).status, path).toBe(422);
    }
    expect(portal.logs.filter((line) => line.startsWith('error:'))).toEqual([]);
  });

  it('within the limit is accepted in context.extra', async () => {
    const nested = `${'{"a":'.repeat(60)}1${'}'.repeat(60)}`;
    const response = await call(portal, 'POST', '/requests', json(`{"requestTypeId":"rt-bug","fields":{"summary":"tief"},"context":{"extra":${nested}}}`));
    expect(response.status).toBe(201);
  });
});
