import { useEffect } from 'preact/hooks';
import { useApp } from '../../state/app';
import type { RouteOf } from '../../state/router';

/** The portal confirmed: the request key, what happens next, and where to go. */
export default function Success({ route }: { route: RouteOf<'success'> }) {
  const { router, t, session, announce } = useApp();
  // A visitor cannot open the request in the widget: the mail's registration link is their way to it.
  const visitor = !session.identified.value;
  // The title (focused, "Anfrage gesendet") names the outcome; the key is said through the panel's live region,
  // which exists before this view does, unlike a status region drawn with its text.
  useEffect(() => announce(`${t.peek()('success.title')}. ${t.peek()('success.key')} ${route.key}`), []);
  return (
    <div class="success">
      <p class="success-mark" aria-hidden="true">
        ✓
      </p>
      <h3>{t.value('success.title')}</h3>
      <p>
        {t.value('success.key')} <strong class="request-key">{route.key}</strong>
      </p>
      <p class="quote">{route.summary}</p>
      {route.filesLeft && (
        <p class="notice" role="alert">
          {t.value(visitor ? 'success.filesLeftVisitor' : 'success.filesLeft', { names: route.filesLeft.join(', ') })}
        </p>
      )}
      <p>{t.value(visitor ? 'success.emailVisitor' : 'success.email')}</p>
      <div class="actions">
        {!visitor && (
          <button type="button" class="btn" onClick={() => router.reset({ view: 'request', key: route.key })}>
            {t.value('success.open')}
          </button>
        )}
        <button type="button" class="btn secondary" onClick={() => router.reset()}>
          {t.value('success.home')}
        </button>
      </div>
    </div>
  );
}
