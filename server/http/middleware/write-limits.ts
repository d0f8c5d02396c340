import type { MiddlewareHandler } from 'hono';
import { clientIp } from '../client-ip.js';
import type { AppDeps, AppEnv } from '../env.js';
import { enforce, type TokenBuckets } from '../rate-limit.js';

/** Per-IP and per-user limits for writes; visitors without a token draw from `visitorBuckets` instead of a user's. */
export function limitWrites(deps: AppDeps, visitorBuckets?: TokenBuckets): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const ip = clientIp(c);
    enforce(deps.limits.ipWrites, ip);
    const user = c.get('user');
    if (user) enforce(deps.limits.userWrites, user.id);
    else if (visitorBuckets) enforce(visitorBuckets, ip);
    await next();
  };
}
