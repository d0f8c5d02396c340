import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/** The socket's peer address; only writes need it (rate limits, visitor scopes), so it is looked up on demand. */
export function clientIp(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // Outside @hono/node-server (e.g. app.request in a test) there is no socket.
    return 'unknown';
  }
}

/** The caller, for scoping idempotency keys and temporary uploads: the user, or for visitors the address they come from. */
export const callerScope = (userId: string | null, ip: string) => (userId ? `user:${userId}` : `ip:${ip}`);
