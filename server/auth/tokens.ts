import { SignJWT, errors, jwtVerify } from 'jose';

/** The claims the host app's backend puts into a portal token. */
export interface PortalTokenClaims {
  sub: string;
  email: string;
  name?: string;
  org: string;
  org_name?: string;
  /** Seconds since the epoch; defaults to one hour from now when signing. */
  exp?: number;
}

export interface VerifiedIdentity {
  userId: string;
  email: string;
  name: string;
  orgId: string;
  orgName: string;
}

const encoder = new TextEncoder();
const MAX_CLAIM_LENGTH = 200;
// No id is written with one; a name may hold a line break (a practice's name from an address field).
const CONTROL = /[\u0000-\u001f\u007f]/;
// An address as far as a token must be one: lenient on the domain (a host's test users may be at "localhost").
const ADDRESS = /^[^\s@]+@[^\s@]+$/;

/** Signs an HS256 portal token, as the host app's backend would (used by the demo backend and the tests). */
export async function signToken(secret: string, claims: PortalTokenClaims): Promise<string> {
  const { exp, ...rest } = claims;
  return new SignJWT({ ...rest })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuedAt()
    .setExpirationTime(exp ?? Math.floor(Date.now() / 1000) + 3600)
    .sign(encoder.encode(secret));
}

function claim(payload: Record<string, unknown>, name: string, id = false): string | undefined {
  const value = payload[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.trim() === '' || value.length > MAX_CLAIM_LENGTH || (id && CONTROL.test(value.trim()))) {
    throw new errors.JWTClaimValidationFailed(`"${name}" claim must be a non-empty string${id ? ' without control characters' : ''}`, payload, name, 'invalid');
  }
  return value.trim();
}

export type TokenVerifier = (token: string) => Promise<VerifiedIdentity | null>;

const CACHE_LIMIT = 10_000;

/**
 * Returns a verifier that resolves to null for any token that is malformed, wrongly signed, expired or incomplete.
 * A verified token names the same identity until it expires, so results are cached: the widget sends one token
 * many times, and the HMAC is the largest fixed cost of a request.
 */
export async function createTokenVerifier(secret: string): Promise<TokenVerifier> {
  // Importing once avoids re-deriving the HMAC key on every request.
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['verify']);
  const cache = new Map<string, { identity: VerifiedIdentity; expiresAt: number }>();

  const verify = async (token: string): Promise<{ identity: VerifiedIdentity; expiresAt: number } | null> => {
    try {
      const { payload } = await jwtVerify(token, key, { algorithms: ['HS256'], requiredClaims: ['exp', 'sub'] });
      const record = payload as Record<string, unknown>;
      const userId = claim(record, 'sub', true);
      const email = claim(record, 'email', true);
      const orgId = claim(record, 'org', true);
      // An address is the user's identity at the support desk (a JSM customer is one address), and mails go there:
      // one that is none could only ever be refused there, by every call the user makes.
      if (!userId || !email || !orgId || !ADDRESS.test(email)) return null;
      const identity = {
        userId,
        email,
        orgId,
        name: claim(record, 'name') ?? email.split('@')[0] ?? email,
        orgName: claim(record, 'org_name') ?? orgId,
      };
      return { identity, expiresAt: (payload.exp as number) * 1000 };
    } catch (error) {
      if (error instanceof errors.JOSEError) return null;
      throw error;
    }
  };

  return async (token) => {
    const cached = cache.get(token);
    if (cached && cached.expiresAt > Date.now()) return cached.identity;
    if (cached) cache.delete(token);
    const verified = await verify(token);
    if (!verified) return null;
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
    cache.set(token, verified);
    return verified.identity;
  };
}
