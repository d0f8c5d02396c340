import { Hono } from 'hono';
import type { Me } from '../../../src/api/contract.js';
import type { UserRecord } from '../../store/portal-store.js';
import type { AppDeps, AppEnv } from '../env.js';
import { readJson } from '../json-body.js';
import { authenticate, currentUser } from '../middleware/auth.js';
import { limitWrites } from '../middleware/write-limits.js';
import { validateUpdateMe } from '../validation/simple-bodies.js';

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
    .get('/me', authenticate(deps, 'required'), (c) => {
      c.header('Cache-Control', 'private, no-store');
      return c.json(toMe(currentUser(c)));
    })
    .patch('/me', authenticate(deps, 'required'), limitWrites(deps), async (c) => {
      const patch = validateUpdateMe(await readJson(c));
      return c.json(toMe(await deps.store.updateUser(currentUser(c).id, patch)));
    });
}
