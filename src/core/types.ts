import type { PortalErrorKind } from '../api/errors';
import type { Identity, LocaleTag, ViewName, WidgetConfig } from '../config';

/**
 * `code` of the `error` event. `load_failed`: the panel code could not be loaded (the launcher offers a retry).
 * `token_failed`: the host's `getToken` threw, rejected, answered no token or did not answer within 10 s.
 * `session_expired`: the portal refused the token, and a fresh one too. Any other code is a failed send of a request
 * or reply: the portal could not be reached (`network`, `offline`, `timeout`), refused it (`unauthorized`,
 * `forbidden`, `not_found`, `conflict`, `validation`, `too_large`, `rate_limited`), failed (`server`) or answered
 * something unreadable (`invalid_response`).
 */
export type WidgetErrorCode = 'load_failed' | 'token_failed' | 'session_expired' | PortalErrorKind;

/** Payloads of the events a host can listen to with `on(event, handler)`. */
export interface WidgetEvents {
  /** The widget is initialised and its launcher (if any) is on the page. */
  ready: undefined;
  open: { view: ViewName };
  close: undefined;
  /** A request was created by the portal. */
  submit: { key: string; requestType: string };
  articleOpen: { id: string; title: string };
  /** The user said an article solved the problem instead of sending a request. */
  deflect: { articleId: string };
  /** `message` is for developers, in English. */
  error: { code: WidgetErrorCode; message: string };
  /** Number of requests with support-team activity the user has not seen yet. */
  unread: { count: number };
}

export type WidgetEvent = keyof WidgetEvents;
export type Handler<E extends WidgetEvent> = (payload: WidgetEvents[E]) => void;

export interface NewRequestPrefill {
  /** Request type key, e.g. `bug`, `support`, `billing`. */
  category?: string;
  summary?: string;
  description?: string;
  /**
   * Any field of the request type by its id (as in `GET /request-types`), e.g. `{ topic: 'licences',
   * licencesWanted: 2 }`; a `multiselect` takes a list of option values. Unknown ids and values a field cannot take
   * are left out and reported in the console.
   */
  fields?: Record<string, string | number | string[]>;
}

/** Second argument of `open(view, arg)` per view. */
export interface ViewArgs {
  home: undefined;
  new: NewRequestPrefill | undefined;
  requests: undefined;
  request: string;
  profile: undefined;
}

/** What `open()` takes: nothing, or a view with its argument, optional where the view can do without one. */
export type OpenArgs =
  | []
  | { [V in keyof ViewArgs]: undefined extends ViewArgs[V] ? [view: V, arg?: ViewArgs[V]] : [view: V, arg: ViewArgs[V]] }[keyof ViewArgs];

/** The host API: the same on `window.MedSupport` and on `createSupportWidget()` instances. Never throws. */
export interface SupportWidget {
  init(config: WidgetConfig): void;
  /** Without a view the panel resumes where the user left it; with one it starts that view afresh. */
  open(...args: OpenArgs): void;
  close(): void;
  toggle(): void;
  isOpen(): boolean;
  identify(identity: Identity): void;
  logout(): void;
  setLocale(locale: LocaleTag): void;
  /** Extra facts attached to bug reports, e.g. `{ licenses: { used, quota } }`. Replaces the previous context. */
  setContext(context: Record<string, unknown>): void;
  on<E extends WidgetEvent>(event: E, handler: Handler<E>): () => void;
  off<E extends WidgetEvent>(event: E, handler: Handler<E>): void;
  /** Closes the panel (with a `close` event), removes the widget from the page and forgets every `on()` handler. */
  destroy(): void;
}
