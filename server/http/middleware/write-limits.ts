import type { MiddlewareHandler } from 'hono';
import { clientIp } from '../client-ip.js';
import type { AppDeps, AppEnv } from '../env.js';
import { enforce, type RateLimiter } from '../rate-limit.js';

/** Per-IP and per-user limits for writes; visitors without a token draw from `visitorLimit` instead of a user's. */
export function limitWrites(deps: AppDeps, visitorLimit?: RateLimiter): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const ip = clientIp(c);
    await enforce(deps.limits.ipWrites, ip);
    const user = c.get('user');
    if (user) await enforce(deps.limits.userWrites, user.id);
    else if (visitorLimit) await enforce(visitorLimit, ip);
    await next();
  };
}
