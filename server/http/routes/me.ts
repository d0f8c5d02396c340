import { Hono } from 'hono';
import type { Me, ReadMark } from '../../../src/api/contract.js';
import type { UserRecord } from '../../store/portal-store.js';
import type { AppDeps, AppEnv } from '../env.js';
import { jsonWithEtag, type Caching } from '../etag.js';
import { readJson } from '../json-body.js';
import { authenticate, currentUser } from '../middleware/auth.js';
import { limitWrites } from '../middleware/write-limits.js';
import { vary } from '../middleware/cors.js';
import { validateReadMark, validateUpdateMe } from '../validation/simple-bodies.js';

/** The unread poll revalidates these every interval: a 304 costs one local query and a hash, never the backend. */
const READS: Caching = { cacheControl: 'private, no-cache', vary: vary('Authorization') };

function toMe(user: UserRecord): Me {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    organization: { id: user.orgId ?? '', name: user.orgName ?? user.orgId ?? '' },
    locale: user.locale,
    notifyByEmail: user.notifyByEmail,
  };
}

export function meRoutes(deps: AppDeps) {
  return new Hono<AppEnv>()
    .get('/me', authenticate(deps, 'required', false), (c) => {
      c.header('Cache-Control', 'private, no-store');
      // Never stored, but named as user data is, for a cache that ignores no-store.
      c.header('Vary', vary('Authorization', 'Accept-Language'));
      return c.json(toMe(currentUser(c)));
    })
    .patch('/me', authenticate(deps, 'required', false), limitWrites(deps), async (c) => {
      const patch = validateUpdateMe(await readJson(c));
      return c.json(toMe(await deps.store.updateUser(currentUser(c).id, patch)));
    })
    .get('/me/reads', authenticate(deps, 'required', false), async (c) => {
      return jsonWithEtag(c, JSON.stringify(await deps.store.readMarks(currentUser(c).id)), READS);
    })
    // Idempotent and not sent with an Idempotency-Key: the same mark twice changes nothing.
    .put('/requests/:key/read', authenticate(deps, 'required', false), limitWrites(deps), async (c) => {
      const mark = validateReadMark(c.req.param('key'), await readJson(c), Date.now());
      const at = await deps.store.markRead(currentUser(c).id, mark.key, mark.at);
      c.header('Cache-Control', 'no-store');
      return c.json({ key: mark.key, at } satisfies ReadMark);
    });
}
