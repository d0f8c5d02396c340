import { LIMITS, type Locale, type RequestContext } from '../api/contract';
import { warn } from '../core/log';

// Beyond the portal's limits every send would fail with nothing the user can fix.
const { appVersionMaxLength, contextExtraMaxBytes } = LIMITS;

/** `appVersion` within the portal's limit, counted in characters as the portal counts them (an emoji is one). */
export function appVersionOf(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const characters = Array.from(value);
  if (characters.length <= appVersionMaxLength) return value;
  warn(`config.appVersion is over ${appVersionMaxLength} characters; bug reports carry its first ${appVersionMaxLength}.`);
  return characters.slice(0, appVersionMaxLength).join('');
}

/**
 * The host's facts (setContext) as the portal takes them: a copy through JSON, or null (named in a warning) for what
 * JSON cannot write (a cycle, a BigInt), what is over 8 KB as JSON, or a list. The caller keeps the facts it had.
 */
export function hostFacts(facts: Record<string, unknown>): Record<string, unknown> | null {
  if (Array.isArray(facts)) {
    warn('setContext(): a list is no object of facts; the earlier facts stay.');
    return null;
  }
  let json: string;
  try {
    json = JSON.stringify(facts);
  } catch (error) {
    warn('setContext(): the object cannot be written as JSON; the earlier facts stay.', error);
    return null;
  }
  if (new TextEncoder().encode(json).length > contextExtraMaxBytes) {
    warn(`setContext(): the object is over ${contextExtraMaxBytes} bytes as JSON, more than the portal takes; the earlier facts stay.`);
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
