import { useEffect, useRef, useState } from 'preact/hooks';
import type { Locale, Me } from '../../api/contract';
import { PortalError } from '../../api/errors';
import { useApp } from '../../state/app';
import { ErrorState, Loading, useErrorText } from '../shared/Status';
import { Registration } from '../account/Registration';
import { fieldProblem } from '../new-request/validate';

/** What the portal takes as a name (PATCH /me), so the form refuses the same names before sending. */
const NAME = { id: 'name', type: 'text', required: true, maxLength: 100 } as const;

/** "Konto > Profil": name, language (applies at once), e-mail notifications; password lives in the host app. */
export default function ProfileView() {
  const app = useApp();
  const me = app.account.me.value;
  const [loadError, setLoadError] = useState<PortalError | null>(null);

  const reload = (): void => {
    setLoadError(null);
    app.client.me().then(
      (profile) => (app.account.me.value = profile),
      (e: unknown) => setLoadError(e instanceof PortalError ? e : new PortalError('network', String(e))),
    );
  };
  useEffect(() => {
    if (app.session.identified.value && !me) reload();
  }, [app.session.identity.value]);

  if (!app.session.identified.value) return <Registration />;
  if (loadError) return <ErrorState error={loadError} onRetry={reload} />;
  if (!me) return <Loading />;
  // A fresh form per user. The fields start from the loaded profile in the first render, not in an effect after it,
  // which overwrote a choice made as soon as the form appeared.
  return <ProfileForm key={me.id} me={me} />;
}

function ProfileForm({ me }: { me: Me }) {
  const app = useApp();
  const t = app.t.value;
  const errorText = useErrorText();
  const [name, setName] = useState(me.name);
  const [locale, setLocale] = useState<Locale>(me.locale);
  const [notify, setNotify] = useState(me.notifyByEmail);
  const [state, setState] = useState<'idle' | 'saving' | 'saved'>('idle');
  const [failure, setFailure] = useState<PortalError | null>(null);
  const [nameError, setNameError] = useState<string | null>(null);
  const nameInput = useRef<HTMLInputElement>(null);
  const nameField = { ...NAME, label: t('profile.name') };

  const save = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (state === 'saving') return;
    const problem = fieldProblem(nameField, name, t);
    setNameError(problem);
    if (problem) {
      setFailure(null);
      setState('idle');
      nameInput.current?.focus();
      return;
    }
    setState('saving');
    setFailure(null);
    try {
      await app.account.save({ name: name.trim(), locale, notifyByEmail: notify });
      setName(name.trim());
      setState('saved');
    } catch (e) {
      const failed = e instanceof PortalError ? e : new PortalError('network', String(e));
      setFailure(failed);
      setState('idle');
      // Language and notifications are choices the form offers; the name is the one value the portal can refuse.
      if (failed.refusedFields({ name: 'name' }).length) {
        setNameError(t('form.refused', { label: nameField.label }));
        nameInput.current?.focus();
      }
    }
  };

  return (
    <form class="profile" onSubmit={save} noValidate>
      <p class="hint">
        {me.email} · {me.organization.name}
      </p>
      <div class={`field${nameError ? ' invalid' : ''}`}>
        <label for="ms-p-name">{t('profile.name')}</label>
        <input
          ref={nameInput}
          id="ms-p-name"
          value={name}
          required
          maxLength={100}
          autoComplete="name"
          aria-invalid={nameError ? 'true' : undefined}
          aria-describedby={nameError ? 'ms-p-name-err' : undefined}
          onInput={(e) => {
            const value = (e.currentTarget as HTMLInputElement).value;
            setName(value);
            // An error goes as soon as the name is fine again, and with it the portal's refusal that pointed at it; a
            // new one waits for the next Save.
            if (nameError && !fieldProblem(nameField, value, t)) {
              setNameError(null);
              if (failure?.refusedFields({ name: 'name' }).length) setFailure(null);
            }
          }}
        />
        {nameError && (
          <p id="ms-p-name-err" class="field-error">
            {nameError}
          </p>
        )}
      </div>
      <div class="field">
        <label for="ms-p-locale">{t('profile.language')}</label>
        <select id="ms-p-locale" value={locale} onChange={(e) => setLocale((e.currentTarget as HTMLSelectElement).value as Locale)}>
          {/* Each language names itself, and is read in itself. */}
          <option value="de" lang="de">
            Deutsch
          </option>
          <option value="en" lang="en">
            English
          </option>
        </select>
      </div>
      <label class="check">
        <input type="checkbox" checked={notify} onChange={(e) => setNotify((e.currentTarget as HTMLInputElement).checked)} />
        {t('profile.notify')}
      </label>
      {failure && (
        <p class="state error" role="alert">
          {failure.refusedFields({ name: 'name' }).length ? t('form.checkMarked') : errorText(failure)}
        </p>
      )}
      <p class="sr-only" aria-live="polite">
        {state === 'saved' ? t('profile.saved') : ''}
      </p>
      {state === 'saved' && <p class="notice">{t('profile.saved')}</p>}
      <div class="actions">
        <button type="submit" class="btn" aria-busy={state === 'saving' ? 'true' : 'false'}>
          {t('profile.save')}
        </button>
      </div>
      {/* The identity is the host app's (its token): signing out happens there, and the host tells the widget. */}
      <p class="hint">{t('profile.signedInByHost')}</p>
      {app.config.accountUrl && (
        <p class="hint">
          {t('profile.password')}{' '}
          <a href={app.config.accountUrl} target="_blank" rel="noopener noreferrer">
            {t('profile.account')}
          </a>
        </p>
      )}
    </form>
  );
}
