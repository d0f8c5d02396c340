import type { Credentials, Identity, Locale, ResolvedConfig, ViewName } from '../config';
import type { WidgetEvent, WidgetEvents } from './types';

/** What the loader hands to the lazily loaded panel. */
export interface PanelHost {
  config: ResolvedConfig;
  root: ShadowRoot;
  adoptStyles(css: string): void;
  emit<E extends WidgetEvent>(event: E, payload: WidgetEvents[E]): void;
  /**
   * The panel reports its open state, unread count (with its text for the launcher's name, in the panel's
   * language and plural rules) and language (e.g. from the user's profile) to the launcher.
   */
  report(state: { open?: boolean; unread?: { count: number; label: string }; locale?: Locale }): void;
}

export interface PanelState {
  identity: Credentials | null;
  /** The answer of `identity.getToken`, asked for when the panel code started loading. */
  token?: Promise<string>;
  locale: Locale;
  context: Record<string, unknown>;
}

/** What the panel module gives back; every call is safe at any time. */
export interface PanelController {
  /** Without a view the panel shows what it showed last. */
  open(view: ViewName | undefined, arg: unknown): void;
  close(): void;
  identify(identity: Identity): void;
  logout(): void;
  setLocale(locale: Locale): void;
  setContext(context: Record<string, unknown>): void;
  destroy(): void;
}

export interface PanelModule {
  createPanel(host: PanelHost, state: PanelState): PanelController;
}

export type LoadPanel = () => Promise<PanelModule>;
