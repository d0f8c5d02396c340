import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import type { IdempotencyStore } from '../store/portal-store.js';
import type { AppEnv } from './env.js';
import { idempotencyRef } from '../domain/idempotency-ref.js';
import { problems } from './problem.js';
import { requestHeader } from './request-header.js';

export interface JsonResult {
  status: 200 | 201;
  body: unknown;
}

const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

/** Key order must not matter: `{"a":1,"b":2}` and `{"b":2,"a":1}` are the same body. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function idempotencyKey(c: Context<AppEnv>): string {
  const key = requestHeader(c, 'idempotency-key');
  if (key === undefined) throw problems.badRequest('The Idempotency-Key header is required.', [{ field: 'Idempotency-Key', message: 'is required' }]);
  if (!KEY_PATTERN.test(key)) {
    throw problems.badRequest('The Idempotency-Key header must be 1–255 visible ASCII characters.', [{ field: 'Idempotency-Key', message: 'is invalid' }]);
  }
  return key;
}

/**
 * Runs `action` once per (scope, key), with the pair's ref. A retry with the same body replays the stored response; a different body
 * under the same key is a 409, as is a retry while the first attempt is still running. Failed attempts (any
 * thrown problem) release the key so the client can fix the body and retry with it.
 */
export async function idempotent(
  c: Context<AppEnv>,
  store: IdempotencyStore,
  scope: string,
  body: unknown,
  action: (ref: string) => Promise<JsonResult>,
): Promise<Response> {
  const key = idempotencyKey(c);
  const fingerprint = createHash('sha256').update(`${c.req.method} ${c.req.path}\n${canonical(body)}`).digest('base64url');
  const existing = await store.reserve(scope, key, fingerprint);
  if (existing) {
    if (existing.fingerprint !== fingerprint) {
      throw problems.conflict('idempotency-key-reused', 'This Idempotency-Key was already used with a different request body.');
    }
    if (existing.status === null || existing.body === null) {
      throw problems.conflict('idempotency-in-progress', 'A request with this Idempotency-Key is still being processed.', { 'retry-after': '1' });
    }
    c.header('Idempotent-Replayed', 'true');
    c.header('Content-Type', 'application/json; charset=UTF-8');
    return c.body(existing.body, existing.status as 200 | 201);
  }
  let result: JsonResult;
  try {
    result = await action(idempotencyRef(scope, key));
  } catch (error) {
    await store.release(scope, key);
    throw error;
  }
  const text = JSON.stringify(result.body);
  await store.complete(scope, key, result.status, text);
  c.header('Content-Type', 'application/json; charset=UTF-8');
  return c.body(text, result.status);
}
