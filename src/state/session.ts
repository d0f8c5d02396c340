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

/**
 * Who is using the widget. The token lives in memory only; a fresh one is asked for once after a 401.
 */
export function createSession(initial: Identity | null) {
  const identity = signal<Identity | null>(initial);
  /** The portal user id once a token was seen; null for a visitor. Keys local data per user. */
  const userId = signal<string | null>(initial?.token ? subjectOf(initial.token) : null);
  const expired = signal(false);
  let pending: Promise<string | null> | null = null;
  let generation = 0;

  const fetchToken = async (id: Identity, refresh: boolean): Promise<string | null> => {
    if (id.getToken) return String(await id.getToken());
    return refresh ? null : (id.token ?? null);
  };

  return {
    identity,
    userId,
    expired,
    identified: computed(() => identity.value !== null),
    async token(refresh: boolean): Promise<string | null> {
      const id = identity.value;
      if (!id) return null;
      if (!pending || refresh) {
        const mine = ++generation;
        pending = fetchToken(id, refresh).catch(() => null);
        const token = await pending;
        // A user switch while the host was answering: its token must not be used for the new user.
        if (mine !== generation || identity.value !== id) return null;
        if (!token && refresh) expired.value = true;
        if (token) userId.value = subjectOf(token);
        return token;
      }
      return pending;
    },
    markExpired() {
      expired.value = true;
    },
    set(next: Identity | null) {
      generation++;
      pending = null;
      expired.value = false;
      identity.value = next;
      userId.value = next?.token ? subjectOf(next.token) : null;
    },
  };
}

export type Session = ReturnType<typeof createSession>;
