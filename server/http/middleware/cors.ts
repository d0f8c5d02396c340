import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env.js';
import { requestHeader } from '../request-header.js';

const ALLOW_METHODS = 'GET, POST, PUT, PATCH, OPTIONS';
const ALLOW_HEADERS = 'Authorization, Content-Type, Accept-Language, Idempotency-Key, If-None-Match';
const EXPOSE_HEADERS = 'ETag, Retry-After, Idempotent-Replayed, Content-Disposition';

/**
 * The widget runs on the host app's origin. Auth is a bearer token, not a cookie, so there is no credentials mode;
 * the widget must be able to read ETag and Retry-After.
 *
 * The headers go on Node's response before the handler runs, so every answer carries them, errors included, and no
 * handler's response is touched afterwards: reading `c.res.headers` turns node-server's plain header object into a
 * fetch `Headers` and back, a measurable share of a list request's CPU in the load test. Node replaces a header the
 * handler sets again, so an answer that varies by more than the origin names Origin in its own Vary ({@link vary}).
 */
export function portalCors(allowedOrigins: string[]): MiddlewareHandler<AppEnv> {
  const anyOrigin = allowedOrigins.includes('*');
  return async (c, next) => {
    const origin = requestHeader(c, 'origin');
    const response = c.env.outgoing;
    response.setHeader('Vary', 'Origin');
    const allowed = origin !== undefined && (anyOrigin || allowedOrigins.includes(origin));
    if (allowed) response.setHeader('Access-Control-Allow-Origin', origin);
    if (c.req.method === 'OPTIONS' && requestHeader(c, 'access-control-request-method') !== undefined) {
      if (!allowed) return c.body(null, 204);
      return c.body(null, 204, {
        'Access-Control-Allow-Methods': ALLOW_METHODS,
        'Access-Control-Allow-Headers': ALLOW_HEADERS,
        'Access-Control-Max-Age': '600',
      });
    }
    if (allowed) response.setHeader('Access-Control-Expose-Headers', EXPOSE_HEADERS);
    await next();
  };
}

/** The Vary header of an answer that also depends on these request headers. */
export function vary(...headers: string[]): string {
  return [...headers, 'Origin'].join(', ');
}
