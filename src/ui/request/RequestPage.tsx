import { useEffect, useRef, useState } from 'preact/hooks';
import { useApp } from '../../state/app';
import { requestsOf } from '../../state/requests';
import type { RouteOf } from '../../state/router';
import { unreadOf } from '../../state/unread';
import { ErrorState, Loading } from '../shared/Status';
import { Activity, newEntries } from './Activity';
import { ClosedNotice } from './ClosedNotice';
import { ReplyBox } from './ReplyBox';
import { RequestDetails } from './RequestDetails';

function NotFound({ requestKey }: { requestKey: string }) {
  const app = useApp();
  const t = app.t.value;
  return (
    <div class="state not-found" role="status">
      <p>{t('request.notFound', { key: requestKey })}</p>
      <button type="button" class="btn secondary" onClick={() => app.router.reset({ view: 'requests' })}>
        {t('request.toList')}
      </button>
    </div>
  );
}

/**
 * One request: fetched fresh whenever it comes into view (reopened panel, back from another view) and whenever the
 * unread check sees it changed; seen by the user (so no longer unread) while it is in view.
 */
export function RequestPage({ route }: { route: RouteOf<'request'> }) {
  const app = useApp();
  const store = requestsOf(app);
  const unread = unreadOf(app);
  const resource = store.detail(route.key);
  const request = resource.data.value;
  const shown = app.isOpen.value && app.router.current.value === route;
  const polled = unread.items.value.find((item) => item.key === route.key);
  const wasShown = useRef(shown);
  // Set when the portal refused a reply as closed, so the notice shows before the reload says so too.
  const [refused, setRefused] = useState(false);
  // What was new when the page opened stays marked while the user reads it, though it now counts as read. Taken at
  // the first render that knows the marks: a deep link opens the page before the first check has answered.
  const known = unread.known.value;
  const seenUntil = useRef<string>();
  if (known && seenUntil.current === undefined) seenUntil.current = unread.seenUntil(route.key);
  const page = useRef<HTMLElement>(null);

  useEffect(() => void resource.reload(), [resource]);
  useEffect(() => {
    if (shown && !wasShown.current) void resource.reload();
    wasShown.current = shown;
  }, [shown]);
  useEffect(() => {
    if (polled && request && polled.updatedAt !== request.updatedAt && !resource.loading.peek()) void resource.reload();
  }, [polled?.updatedAt]);
  useEffect(() => {
    if (request) store.update(request);
  }, [request]);
  useEffect(() => {
    // Not before the marks are known: the reply would count as read on every device without having shown as new.
    if (shown && request && known) unread.markRead(request.key, request.lastAgentActivityAt);
  }, [shown, request, known]);
  useEffect(() => {
    if (!shown) return;
    unread.viewing.value = route.key;
    return () => {
      if (unread.viewing.peek() === route.key) unread.viewing.value = null;
    };
  }, [shown]);

  const t = app.t.value;
  const error = resource.error.value;
  if (error?.kind === 'not_found') return <NotFound requestKey={route.key} />;
  if (error && !request) return <ErrorState error={error} onRetry={() => void resource.reload()} />;
  if (!request) return <Loading lines={5} />;
  const unseen = newEntries(request.activity, seenUntil.current);
  const jumpToNew = (): void => {
    const first = page.current?.querySelector<HTMLElement>('.activity-item.new');
    const body = first?.closest<HTMLElement>('.body');
    if (!first || !body) return;
    // The panel's body alone scrolls; scrollIntoView would move every box around it, the host page's too.
    body.scrollTop += first.getBoundingClientRect().top - body.getBoundingClientRect().top;
    first.focus({ preventScroll: true });
  };
  return (
    <article class="request-page" ref={page}>
      <RequestDetails request={request}>
        {unseen.size > 0 && (
          <button type="button" class="btn secondary jump-new" onClick={jumpToNew}>
            {/* Status changes are news too, but no answers. */}
            {t(request.activity.every((item) => !unseen.has(item.id) || item.type === 'comment') ? 'request.jumpNew' : 'request.jumpUpdates', { count: unseen.size })}
            {/* Drawn, not said: a screen reader would read "arrow down" as part of the name. */}
            <span aria-hidden="true"> ↓</span>
          </button>
        )}
      </RequestDetails>
      <Activity items={request.activity} shown={shown} unseen={unseen} />
      {refused || request.status.id === 'closed' ? (
        <ClosedNotice request={request} refused={refused} />
      ) : (
        <ReplyBox
          requestKey={request.key}
          {...(request.status.id === 'resolved' ? { hint: t('request.resolvedHelp') } : {})}
          onSent={(item) => {
            resource.data.value = { ...request, activity: [...request.activity, item] };
            // The reply may also have changed the status (waiting for customer or resolved → waiting for support).
            void resource.reload();
          }}
          onStale={() => void resource.reload()}
          onClosed={() => {
            setRefused(true);
            void resource.reload();
          }}
        />
      )}
    </article>
  );
}
