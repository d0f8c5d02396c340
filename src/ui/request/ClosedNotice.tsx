import { useEffect, useRef } from 'preact/hooks';
import type { RequestDetail } from '../../api/contract';
import { useApp } from '../../state/app';

/**
 * A closed request takes no replies: say so, and offer a new request that names this one. A reply draft (one the
 * portal just refused, or one left from before the request was closed) goes into the new request, not lost.
 */
export function ClosedNotice({ request, refused }: { request: RequestDetail; refused: boolean }) {
  const app = useApp();
  const t = app.t.value;
  const reference = t('request.reference', { key: request.key, summary: request.summary });
  const draft = app.drafts.load('reply', request.key)?.fields['body']?.trim() ?? '';
  const notice = useRef<HTMLDivElement>(null);
  // The reply box that had the focus is gone; the notice that replaced it takes the focus and is read out.
  useEffect(() => {
    if (refused) notice.current?.focus();
  }, [refused]);
  return (
    <div ref={notice} class="notice closed-notice" role="note" tabIndex={refused ? -1 : undefined}>
      <p>
        <strong>{refused ? t('request.replyRefused') : t('request.closed')}</strong>
      </p>
      <p>{t('request.closedHelp', { key: request.key })}</p>
      {draft && <p>{t('request.draftCarried')}</p>}
      <button
        type="button"
        class="btn"
        onClick={() => {
          app.router.push({
            view: 'new',
            category: request.requestType.key,
            prefill: { category: request.requestType.key, description: `${reference}\n\n${draft ? `${draft}\n` : ''}` },
          });
          // The text now lives in the new request's form (and its draft).
          if (draft) app.drafts.remove('reply', request.key);
        }}
      >
        {t('request.newFromClosed')}
      </button>
    </div>
  );
}
