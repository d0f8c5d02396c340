import { useEffect, useRef, useState } from 'preact/hooks';
import { useApp } from '../../state/app';
import { requestsOf } from '../../state/requests';
import { unreadOf } from '../../state/unread';
import type { RouteOf } from '../../state/router';
import { ErrorState, Loading, useErrorText } from '../shared/Status';
import { EmptyState } from './EmptyState';
import { RequestFilters } from './RequestFilters';
import { RequestRow } from './RequestRow';
import { useRememberedScroll } from './use-remembered-scroll';
import listCss from './requests.css?inline';
import sharedCss from './shared.css?inline';

export const css = sharedCss + listCss;

function RequestList({ route }: { route: RouteOf<'requests'> }) {
  const app = useApp();
  const t = app.t.value;
  const errorText = useErrorText();
  const store = requestsOf(app);
  const items = store.items.value;
  const loading = store.loading.value;
  const filters = store.filters.value;
  const anchor = useRememberedScroll(store, route, !!items && !loading);
  const list = useRef<HTMLUListElement>(null);
  const [focusRow, setFocusRow] = useState<number | null>(null);
  const polled = unreadOf(app).items.value;
  useEffect(() => store.ensure(), []);
  // The unread check brings the user's own requests as they are now: rows show new replies and statuses.
  useEffect(() => store.update(...polled), [polled, items]);
  useEffect(() => {
    if (focusRow === null) return;
    list.current?.querySelectorAll<HTMLButtonElement>('.request-link')[focusRow]?.focus();
    setFocusRow(null);
  }, [focusRow]);

  // When the last page came in the button is gone: focus moves to the first new row instead of being lost.
  const loadMore = async (): Promise<void> => {
    const before = store.items.peek()?.length ?? 0;
    await store.loadMore();
    if (!store.nextCursor.peek() && (store.items.peek()?.length ?? 0) > before) setFocusRow(before);
  };

  const moreError = store.moreError.value;
  return (
    <div class="requests" ref={anchor}>
      <RequestFilters store={store} />
      <p class="sr-only" aria-live="polite" aria-atomic="true">
        {items && !loading ? t('requests.shown', { count: items.length }) : ''}
      </p>
      {store.error.value ? (
        <ErrorState error={store.error.value} onRetry={() => void store.load()} />
      ) : loading || !items ? (
        <Loading lines={4} />
      ) : items.length === 0 && !store.nextCursor.value ? (
        <EmptyState store={store} />
      ) : (
        <>
          <ul ref={list} class="request-list" aria-label={t('view.requests')}>
            {items.map((item) => (
              <RequestRow key={item.key} item={item} showCreator={filters.ownership === 'organization'} byCreation={filters.sort === 'created'} />
            ))}
          </ul>
          {moreError && (
            <p class="state error" role="alert">
              {errorText(moreError)}
            </p>
          )}
          {store.nextCursor.value && (
            <div class="actions more">
              <button
                type="button"
                class="btn secondary"
                aria-busy={store.loadingMore.value ? 'true' : 'false'}
                onClick={() => void loadMore()}
              >
                {store.loadingMore.value ? t('panel.loading') : moreError ? t('panel.retry') : t('requests.loadMore')}
              </button>
            </div>
          )}
        </>
      )}
    </div>
  );
}

/** "Meine Anfragen": the practice's requests with filters (the route table lets only identified users in). */
export default function RequestsView({ route }: { route: RouteOf<'requests'> }) {
  const { session } = useApp();
  if (!session.known.value) return <Loading lines={4} />;
  // A new user gets a new list component: nothing of the previous user's survives in component state.
  return <RequestList key={session.userId.value ?? ''} route={route} />;
}
