import type { IncomingMessage, ServerResponse } from 'node:http';
import { SEED_ORGANIZATIONS, SEED_USERS, signToken } from '../../server/index.js';
import { sendJson, sendProblem } from './http.js';

/** One seeded person as the demo's user switcher shows them. */
export interface DemoUser {
  id: string;
  name: string;
  email: string;
  orgId: string;
  orgName: string;
}

const orgName = (orgId: string): string => Object.values(SEED_ORGANIZATIONS).find((o) => o.id === orgId)?.name ?? orgId;

export const DEMO_USERS: DemoUser[] = Object.values(SEED_USERS).map((u) => ({
  id: u.id,
  name: u.name,
  email: u.email,
  orgId: u.orgId,
  orgName: orgName(u.orgId),
}));

export function listUsers(_req: IncomingMessage, res: ServerResponse): void {
  sendJson(res, 200, DEMO_USERS);
}

/**
 * What a real host backend does for its signed-in user: sign a short-lived portal token with the shared secret.
 * Here the "signed-in user" is whoever the demo's switcher names, and only seeded users can be named.
 */
export function createTokenHandler(jwtSecret: string) {
  return async (_req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    const user = DEMO_USERS.find((u) => u.id === url.searchParams.get('user'));
    if (!user) return sendProblem(res, 404, 'Not Found', 'No seeded user with this id.');
    const token = await signToken(jwtSecret, { sub: user.id, email: user.email, name: user.name, org: user.orgId, org_name: user.orgName });
    sendJson(res, 200, { token });
  };
}
