import { createHash, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import type { UserRecord } from '../../store/portal-store.js';
import type { AppDeps, AppEnv } from '../env.js';
import { problems } from '../problem.js';
import { requestHeader } from '../request-header.js';

function bearer(header: string | undefined): string | null | undefined {
  if (header === undefined) return undefined;
  const match = /^Bearer[ ]+([^\s]+)\s*$/i.exec(header);
  return match ? (match[1] as string) : null;
}

/**
 * `required`: 401 without a valid token. `optional`: no Authorization header means a visitor (user = null),
 * but a token that is present and invalid is still a 401, so the widget learns its session expired. `backend`: the
 * route reaches the backend for the user, who must be ready there first (see `PortalStore.identify`).
 */
export function authenticate(deps: AppDeps, mode: 'required' | 'optional', backend = true): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = bearer(requestHeader(c, 'authorization'));
    if (token === undefined && mode === 'optional') return next();
    if (!token) throw problems.unauthorized();
    const identity = await deps.verifyToken(token);
    if (!identity) throw problems.unauthorized('The bearer token is malformed, wrongly signed or expired.');
    c.set('user', await deps.store.identify(identity, c.get('locale'), backend));
    await next();
  };
}

const digest = (value: string) => createHash('sha256').update(value).digest();

export function isAgentKey(header: string | undefined, agentKey: string): boolean {
  const token = bearer(header);
  return !!token && timingSafeEqual(digest(token), digest(agentKey));
}

export function requireAgent(agentKey: string): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!isAgentKey(requestHeader(c, 'authorization'), agentKey)) throw problems.unauthorized('The support agent key is required.');
    await next();
  };
}

/** The identified caller behind `authenticate(deps, 'required')`; identified users always belong to a practice. */
export function currentUser(c: Context<AppEnv>): UserRecord & { orgId: string } {
  const user = c.get('user');
  if (!user || user.orgId === null) throw problems.unauthorized();
  return user as UserRecord & { orgId: string };
}
