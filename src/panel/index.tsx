import { render } from 'preact';
import { VIEWS, type ViewName } from '../config';
import type { PanelController, PanelHost, PanelState } from '../core/panel-contract';
import { whenIdle } from '../core/idle';
import type { NewRequestPrefill } from '../core/types';
import { deepActiveElement } from '../host/focus';
import { applyAccentInk } from './accent';
import { keepAttached } from './keep-attached';
import { AppContext, createAppState } from '../state/app';
import { hostFacts } from '../state/environment';
import type { Route } from '../state/router';
import { App, ClosedAnnouncer } from '../ui/App';
import css from '../ui/panel.css?inline';

function routeFor(view: ViewName, arg: unknown): Route {
  switch (view) {
    case 'new': {
      const prefill = (arg && typeof arg === 'object' ? arg : {}) as NewRequestPrefill;
      return { view: 'new', category: prefill.category, prefill };
    }
    case 'request':
      return { view: 'request', key: String(arg) };
    default:
      return { view };
  }
}

/** Entry of the lazily loaded panel chunk: renders the dialog into the loader's shadow root. */
export function createPanel(host: PanelHost, initial: PanelState): PanelController {
  host.adoptStyles(css);
  applyAccentInk(host.root.host as HTMLElement, host.root, host.config.theme.accent);
  const app = createAppState(host, initial);
  const mount = document.createElement('div');
  host.root.append(mount);
  const stopKeeping = keepAttached(host.root.host as HTMLElement, host.config.container);
  let returnFocus: HTMLElement | null = null;

  const hide = (moveFocus: boolean): void => {
    if (!app.isOpen.peek()) return;
    app.isOpen.value = false;
    host.report({ open: false });
    host.emit('close', undefined);
    // Back to whatever had focus before: the launcher or the host's own help button. Opened with nothing focused (a
    // deep link from the e-mail), or that element gone, the launcher: focus would fall to the page's very top.
    if (moveFocus) (returnFocus?.isConnected ? returnFocus : host.root.querySelector<HTMLElement>('.launcher'))?.focus();
    returnFocus = null;
  };
  const close = (): void => hide(true);

  // The dialog hears the keys pressed inside it. Focus that got out while it is open (a click on the host page, the
  // launcher) must not leave it without Escape: that closes it too, unless the page used the key for itself. Focus
  // stays where the user put it, now no longer under the panel.
  const onKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && !event.defaultPrevented && !event.isComposing) hide(false);
  };
  // On the window, after the page's own handlers on the document have run: one that used the key is heard.
  window.addEventListener('keydown', onKey);

  // The first render gets a task of its own: the module's evaluation and the first requests (already on their way
  // to the portal by then) come first, and neither task grows long enough to hold up the host page.
  const firstRender = setTimeout(() =>
    render(
      <AppContext.Provider value={app}>
        <App onClose={close} />
        <ClosedAnnouncer />
      </AppContext.Provider>,
      mount,
    ),
  );

  const controller: PanelController = {
    open(view, arg) {
      if (view) app.router.reset(routeFor(view, arg));
      if (!app.isOpen.peek()) {
        const active = deepActiveElement();
        returnFocus = active && active !== document.body ? active : null;
        app.isOpen.value = true;
        host.report({ open: true });
      }
      const top = app.router.current.peek().view;
      host.emit('open', { view: view ?? (VIEWS.includes(top as ViewName) ? (top as ViewName) : 'home') });
    },
    close,
    identify(identity) {
      app.session.set(identity);
    },
    logout() {
      app.logout();
    },
    setLocale(locale) {
      app.setHostLocale(locale);
    },
    setContext(context) {
      app.context.value = hostFacts(context) ?? app.context.peek();
    },
    destroy() {
      // Leaving open: the host hears `close`, and focus goes back where it was before the panel took it.
      close();
      window.removeEventListener('keydown', onKey);
      destroyed = true;
      stopKeeping();
      clearTimeout(firstRender);
      cancelBackground();
      stopBackground();
      app.dispose();
      render(null, mount);
      mount.remove();
    },
  };
  // Unread polling and deep links are not needed to draw the first view: their code and their first poll wait
  // until the page is idle, so they never compete with a first open's requests.
  let destroyed = false;
  let stopBackground = (): void => undefined;
  const cancelBackground = whenIdle(() => {
    import('../state/background').then(
      (module) => {
        if (!destroyed) stopBackground = module.startBackground(app, (view, key) => controller.open(view, key));
      },
      () => undefined,
    );
  });
  return controller;
}
