import type { RequestDetail } from '../../api/contract';
import { useApp } from '../../state/app';

/** A closed request takes no replies: say so, and offer a new request that names this one. */
export function ClosedNotice({ request }: { request: RequestDetail }) {
  const app = useApp();
  const t = app.t.value;
  const reference = t('request.reference', { key: request.key, summary: request.summary });
  return (
    <div class="notice closed-notice" role="note">
      <p>
        <strong>{t('request.closed')}</strong>
      </p>
      <p>{t('request.closedHelp', { key: request.key })}</p>
      <button
        type="button"
        class="btn"
        onClick={() =>
          app.router.push({
            view: 'new',
            category: request.requestType.key,
            prefill: { category: request.requestType.key, description: `${reference}\n\n` },
          })
        }
      >
        {t('request.newFromClosed')}
      </button>
    </div>
  );
}
