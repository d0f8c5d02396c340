import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { jwtVerify } from 'jose';
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

/** The seeded people, and whoever completed a registration link in this demo run. */
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

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  try {
    const value: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/**
 * A registration link that is forged, meant for something else or older than its 24 hours. The host page tells the
 * person by this type, in its own words, and offers a new link; the detail is for developers.
 */
export const REGISTRATION_LINK_INVALID = 'urn:medsupport-demo:problem:registration-link-invalid';

/** The address a registration link's token proves, or null when the link cannot be used. */
async function registeredEmail(secret: Uint8Array, token: unknown): Promise<string | null> {
  try {
    const { payload } = await jwtVerify(String(token ?? ''), secret);
    return payload['purpose'] === 'registration' && typeof payload['email'] === 'string' ? payload['email'] : null;
  } catch {
    return null;
  }
}

const linkInvalid = (res: ServerResponse): void =>
  sendProblem(res, 400, 'Registration link invalid', 'The registration link is invalid or has expired (it is valid for 24 hours).', REGISTRATION_LINK_INVALID);

/**
 * `POST /demo/registrations/check` `{ token }`: whether the link can still be used, so the landing page asks for a
 * name only when registering can succeed. The token goes in the body, not the address, to stay out of logs.
 */
export function createRegistrationCheckHandler(jwtSecret: string) {
  const secret = new TextEncoder().encode(jwtSecret);
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const email = await registeredEmail(secret, (await readJson(req))['token']);
    if (email === null) return linkInvalid(res);
    sendJson(res, 200, { email });
  };
}

/**
 * The landing page of the portal's registration link (`?medsupport=register/<token>`), as a host backend would
 * implement it: the link's token proves the address, the person becomes a user of the practice they name, and from
 * then on the demo signs tokens for them. Their visitor requests become theirs when the widget first identifies them.
 */
export function createRegistrationHandler(jwtSecret: string) {
  const secret = new TextEncoder().encode(jwtSecret);
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const body = await readJson(req);
    const email = await registeredEmail(secret, body['token']);
    if (email === null) return linkInvalid(res);
    const org = Object.values(SEED_ORGANIZATIONS).find((o) => o.id === body['orgId']);
    const name = String(body['name'] ?? '').trim();
    if (!org || !name) return sendProblem(res, 422, 'Unprocessable Content', 'A name and one of the demo practices are needed.');
    const id = `u-reg-${createHash('sha256').update(email.toLowerCase()).digest('hex').slice(0, 12)}`;
    let user = DEMO_USERS.find((u) => u.id === id);
    if (!user) {
      user = { id, name, email, orgId: org.id, orgName: org.name };
      DEMO_USERS.push(user);
    }
    sendJson(res, 201, user);
  };
}
