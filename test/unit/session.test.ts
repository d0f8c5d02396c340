import { afterEach, describe, expect, it, vi } from 'vitest';
import { PortalError } from '../../src/api/errors';
import { createSession, TOKEN_TIMEOUT_MS } from '../../src/state/session';

/** An unsigned JWT-shaped token with that `sub`: the session only reads the claim. */
const jwt = (sub: string, n = 1): string => `h.${btoa(JSON.stringify({ sub, n })).replace(/=+$/, '')}.s${n}`;
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('session', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('identify() again for the same user keeps identity, user and views; the new getToken answers from then on', async () => {
    const session = createSession({ getToken: () => jwt('u-anna', 1) });
    expect(await session.token(false)).toBe(jwt('u-anna', 1));
    await settle();
    const identity = session.identity.value;
    const seen: boolean[] = [];
    const stop = session.known.subscribe((known) => seen.push(known));

    session.set({ getToken: () => jwt('u-anna', 2) });
    expect(session.known.value).toBe(true);
    expect(await session.token(false)).toBe(jwt('u-anna', 2));
    session.set({ token: jwt('u-anna', 3) });
    expect(await session.token(false)).toBe(jwt('u-anna', 3));
    stop();
    // Never "unknown" in between: the views would have shown their loading state and lost focus and keystrokes.
    expect(seen).toEqual([true]);
    expect(session.identity.value).toBe(identity);
    expect(session.userId.value).toBe('u-anna');
  });

  it('identify() for another user switches the views once that user’s token is there', async () => {
    const session = createSession({ getToken: () => jwt('u-anna') });
    await settle();
    session.set({ getToken: () => jwt('u-sofia') });
    await settle();
    expect(session.userId.value).toBe('u-sofia');
    session.set({ token: jwt('u-markus') });
    expect(session.userId.value).toBe('u-markus');
  });

  it.each([
    ['rejects', () => Promise.reject(new Error('backend down'))],
    ['throws', () => {
      throw new Error('no session');
    }],
    ['answers a non-string', () => Promise.resolve(undefined as unknown as string)],
    ['answers an empty string', () => ''],
  ])('a getToken that %s is a token failure: reported once, no call goes out without a token, a retry can cure it', async (_, getToken) => {
    const failures: Error[] = [];
    let broken = true;
    const session = createSession({ getToken: () => (broken ? getToken() : jwt('u-anna')) }, undefined, (e) => failures.push(e));
    await settle();
    expect(session.failed.value).toBe(true);
    expect(session.known.value).toBe(false);
    const error = await session.token(false).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PortalError);
    expect((error as PortalError).kind).toBe('token_failed');
    expect(failures).toHaveLength(1);
    broken = false;
    session.retry();
    await settle();
    expect(session.failed.value).toBe(false);
    expect(session.known.value).toBe(true);
    expect(session.userId.value).toBe('u-anna');
  });

  it('a failed ask is not repeated by every call: the host is asked again only on Retry', async () => {
    let asked = 0;
    const session = createSession({ getToken: () => (asked++, Promise.reject(new Error('down'))) });
    await settle();
    for (let i = 0; i < 3; i++) await session.token(false).catch(() => undefined);
    expect(asked).toBe(1);
    session.retry();
    await settle();
    expect(asked).toBe(2);
  });

  it('identify() for another user whose getToken fails takes the earlier user off screen', async () => {
    const session = createSession({ getToken: () => jwt('u-anna') });
    await settle();
    session.set({ getToken: () => Promise.reject(new Error('down')) });
    await settle();
    expect(session.failed.value).toBe(true);
    expect(session.userId.value).toBeNull();
    expect(session.known.value).toBe(false);
  });

  it('a fixed token the portal refuses keeps the user (drafts, views) while the session runs out', async () => {
    const session = createSession({ token: jwt('u-anna') });
    expect(await session.token(false)).toBe(jwt('u-anna'));
    expect(await session.token(true)).toBeNull();
    expect(session.userId.value).toBe('u-anna');
  });

  it('a getToken that never answers fails after the timeout instead of loading for ever', async () => {
    vi.useFakeTimers();
    const failures: Error[] = [];
    const session = createSession({ getToken: () => new Promise<string>(() => undefined) }, undefined, (e) => failures.push(e));
    const asked = session.token(false).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(TOKEN_TIMEOUT_MS - 1);
    expect(session.failed.value).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(session.failed.value).toBe(true);
    expect(((await asked) as PortalError).kind).toBe('token_failed');
    expect(failures.map((e) => e.message)).toEqual([`getToken() did not answer within ${TOKEN_TIMEOUT_MS / 1000} s.`]);
  });
});
