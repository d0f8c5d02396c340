import { useSignalEffect } from '@preact/signals';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { afterNextPaint } from '../core/idle';
import { deepActiveElement, trapTab } from '../host/focus';
import { useApp } from '../state/app';
import type { Route } from '../state/router';
import { prefetchViews, VIEWS } from './views';

// A fresh key per route object: opening a view anew from the host mounts it anew, going Back keeps it.
const keys = new WeakMap<Route, number>();
let nextKey = 0;
const keyOf = (route: Route): number => {
  if (!keys.has(route)) keys.set(route, nextKey++);
  return keys.get(route)!;
};

function View({ route }: { route: Route }) {
  const Component = VIEWS[route.view].component as ((props: { route: Route }) => preact.JSX.Element) | undefined;
  return Component ? <Component route={route} /> : null;
}

/**
 * The dialog every view lives in. Views of the whole stack stay mounted (hidden below the top one), so going
 * Back finds every character, the caret and the scroll position as they were.
 */
export function App({ onClose }: { onClose: () => void }) {
  const app = useApp();
  const { router, isOpen } = app;
  const t = app.t.value;
  const dialog = useRef<HTMLDivElement>(null);
  const title = useRef<HTMLHeadingElement>(null);
  const stack = router.stack.value;
  const depth = stack.length;
  const focusByDepth = useRef<(HTMLElement | null)[]>([]);
  const previousDepth = useRef(depth);
  // The first render draws the dialog's shell (title, close button); once that frame is painted, the title takes the
  // focus and the view's body is drawn. The first style and layout of each need font lookups from the browser
  // process, and a focus() forces them at once: on a busy machine shell, focus and body in one task took 50–90 ms.
  const painted = useRef(false);
  const [bodyDrawn, setBodyDrawn] = useState(false);
  useEffect(
    () =>
      afterNextPaint(() => {
        painted.current = true;
        const active = deepActiveElement();
        if (isOpen.peek() && !(active && dialog.current?.contains(active))) title.current?.focus();
        setBodyDrawn(true);
      }),
    [],
  );

  // Focus follows navigation: a new view announces its title; Back returns to where the user was. In the same
  // commit as the view change, so no frame has focus on a removed or hidden element.
  useLayoutEffect(() => {
    if (!isOpen.peek()) return;
    const returning = depth < previousDepth.current;
    previousDepth.current = depth;
    const remembered = focusByDepth.current[depth - 1];
    focusByDepth.current.length = depth;
    if (!painted.current) return;
    if (returning && remembered?.isConnected) remembered.focus();
    else title.current?.focus();
  }, [stack]);

  // Opening and closing change the dialog element only; the views are not rendered again for it.
  useSignalEffect(() => {
    const open = isOpen.value;
    const element = dialog.current;
    if (!element || element.hidden !== open) return;
    element.hidden = !open;
    if (open) title.current?.focus();
  });

  // After the first open has rendered, the other views' code follows in the background.
  useSignalEffect(() => {
    if (!isOpen.value) return;
    const timer = setTimeout(prefetchViews, 1000);
    return () => clearTimeout(timer);
  });

  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      // A search with text in it: the first Escape empties it, as a browser's search field does, and keeps the panel;
      // closing as well would lose the query with it. The next Escape closes.
      const field = event.target;
      if (field instanceof HTMLInputElement && field.type === 'search' && field.value) {
        event.preventDefault();
        field.value = '';
        field.dispatchEvent(new Event('input', { bubbles: true }));
        return;
      }
      onClose();
      return;
    }
    if (dialog.current) trapTab(event, dialog.current);
  };

  // Before a view is pushed, remember what had focus in the one it covers.
  const onFocusIn = (): void => {
    focusByDepth.current[depth - 1] = deepActiveElement();
  };

  // A control that goes away while it has focus (Retry, a sent form, a dismissed notice) hands focus to the title,
  // so it never falls to the page. Leaving the dialog on purpose (a click on the host page) is left alone.
  const onFocusOut = (event: FocusEvent): void => {
    const left = event.target as HTMLElement;
    if (event.relatedTarget) return;
    queueMicrotask(() => {
      const active = deepActiveElement();
      const gone = !left.isConnected || !!left.closest('[hidden]');
      if (isOpen.peek() && gone && !(active && dialog.current?.contains(active))) title.current?.focus();
    });
  };

  const current = router.current.value;
  return (
    <div
      ref={dialog}
      class="panel"
      role="dialog"
      aria-modal="true"
      aria-labelledby="ms-title"
      lang={app.locale.value}
      hidden={!isOpen.peek()}
      onKeyDown={onKeyDown}
      onFocusIn={onFocusIn}
      onFocusOut={onFocusOut}
    >
      {/* A div, not <header>: inside the dialog a header would be a second banner landmark beside the host page's. */}
      <div class="head">
        {router.canGoBack.value && (
          <button type="button" class="icon-button" aria-label={t('panel.back')} onClick={() => router.back()}>
            <span aria-hidden="true">←</span>
          </button>
        )}
        <h2 id="ms-title" ref={title} tabIndex={-1}>
          {t(VIEWS[current.view].title)}
          {current.view === 'request' && ` ${current.key}`}
        </h2>
        <button type="button" class="icon-button" aria-label={t('panel.close')} onClick={() => onClose()}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {app.session.expired.value && (
        <p class="expired" role="alert">
          {t('session.expired')}
        </p>
      )}
      {app.session.failed.value && (
        <div class="token-failed" role="alert">
          <p>{t('error.tokenFailed')}</p>
          <button type="button" class="btn secondary" onClick={() => app.session.retry()}>
            {t('panel.retry')}
          </button>
        </div>
      )}
      {bodyDrawn && stack.map((route, index) => (
        <section key={keyOf(route)} class="body" hidden={index !== depth - 1}>
          <View route={route} />
        </section>
      ))}
      {/* There from the first frame, empty: what `app.announce` puts in is read (the signal updates the text alone). */}
      <p class="sr-only" aria-live="polite" aria-atomic="true">
        {app.announcement}
      </p>
    </div>
  );
}

/**
 * The live region for what is said while the panel is closed (a reply that arrives): a hidden dialog's region is not
 * read. Empty while the panel is open, whose own region speaks then, and outside which a modal dialog hides everything.
 */
export function ClosedAnnouncer() {
  const app = useApp();
  useSignalEffect(() => {
    if (app.isOpen.value) app.closedNews.value = '';
  });
  return (
    <p class="sr-only" aria-live="polite" aria-atomic="true">
      {app.isOpen.value ? '' : app.closedNews.value}
    </p>
  );
}
