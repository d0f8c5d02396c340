import type { Identity, Locale, ViewName, WidgetConfig } from '../config';

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
  error: { code: string; message: string };
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
   * licencesWanted: 2 }`. Unknown ids and values a field cannot take are left out and reported in the console.
   */
  fields?: Record<string, string | number>;
}

/** Second argument of `open(view, arg)` per view. */
export interface ViewArgs {
  home: undefined;
  new: NewRequestPrefill | undefined;
  requests: undefined;
  request: string;
  profile: undefined;
}

/** The host API: the same on `window.MedSupport` and on `createSupportWidget()` instances. Never throws. */
export interface SupportWidget {
  init(config: WidgetConfig): void;
  open<V extends ViewName>(view?: V, arg?: ViewArgs[V]): void;
  close(): void;
  toggle(): void;
  isOpen(): boolean;
  identify(identity: Identity): void;
  logout(): void;
  setLocale(locale: Locale): void;
  /** Extra facts attached to bug reports, e.g. `{ licenses: { used, quota } }`. Replaces the previous context. */
  setContext(context: Record<string, unknown>): void;
  on<E extends WidgetEvent>(event: E, handler: Handler<E>): () => void;
  off<E extends WidgetEvent>(event: E, handler: Handler<E>): void;
  destroy(): void;
}
