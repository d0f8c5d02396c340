import type { WidgetConfig } from '../../src/config';
import type { NewRequestPrefill, OpenArgs, SupportWidget, WidgetEvent, WidgetEvents } from '../../src/core/types';
import type { Position } from './settings.js';
import { tokenSource } from './users.js';

export const WIDGET_EVENTS: WidgetEvent[] = ['ready', 'open', 'close', 'submit', 'articleOpen', 'deflect', 'error', 'unread'];

/** The options the widget only reads in `init`; changing one means destroy() and init() again. */
export interface MountOptions {
  locale: 'de' | 'en';
  accent: string;
  dark: boolean;
  position: Position;
  launcher: boolean;
  userId: string | null;
}

export interface IntegrationHandlers {
  /** Every widget event, for the demo's log. */
  onEvent<E extends WidgetEvent>(event: E, payload: WidgetEvents[E]): void;
  /** The count for the "Hilfe" button's badge. */
  onUnread(count: number): void;
}

/** The app's version as a real host would pass it; it is attached to bug reports. */
const APP_VERSION = 'medondo 4.18.2 (Demo)';

/** The app's own account page (settings › Mein Konto), where the password is changed. */
export const ACCOUNT_URL = '/#/einstellungen/konto';

/**
 * `window.MedSupport` is the queue stub from the snippet until med-support.js has run, then the real widget; both
 * take the same calls, so the app never waits for the script.
 */
function medSupport(): SupportWidget {
  return window.MedSupport as SupportWidget;
}

/** Everything the host app does with the widget, in one place, the way a real integration would wrap it. */
export function createWidgetIntegration(handlers: IntegrationHandlers) {
  let current: MountOptions | null = null;
  let context: Record<string, unknown> = {};

  const mount = (options: MountOptions): void => {
    current = options;
    // destroy() drops all handlers, so every mount subscribes again, before init so `ready` is heard.
    for (const event of WIDGET_EVENTS) medSupport().on(event, (payload) => handlers.onEvent(event, payload));
    medSupport().on('unread', ({ count }) => handlers.onUnread(count));
    const config: WidgetConfig = {
      portalUrl: '/api/portal/v1',
      locale: options.locale,
      launcher: options.launcher,
      position: options.position,
      theme: { accent: options.accent, colorScheme: options.dark ? 'dark' : 'light' },
      appVersion: APP_VERSION,
      // The widget's profile links here for password changes, which are the app's, not the portal's.
      accountUrl: ACCOUNT_URL,
      // Short, so an answer from the support console shows up on the Hilfe button while someone watches.
      pollInterval: 10_000,
    };
    if (options.userId) config.getToken = tokenSource(options.userId);
    medSupport().init(config);
    // destroy() forgets the context too; the page the user is on still has it.
    if (Object.keys(context).length) medSupport().setContext(context);
  };

  return {
    start: mount,
    /** Applies init-only options (launcher, position, theme) by re-creating the widget; a no-op if nothing changed. */
    reconfigure(patch: Partial<Omit<MountOptions, 'userId' | 'locale'>>): void {
      if (!current) return;
      const next = { ...current, ...patch };
      if (next.launcher === current.launcher && next.position === current.position && next.accent === current.accent && next.dark === current.dark) return;
      medSupport().destroy();
      mount(next);
    },
    /** Signs in as another user or out, without reloading the page: the widget drops the old user's data. */
    switchUser(userId: string | null): void {
      if (!current) return;
      current = { ...current, userId };
      if (userId) medSupport().identify({ getToken: tokenSource(userId) });
      else medSupport().logout();
    },
    setLocale(locale: 'de' | 'en'): void {
      if (current) current = { ...current, locale };
      medSupport().setLocale(locale);
    },
    setContext(next: Record<string, unknown>): void {
      context = next;
      medSupport().setContext(next);
    },
    open(...args: OpenArgs): void {
      medSupport().open(...args);
    },
    newRequest(prefill: NewRequestPrefill): void {
      medSupport().open('new', prefill);
    },
  };
}

export type WidgetIntegration = ReturnType<typeof createWidgetIntegration>;
