import { useRef, useState } from 'preact/hooks';
import { PortalError } from '../../api/errors';
import { isEmail } from '../../api/text-rules';
import { useApp } from '../../state/app';
import { useErrorText } from '../shared/Status';

/** For visitors: how to get access to "My requests" — a registration link by e-mail, as on the portal. */
export function Registration({ requestKey }: { requestKey?: string }) {
  const app = useApp();
  const t = app.t.value;
  const errorText = useErrorText();
  const [email, setEmail] = useState('');
  const [state, setState] = useState<'idle' | 'sending' | 'sent'>('idle');
  const [failure, setFailure] = useState<PortalError | null>(null);
  const [invalid, setInvalid] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const send = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (state === 'sending') return;
    // The portal's own rule, so an address it would refuse is marked here rather than coming back as a bare 422.
    const ok = isEmail(email.trim());
    setInvalid(!ok);
    if (!ok) {
      // Sent with the button, focus would stay there and the message under the field go unheard.
      input.current?.focus();
      return;
    }
    setState('sending');
    setFailure(null);
    try {
      await app.client.register({ email: email.trim() });
      setState('sent');
      // The form and its button go, focus falls back to the title: the live region says what happened.
      app.announce(t('register.sent', { email: email.trim() }));
    } catch (e) {
      setFailure(e instanceof PortalError ? e : new PortalError('network', String(e)));
      setState('idle');
    }
  };

  if (state === 'sent') {
    return (
      <div class="notice">
        <p>{t('register.sent', { email: email.trim() })}</p>
      </div>
    );
  }
  return (
    <form class="registration" onSubmit={send} noValidate>
      <p>{requestKey ? t('register.forRequest', { key: requestKey }) : t('register.intro')}</p>
      <div class={`field${invalid ? ' invalid' : ''}`}>
        <label for="ms-reg-email">{t('visitor.email')}</label>
        <input
          ref={input}
          id="ms-reg-email"
          type="email"
          autoComplete="email"
          value={email}
          aria-invalid={invalid ? 'true' : undefined}
          aria-describedby={invalid ? 'ms-reg-err' : undefined}
          onInput={(e) => setEmail((e.currentTarget as HTMLInputElement).value)}
        />
        {invalid && (
          <p id="ms-reg-err" class="field-error">
            {t('visitor.badEmail')}
          </p>
        )}
      </div>
      {failure && (
        <p class="state error" role="alert">
          {errorText(failure)}
        </p>
      )}
      <button type="submit" class="btn" aria-busy={state === 'sending' ? 'true' : 'false'}>
        {t('register.send')}
      </button>
    </form>
  );
}
