import { signal } from '@preact/signals';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import type { Me } from '../../src/api/contract';
import { AppContext, type AppState } from '../../src/state/app';
import ProfileView from '../../src/ui/profile/ProfileView';

const profile: Me = {
  id: 'u-1',
  email: 'anna@example.com',
  name: 'Anna Berger',
  organization: { id: 'org-1', name: 'Praxis Berger' },
  locale: 'de',
  notifyByEmail: true,
};

describe('ProfileView', () => {
  it('keeps a language chosen as soon as the loaded profile shows, before the view has run its effects', async () => {
    const me = signal<Me | null>(null);
    const app = {
      t: signal((key: string) => key),
      locale: signal('de'),
      config: {},
      account: { me },
      session: { identified: signal(true), identity: signal({ token: 't' }) },
      client: { me: () => new Promise<Me>(() => undefined) },
    } as unknown as AppState;
    const root = document.createElement('div');
    render(
      <AppContext.Provider value={app}>
        <ProfileView />
      </AppContext.Provider>,
      root,
    );
    expect(root.querySelector('select')).toBeNull();

    me.value = profile;
    await Promise.resolve();
    await Promise.resolve();
    const select = root.querySelector<HTMLSelectElement>('#ms-p-locale')!;
    expect(select.value).toBe('de');
    select.value = 'en';
    select.dispatchEvent(new Event('change', { bubbles: true }));

    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 150));
    });
    expect(root.querySelector<HTMLSelectElement>('#ms-p-locale')!.value).toBe('en');
    expect(root.querySelector<HTMLInputElement>('#ms-p-name')!.value).toBe('Anna Berger');
  });
});
