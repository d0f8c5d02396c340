import type { MiddlewareHandler } from 'hono';
import { localeFromAcceptLanguage } from '../../domain/locale.js';
import type { AppEnv } from '../env.js';

export function requestContext(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('locale', localeFromAcceptLanguage(c.req.header('Accept-Language')));
    c.set('user', null);
    await next();
  };
}
