import type { MiddlewareHandler } from 'hono';

const ALLOW_METHODS = 'GET, POST, PATCH, OPTIONS';
const ALLOW_HEADERS = 'Authorization, Content-Type, Accept-Language, Idempotency-Key, If-None-Match';
const EXPOSE_HEADERS = 'ETag, Retry-After, Idempotent-Replayed, Content-Disposition';

/**
 * The widget runs on the host app's origin. Auth is a bearer token, not a cookie, so there is no credentials mode;
 * the widget must be able to read ETag and Retry-After. Hand-written rather than hono/cors because that one
 * touches the response before the handler runs, which forces @hono/node-server off its fast response path and
 * cost several times the whole request in the load test.
 */
export function portalCors(allowedOrigins: string[]): MiddlewareHandler {
  const anyOrigin = allowedOrigins.includes('*');
  return async (c, next) => {
    const origin = c.req.header('Origin');
    const allowed = origin !== undefined && (anyOrigin || allowedOrigins.includes(origin));
    if (c.req.method === 'OPTIONS' && c.req.header('Access-Control-Request-Method') !== undefined) {
      if (!allowed) return c.body(null, 204, { Vary: 'Origin' });
      return c.body(null, 204, {
        'Access-Control-Allow-Origin': origin,
        'Access-Control-Allow-Methods': ALLOW_METHODS,
        'Access-Control-Allow-Headers': ALLOW_HEADERS,
        'Access-Control-Max-Age': '600',
        Vary: 'Origin',
      });
    }
    await next();
    const headers = c.res.headers;
    headers.append('Vary', 'Origin');
    if (allowed) {
      headers.set('Access-Control-Allow-Origin', origin);
      headers.set('Access-Control-Expose-Headers', EXPOSE_HEADERS);
    }
  };
}
