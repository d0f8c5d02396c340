import type { Locale, RequestContext } from '../api/contract';
import { warn } from '../core/log';

// The portal's limits (docs/portal-api.md, Limits): beyond them every send would fail with nothing the user can fix.
const EXTRA_MAX_BYTES = 8192;
export const APP_VERSION_MAX = 100;

/**
 * The host's facts (setContext) as the portal takes them: a copy through JSON, or null (named in a warning) for what
 * JSON cannot write (a cycle, a BigInt) or what is over 8 KB as JSON. The caller keeps the facts it had.
 */
export function hostFacts(facts: Record<string, unknown>): Record<string, unknown> | null {
  let json: string;
  try {
    json = JSON.stringify(facts);
  } catch (error) {
    warn('setContext(): the object cannot be written as JSON; the earlier facts stay.', error);
    return null;
  }
  if (new TextEncoder().encode(json).length > EXTRA_MAX_BYTES) {
    warn(`setContext(): the object is over ${EXTRA_MAX_BYTES} bytes as JSON, more than the portal takes; the earlier facts stay.`);
    return null;
  }
  return JSON.parse(json) as Record<string, unknown>;
}

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
  if (appVersion) context.appVersion = appVersion.slice(0, APP_VERSION_MAX);
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
