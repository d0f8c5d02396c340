import type { Locale, RequestContext } from '../api/contract';

/**
 * What the widget reads from the page for bug reports, in one place at the edge so the views stay pure.
 * The host's own facts (setContext) go under `extra`.
 */
export function collectContext(appVersion: string | undefined, locale: Locale, extra: Record<string, unknown>): RequestContext {
  const context: RequestContext = {
    pageUrl: location.href,
    userAgent: navigator.userAgent,
    locale,
    screen: `${window.screen.width}×${window.screen.height} (${window.innerWidth}×${window.innerHeight})`,
  };
  if (appVersion) context.appVersion = appVersion;
  if (Object.keys(extra).length) context.extra = extra;
  return context;
}

/** Runs `callback` once the browser says the device is online again; returns the way to stop listening. */
export function onBackOnline(callback: () => void): () => void {
  window.addEventListener('online', callback, { once: true });
  return () => window.removeEventListener('online', callback);
}

/** Runs `flush` whenever the page may go away (tab closed, reloaded, hidden on mobile). */
export function onPageHide(flush: () => void): () => void {
  const onVisibility = (): void => {
    if (document.visibilityState === 'hidden') flush();
  };
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', onVisibility);
  return () => {
    window.removeEventListener('pagehide', flush);
    document.removeEventListener('visibilitychange', onVisibility);
  };
}

/** Runs `callback` when the page itself goes away (closed, reloaded, navigated elsewhere), not when merely hidden. */
export function onPageGone(callback: () => void): () => void {
  window.addEventListener('pagehide', callback);
  return () => window.removeEventListener('pagehide', callback);
}
