import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { useApp } from '../../state/app';
import type { RequestsStore } from '../../state/requests';
import type { RouteOf } from '../../state/router';

/**
 * Keeps the list's scroll position in the store. The panel's view section is the scrolling element; it may be
 * hidden (panel closed, another view on top), and a hidden element forgets its scroll offset.
 */
export function useRememberedScroll(store: RequestsStore, route: RouteOf<'requests'>, ready: boolean) {
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
