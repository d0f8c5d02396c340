import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { useApp } from '../../state/app';
import { requestsOf, type RequestsStore } from '../../state/requests';
import type { RouteOf } from '../../state/router';
import { ErrorState, Loading, useErrorText } from '../shared/Status';
import { EmptyState } from './EmptyState';
import { RequestFilters } from './RequestFilters';
import { RequestRow } from './RequestRow';
import listCss from './requests.css?inline';
import sharedCss from './shared.css?inline';

export const css = sharedCss + listCss;

/**
 * Keeps the list's scroll position in the store. The panel's view section is the scrolling element; it may be
 * hidden (panel closed, another view on top), and a hidden element forgets its scroll offset.
 */
function useRememberedScroll(store: RequestsStore, route: RouteOf<'requests'>, ready: boolean) {
  const app = useApp();
  const anchor = useRef<HTMLDivElement>(null);
  const shown = app.isOpen.value && app.router.current.value === route;
  useEffect(() => {
    const container = anchor.current?.closest('.body');
    if (!container) return;
    const remember = (): void => {
      if (container.clientHeight > 0) store.scrollTop = container.scrollTop;
    };
    container.addEventListener('scroll', remember, { passive: true });
    return () => container.removeEventListener('scroll', remember);
  }, []);
  useLayoutEffect(() => {
    const container = anchor.current?.closest('.body');
    if (shown && ready && container) container.scrollTop = store.scrollTop;
  }, [shown, ready]);
  return anchor;
}

function RequestList({ route }: { route: RouteOf<'requests'> }) {
  const app = useApp();
  const t = app.t.value;
  const errorText = useErrorText();
  const store = requestsOf(app);
  const items = store.items.value;
  const loading = store.loading.value;
  const filters = store.filters.value;
  const anchor = useRememberedScroll(store, route, !!items && !loading);
  useEffect(() => store.ensure(), []);

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
      ) : items.length === 0 ? (
        <EmptyState store={store} />
      ) : (
        <>
          <ul class="request-list" aria-label={t('view.requests')}>
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
                onClick={() => void store.loadMore()}
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
