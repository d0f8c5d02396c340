import { effect, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import type { PortalClient } from '../api/client';
import type { Locale, Me, UpdateMeBody } from '../api/contract';
import type { Session } from './session';

/**
 * The signed-in user's portal profile. Their preferred language is the portal's to keep, so it is applied
 * whenever a user is identified, and follows the profile right away when they change it. A visitor has no
 * profile: the panel speaks the host's language again. The later word wins: a language the host asks for while
 * the profile is on its way stays, as it would a moment later.
 */
export function createAccount(client: PortalClient, session: Session, locale: Signal<Locale>, hostLocale: ReadonlySignal<Locale>) {
  const me = signal<Me | null>(null);
  const stop = effect(() => {
    const identity = session.identity.value;
    me.value = null;
    if (!identity) {
      locale.value = hostLocale.peek();
      return;
    }
    const asked = hostLocale.peek();
    client.me().then(
      (profile) => {
        if (session.identity.peek() !== identity) return;
        me.value = profile;
        if (hostLocale.peek() === asked) locale.value = profile.locale;
      },
      // Without the profile the widget still works; the profile view shows the error when opened.
      () => undefined,
    );
  });
  return {
    me,
    async save(patch: UpdateMeBody): Promise<void> {
      const profile = await client.updateMe(patch);
      me.value = profile;
      locale.value = profile.locale;
    },
    dispose: stop,
  };
}
