import { batch, computed, signal } from '@preact/signals';
import { PortalError } from '../api/errors';
import { subjectOf } from '../api/subject';
import type { Credentials } from '../config';

/** How long the host's getToken may take before the user is told and offered a retry. */
export const TOKEN_TIMEOUT_MS = 10_000;
/** A token just refreshed that the portal refuses within this time is not worth asking the host again for. */
const REFRESH_SPACING_MS = 30_000;

/** The host's answer as a token, or why it is none: a string the portal could use, in time. */
async function checkedToken(answer: Promise<unknown>): Promise<string> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`getToken() did not answer within ${TOKEN_TIMEOUT_MS / 1000} s.`)), TOKEN_TIMEOUT_MS);
  });
  try {
    const value = await Promise.race([answer, late]);
    if (typeof value !== 'string' || !value) {
      throw new Error(`getToken() answered ${value === '' ? 'an empty string' : typeof value} instead of a token.`);
    }
    return value;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Who is using the widget. The token lives in memory only; a fresh one is asked for once after a 401.
 * A failed ask of the host's getToken rejects with a `token_failed` PortalError, so no call of a user goes out as a
 * visitor's and no view takes it for an expired session; `onFailure` hears the first failure of a run of them.
 */
export function createSession(initial: Credentials | null, early?: Promise<string>, onFailure?: (error: Error) => void) {
  /** The identity the views show; it changes with the user, not with every identify() of the same user. */
  const identity = signal<Credentials | null>(null);
  /** The portal user id once a token was seen; null for a visitor. Keys local data per user. */
  const userId = signal<string | null>(null);
  /** False until the first token answer: before it, whose data this is is unknown. */
  const known = signal(true);
  const expired = signal(false);
  /** The host's getToken failed (threw, rejected, answered no token or not in time); the next ask may cure it. */
  const failed = signal(false);
  /** The credentials tokens are asked with: the latest identify(), also one that kept the user. */
  let current: Credentials | null = null;
  let pending: Promise<string | null> | null = null;
  let generation = 0;

  const fetchToken = async (id: Credentials, refresh: boolean): Promise<string | null> => {
    if (id.getToken) {
      const getToken = id.getToken;
      // The loader asked the host while the panel code loaded: that answer is the first ask of that identity.
      const answer = early && id === initial && !refresh ? early : new Promise((resolve) => resolve(getToken()));
      early = undefined;
      return checkedToken(answer);
    }
    return refresh ? null : (id.token ?? null);
  };

  let refreshing: Promise<string | null> | null = null;
  let lastToken: string | null = null;
  /**
   * When the host last gave a fresh token after a 401: a call refused right after it (also one that shared the ask)
   * gets no further ask; the host's best is no use, and the session has run out.
   */
  let refreshedAt = 0;
  const token = async (refresh: boolean): Promise<string | null> => {
    const id = current;
    if (!id) return null;
    if (pending && !refresh) return pending;
    // One fresh token per expiry: parallel 401s share it, and an expired session asks the host no more.
    if (refresh && (expired.value || refreshing)) return expired.value ? null : refreshing;
    if (refresh && Date.now() - refreshedAt < REFRESH_SPACING_MS) return null;
    const mine = ++generation;
    const asked: Promise<string | null> = fetchToken(id, refresh).catch((cause: unknown) => {
      const error = cause instanceof Error ? cause : new Error(`getToken() failed: ${String(cause)}`);
      // The failed ask stays `pending`, so calls (and the client's retries of them) fail at once instead of asking the
      // host again and again; the user's Retry (`retry`) or the next identify() asks anew.
      if (mine === generation && current === id && !failed.peek()) {
        // The views still show an earlier user (identify() without logout()): they must not stay on screen.
        if (identity.peek() !== id) batch(() => ([identity.value, userId.value, known.value] = [id, null, false]));
        failed.value = true;
        onFailure?.(error);
      }
      throw new PortalError('token_failed', error.message);
    });
    pending = asked;
    if (refresh) refreshing = asked;
    const value = await asked.finally(() => {
      // At once, not after the await: a call that shared this ask may ask again before this function goes on.
      if (refresh) [refreshing, refreshedAt] = [null, Date.now()];
    });
    // The user was switched while the host was answering: that token belongs to someone else.
    if (mine !== generation || current !== id) return null;
    failed.value = false;
    // The host handed back the very token the portal just refused: asking again would not help.
    if (refresh && value && value === lastToken) return null;
    const sub = value ? subjectOf(value) : null;
    batch(() => {
      // Another user's token after an identify() that kept the views: now they change to that user.
      if (value && sub !== userId.peek()) [identity.value, userId.value] = [id, sub];
      known.value = true;
    });
    lastToken = value;
    return value;
  };
  /** Asks ahead of the first call; a failure is reported through `failed` and `onFailure`. */
  const ask = (): void => void token(false).catch(() => undefined);

  const set = (next: Credentials | null): void => {
    generation++;
    pending = null;
    refreshing = null;
    lastToken = null;
    refreshedAt = 0;
    expired.value = false;
    failed.value = false;
    const user = userId.peek();
    current = next;
    // The same user again (a host renewing its token source): everything stays, only the new credentials are used.
    // With getToken alone the answer tells; another user's answer switches the views then.
    if (next && identity.peek() && user !== null && known.peek() && (!next.token || subjectOf(next.token) === user)) {
      ask();
      return;
    }
    identity.value = next;
    userId.value = next?.token ? subjectOf(next.token) : null;
    known.value = next === null || !!next.token;
    if (next) ask();
  };

  set(initial);
  return {
    identity,
    userId,
    known,
    expired,
    failed,
    identified: computed(() => identity.value !== null),
    token,
    set,
    /** Asks the host for a token again after a failure. */
    retry(): void {
      pending = null;
      ask();
    },
  };
}

export type Session = ReturnType<typeof createSession>;
