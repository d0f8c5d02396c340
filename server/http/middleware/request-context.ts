import type { MiddlewareHandler } from 'hono';
import { localeFromAcceptLanguage } from '../../domain/locale.js';
import type { AppEnv } from '../env.js';
import { requestHeader } from '../request-header.js';

export function requestContext(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('locale', localeFromAcceptLanguage(requestHeader(c, 'accept-language')));
    c.set('user', null);
    await next();
  };
}
