import { signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import type { PortalClient } from '../../src/api/client';
import type { Locale, Me } from '../../src/api/contract';
import { createAccount } from '../../src/state/account';
import type { Session } from '../../src/state/session';

const profile = (locale: Locale): Me => ({ id: 'u1', email: 'a@praxis.example', name: 'Anna', organization: { id: 'o1', name: 'Praxis' }, locale, notifyByEmail: true });

/** An account whose `GET /me` answers when the test says so. */
function world(initial: Locale) {
  let answer: (me: Me) => void = () => undefined;
  const client = { me: () => new Promise<Me>((resolve) => (answer = resolve)) } as unknown as PortalClient;
  const identity = signal<object | null>(null);
  const session = { identity } as unknown as Session;
  const locale = signal<Locale>(initial);
  const hostLocale = signal<Locale>(initial);
  const account = createAccount(client, session, locale, hostLocale);
  return { identity, locale, hostLocale, account, answer: (me: Me) => answer(me) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the panel language of a signed-in user', () => {
  it('follows the profile once it arrives', async () => {
    const w = world('en');
    w.identity.value = { userId: 'u1' };
    w.answer(profile('de'));
    await settle();
    expect(w.locale.value).toBe('de');
    w.account.dispose();
  });

  it('keeps a language the host asked for while the profile was on its way', async () => {
    const w = world('de');
    w.identity.value = { userId: 'u1' };
    w.hostLocale.value = 'en';
    w.locale.value = 'en';
    w.answer(profile('de'));
    await settle();
    expect(w.locale.value).toBe('en');
    expect(w.account.me.value?.locale).toBe('de');
    w.account.dispose();
  });
});
