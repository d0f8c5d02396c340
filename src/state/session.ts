import { computed, signal } from '@preact/signals';
import type { Identity } from '../config';

/** The `sub` claim of a JWT, read without verifying: only to keep each user's local data apart. */
export function subjectOf(token: string): string | null {
  try {
    const payload = token.split('.')[1];
    if (!payload) return null;
    const json = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))) as { sub?: unknown };
    return typeof json.sub === 'string' ? json.sub : null;
  } catch {
    return null;
  }
}

/** Who is using the widget. The token lives in memory only; a fresh one is asked for once after a 401. */
export function createSession(initial: Identity | null, early?: Promise<string>) {
  const identity = signal<Identity | null>(null);
  /** The portal user id once a token was seen; null for a visitor. Keys local data per user. */
  const userId = signal<string | null>(null);
  /** False until the first token answer: before it, whose data this is is unknown. */
  const known = signal(true);
  const expired = signal(false);
  let pending: Promise<string | null> | null = null;
  let generation = 0;

  const fetchToken = async (id: Identity, refresh: boolean): Promise<string | null> => {
    if (id.getToken) {
      // The loader asked the host while the panel code loaded: that answer is the first ask of that identity.
      const answer = early && id === initial && !refresh ? early : id.getToken();
      early = undefined;
      return String(await answer);
    }
    return refresh ? null : (id.token ?? null);
  };

  let refreshing: Promise<string | null> | null = null;
  let lastToken: string | null = null;
  const token = async (refresh: boolean): Promise<string | null> => {
    const id = identity.value;
    if (!id) return null;
    if (pending && !refresh) return pending;
    // One fresh token per expiry: parallel 401s share it, and an expired session asks the host no more.
    if (refresh && (expired.value || refreshing)) return expired.value ? null : refreshing;
    const mine = ++generation;
    pending = fetchToken(id, refresh).catch(() => null);
    if (refresh) refreshing = pending;
    const value = await pending;
    if (refresh) refreshing = null;
    // The user was switched while the host was answering: that token belongs to someone else.
    if (mine !== generation || identity.value !== id) return null;
    // The host handed back the very token the portal just refused: asking again would not help.
    if (refresh && value && value === lastToken) return null;
    if (value) userId.value = subjectOf(value);
    lastToken = value;
    known.value = true;
    return value;
  };

  const set = (next: Identity | null): void => {
    generation++;
    pending = null;
    refreshing = null;
    lastToken = null;
    expired.value = false;
    identity.value = next;
    userId.value = next?.token ? subjectOf(next.token) : null;
    known.value = next === null || !!next.token;
    if (next) void token(false);
  };

  set(initial);
  return {
    identity,
    userId,
    known,
    expired,
    identified: computed(() => identity.value !== null),
    token,
    set,
  };
}

export type Session = ReturnType<typeof createSession>;
