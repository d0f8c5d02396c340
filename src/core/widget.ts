import { resolveConfig, toLocale, VIEWS, type Identity, type Locale, type ResolvedConfig, type ViewName } from '../config';
import { launcherStrings, type LauncherKey } from '../i18n/launcher-strings';
import { createEmitter } from './emitter';
import { createHostElement, type HostElement } from './host-element';
import { createLauncher, type Launcher } from './launcher';
import { whenIdle } from './idle';
import { warn } from './log';
import type { LoadPanel, PanelController, PanelState } from './panel-contract';
import type { SupportWidget } from './types';

const LOAD_FAILED = 'The panel code could not be loaded.';

interface Mounted {
  config: ResolvedConfig;
  host: HostElement;
  launcher?: Launcher;
  panel?: PanelController;
  loading?: Promise<PanelController | null> | null;
  failed: boolean;
  open: boolean;
  unread: number;
  unreadLabel: string;
  /** An `open()` waiting for the panel code. */
  pendingOpen?: { view: ViewName | undefined; arg: unknown } | null;
  cancelIdle?: () => void;
}

/**
 * The host API around a lazily loaded panel. It stays small (no Preact): it owns the host element, the launcher
 * and the events, remembers what the host asked for, and hands that to the panel once its code is there.
 * `nonce` is the loader script tag's, for a config without one.
 */
