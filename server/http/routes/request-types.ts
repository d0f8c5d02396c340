import { Hono } from 'hono';
import type { AppDeps, AppEnv } from '../env.js';
import { jsonWithEtag } from '../etag.js';
import { authenticate } from '../middleware/auth.js';

/** Public, so visitors without a token can pick a category too. */
export function requestTypeRoutes(deps: AppDeps) {
  return new Hono<AppEnv>().get('/request-types', authenticate(deps, 'optional'), async (c) => {
    c.header('Vary', 'Accept-Language');
    c.header('Cache-Control', 'no-cache');
    return jsonWithEtag(c, JSON.stringify(await deps.store.listRequestTypes(c.get('locale'))));
  });
}
