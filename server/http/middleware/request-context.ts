import { getConnInfo } from '@hono/node-server/conninfo';
import type { MiddlewareHandler } from 'hono';
import { localeFromAcceptLanguage } from '../../domain/locale.js';
import type { AppEnv } from '../env.js';

function clientIp(c: Parameters<MiddlewareHandler<AppEnv>>[0]): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // Outside @hono/node-server (e.g. app.request in a test) there is no socket.
    return 'unknown';
  }
}

export function requestContext(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('locale', localeFromAcceptLanguage(c.req.header('Accept-Language')));
    c.set('clientIp', clientIp(c));
    c.set('user', null);
    await next();
  };
}
