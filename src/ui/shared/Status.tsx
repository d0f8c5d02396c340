import { useEffect, useRef } from 'preact/hooks';
import type { PortalError } from '../../api/errors';
import type { MessageKey } from '../../i18n';
import { useApp } from '../../state/app';

const MESSAGE: Record<PortalError['kind'], MessageKey> = {
  network: 'error.network',
  offline: 'error.offline',
  timeout: 'error.timeout',
  unauthorized: 'error.unauthorized',
  forbidden: 'error.forbidden',
  not_found: 'error.notFound',
  conflict: 'error.server',
  validation: 'error.validation',
  too_large: 'error.validation',
  rate_limited: 'error.rateLimited',
  server: 'error.server',
  invalid_response: 'error.invalidResponse',
  token_failed: 'error.tokenFailed',
};

/** The user-facing sentence for a portal error, in the current language. */
export function useErrorText(): (error: PortalError) => string {
  const t = useApp().t.value;
  return (error) => t(MESSAGE[error.kind], { count: error.retryAfter ?? 30 });
}

export function ErrorState({ error, onRetry }: { error: PortalError; onRetry?: () => void }) {
  const app = useApp();
  const text = useErrorText();
  const { failed, expired } = app.session;
  // The panel's banner says this already, with its own Retry: a second alert and button would be read twice.
  const banner = (error.kind === 'token_failed' && failed.value) || (error.kind === 'unauthorized' && expired.value);
  // The banner's Retry asks the host for a token only; once one comes, this view fetches its data again.
  const wasFailed = useRef(failed.peek());
  useEffect(() => {
    if (wasFailed.current && !failed.value && error.kind === 'token_failed') onRetry?.();
    wasFailed.current = failed.value;
  }, [failed.value]);
  if (banner) return <div class="state" />;
  return (
    <div class="state error" role="alert">
      <p>{text(error)}</p>
      {onRetry && error.retryable && (
        <button type="button" class="btn" onClick={onRetry}>
          {app.t.value('panel.retry')}
        </button>
      )}
    </div>
  );
}

export function Loading({ lines = 3 }: { lines?: number }) {
  const { t } = useApp();
  return (
    <div class="state" role="status" aria-live="polite">
      <span class="sr-only">{t.value('panel.loading')}</span>
      {Array.from({ length: lines }, (_, i) => (
        <div key={i} class="skeleton" aria-hidden="true" />
      ))}
    </div>
  );
}
