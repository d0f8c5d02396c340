import type { Context } from 'hono';
import type { AppEnv } from '../env.js';
import { problems } from '../problem.js';
import { requestHeader } from '../request-header.js';

/** `application/json`, optionally with `charset=utf-8` (JSON is UTF-8 by definition, RFC 8259). */
const JSON_TYPE = /^application\/json[ \t]*(?:;[ \t]*charset[ \t]*=[ \t]*(?:utf-8|"utf-8")[ \t]*)?$/i;

export function isJsonContentType(value: string | undefined): boolean {
  return value !== undefined && JSON_TYPE.test(value.trim());
}

/**
 * Refuses a write whose body is not declared as JSON, before anything reads it. Browsers send `text/plain`,
 * `application/x-www-form-urlencoded` and `multipart/form-data` from any page without a CORS preflight; insisting on
 * `application/json` makes every cross-site write preflighted, so the CORS allowlist decides, also for visitors who
 * need no token. A missing Content-Type is refused too: the body's meaning must not be guessed.
 */
export function assertJsonBody(c: Context<AppEnv>): void {
  if (isJsonContentType(requestHeader(c, 'content-type'))) return;
  throw problems.unsupportedMediaType('Send the body as application/json (charset, if given, utf-8).', {
    [c.req.method === 'POST' ? 'accept-post' : 'accept-patch']: 'application/json',
  });
}
