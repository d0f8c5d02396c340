import { cors } from 'hono/cors';

/**
 * The widget runs on the host app's origin. Auth is a bearer token, not a cookie, so no credentials mode;
 * the widget must be able to read ETag and Retry-After.
 */
export function portalCors(allowedOrigins: string[]) {
  const anyOrigin = allowedOrigins.includes('*');
  return cors({
    origin: (origin) => (anyOrigin || allowedOrigins.includes(origin) ? origin : null),
    allowMethods: ['GET', 'POST', 'PATCH', 'OPTIONS'],
    allowHeaders: ['Authorization', 'Content-Type', 'Accept-Language', 'Idempotency-Key', 'If-None-Match'],
    exposeHeaders: ['ETag', 'Retry-After', 'Idempotent-Replayed', 'Content-Disposition'],
    maxAge: 600,
  });
}
