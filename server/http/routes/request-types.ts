import { Hono } from 'hono';
import type { AppDeps, AppEnv } from '../env.js';
import { jsonWithEtag, type Caching } from '../etag.js';
import { authenticate } from '../middleware/auth.js';
import { vary } from '../middleware/cors.js';

const CACHING: Caching = { cacheControl: 'no-cache', vary: vary('Accept-Language') };

/** Public, so visitors without a token can pick a category too. */
export function requestTypeRoutes(deps: AppDeps) {
  return new Hono<AppEnv>().get('/request-types', authenticate(deps, 'optional', false), async (c) => {
    return jsonWithEtag(c, JSON.stringify(await deps.store.listRequestTypes(c.get('locale'))), CACHING);
  });
}