export function createWidget(loadPanel: LoadPanel, nonce?: string): SupportWidget {
  const emitter = createEmitter();
  const state: PanelState = { identity: null, locale: 'de', context: {} };
  let mounted: Mounted | null = null;
  /** Calls made after an init() that waits for document.body, run in order once it has mounted. */
  let waiting: (() => void)[] | null = null;

  const text = (key: LauncherKey): string => mounted?.config.strings?.[state.locale]?.[key] ?? launcherStrings[state.locale][key];

  const render = (): void => {
    // Busy only while an open the user asked for waits for the panel code (`pendingOpen` lasts exactly that long): the
    // load at idle time is nobody's business on the launcher. The launcher reads its fields of `mounted`.
    mounted?.launcher?.update({ ...mounted, busy: !!mounted.pendingOpen, locale: state.locale, text });
  };

  // Async only for its result: everything up to the import starts synchronously.
  const load = async (): Promise<PanelController | null> => {
    const m = mounted;
    if (!m) return null;
    if (m.panel) return m.panel;
    if (m.loading) return m.loading;
    m.failed = false;
    // The host's token travels while the panel code downloads, so the panel's first requests leave before it renders.
    const getToken = state.identity?.getToken;
    // Handled by the panel; a panel that never loads must not leave an unhandled rejection behind.
    if (getToken) (state.token = Promise.resolve().then(getToken)).catch(() => undefined);
    m.loading = loadPanel().then(
      (module) => {
        if (mounted !== m) return null;
        m.panel = module.createPanel(
          {
            config: m.config,
            root: m.host.root,
            adoptStyles: m.host.adoptStyles,
            emit: emitter.emit,
            report({ open, unread, locale }) {
              if (open !== undefined) m.open = open;
              if (unread) [m.unread, m.unreadLabel] = [unread.count, unread.label];
              if (locale) state.locale = locale;
              render();
            },
          },
          state,
        );
        m.loading = null;
        if (m.pendingOpen) m.panel.open(m.pendingOpen.view, m.pendingOpen.arg);
        m.pendingOpen = null;
        render();
        return m.panel;
      },
      (error: unknown) => {
        if (mounted !== m) return null;
        warn(LOAD_FAILED, error);
        Object.assign(m, { loading: null, failed: true, open: false, pendingOpen: null });
        emitter.emit('error', { code: 'load_failed', message: LOAD_FAILED });
        render();
        return null;
      },
    );
    render();
    return m.loading;
  };

  /** Runs a call against the mounted widget, or explains why it cannot run; never throws into the host. */
  const guard = <A extends unknown[]>(name: string, fn: (m: Mounted, ...args: A) => void) => {
    const run = (...args: A): void => {
      if (waiting) return void waiting.push(() => run(...args));
      if (!mounted) return warn(`${name}() before init().`);
      try {
        fn(mounted, ...args);
      } catch (error) {
        warn(`${name}() failed.`, error);
      }
    };
    return run;
  };

  // Without a view the panel resumes where the user left it; with one it starts that view afresh.
  const open = guard('open', (m, view?: unknown, arg?: unknown) => {
    if (view !== undefined && !VIEWS.includes(view as ViewName)) {
      return warn(`open("${String(view)}") is not a view: ${VIEWS.join(', ')}.`);
    }
    if (view === 'request' && typeof arg !== 'string') return warn('open("request", key) needs a request key.');
    m.open = true;
    if (m.panel) m.panel.open(view as ViewName | undefined, arg);
    else {
      m.pendingOpen = { view: view as ViewName | undefined, arg };
      void load();
    }
    render();
  });

  const close = guard('close', (m) => {
    m.pendingOpen = null;
    m.open = false;
    m.panel?.close();
    render();
  });

  const widget: SupportWidget = {
    init(input) {
      if (mounted || waiting) return warn('init() again: already initialised.');
      const config = resolveConfig(input);
      if (typeof config === 'string') return warn(config);
      config.nonce ||= nonce;
      // A script in <head> runs before there is a body to append to: mount once the parser has made one.
      if (!document.body && !config.container) {
        const calls: (() => void)[] = (waiting = []);
        return document.addEventListener('DOMContentLoaded', () => {
          if (waiting !== calls) return;
          waiting = null;
          widget.init(config);
          calls.forEach((call) => call());
        });
      }
      state.locale = config.locale;
      if (config.token || config.getToken) state.identity = config;
      const host = createHostElement(config);
      const m: Mounted = {
        config,
        host,
        failed: false,
        open: false,
        unread: 0,
        unreadLabel: '',
      };
      mounted = m;
      if (config.launcher) {
        m.launcher = createLauncher(host.root, () => (m.failed ? load() : widget.toggle()));
      }
      render();
      // The panel also owns deep links and the unread poll, so it loads when the browser is idle, not only on open;
      // at once when the page was opened from a deep link.
      if (location.search.includes(config.deepLinkParam)) void load();
      else m.cancelIdle = whenIdle(() => void load());
      // Once the calling code has run, so that `createSupportWidget(config).on('ready', …)` hears it.
      queueMicrotask(() => {
        if (mounted === m) emitter.emit('ready', undefined);
      });
    },
    open,
    close,
    toggle: guard('toggle', (m) => (m.open ? close() : open())),
    isOpen: () => !!mounted?.open,
    identify: guard('identify', (m, identity: Identity) => {
      if (!identity || (typeof identity.token !== 'string' && typeof identity.getToken !== 'function')) {
        return warn('identify() needs { token } or { getToken }.');
      }
      // A token asked for while the panel loads belongs to the identity it was asked for, not to this one.
      state.token = undefined;
      state.identity = identity;
      m.panel?.identify(identity);
    }),
    logout: guard('logout', (m) => {
      state.identity = null;
      m.unread = 0;
      m.panel?.logout();
      render();
    }),
    setLocale: guard('setLocale', (m, input: Locale) => {
      const locale = toLocale(input);
      if (!locale) return warn(`setLocale("${String(input)}"): use "de" or "en".`);
      state.locale = locale;
      m.panel?.setLocale(locale);
      render();
    }),
    setContext: guard('setContext', (m, context: Record<string, unknown>) => {
      if (!context || typeof context !== 'object') return warn('setContext() needs an object.');
      state.context = context;
      m.panel?.setContext(context);
    }),
    on: emitter.on,
    off: emitter.off,
    destroy() {
      waiting = null;
      if (!mounted) return;
      const m = mounted;
      mounted = null;
      m.cancelIdle?.();
      m.panel?.destroy();
      m.host.remove();
      emitter.clear();
      state.identity = null;
      state.context = {};
    },
  };
  return widget;
}
