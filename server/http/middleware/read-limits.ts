import type { MiddlewareHandler } from 'hono';
import type { AppDeps, AppEnv } from '../env.js';
import { enforce } from '../rate-limit.js';

/**
 * Per-user and per-practice limits for reads that reach JSM: every practice shares one service account's burst
 * budget there (FACTS §10), and a user flooding it would have every other practice's calls refused. The SQLite store
 * answers reads itself and is not limited. After `authenticate`; a caller without a user (the support console's
 * agent key) is not limited.
 */
export function limitBackendReads(deps: AppDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const user = c.get('user');
    if (deps.config.backend === 'jsm' && user) {
      await enforce(deps.limits.userReads, user.id);
      await enforce(deps.limits.practiceReads, user.orgId ?? user.id);
    }
    await next();
  };
}
