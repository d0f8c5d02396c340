import { byId, h, replace } from '../shared/dom.js';
import { renderControls, type ControlsHandlers } from './controls.js';
import { createEventsLog } from './events-log.js';
import { createHeader } from './header.js';
import { loginScreen } from './pages/login.js';
import { registrationScreen } from './pages/register.js';
import { currentRoute, PAGES } from './router.js';
import { DEFAULTS, loadSettings, saveSettings, type DemoSettings } from './settings.js';
import { fetchUsers, type DemoUser } from './users.js';
import { createWidgetIntegration } from './widget.js';

/**
 * `?demoUser=<id>` (from the outbox's "open as recipient" link) signs in as that user first; the widget's own
 * `?medsupport=…` deep link is left in place for the widget to read.
 */
function takeUserParam(settings: DemoSettings, users: DemoUser[]): void {
  const params = new URLSearchParams(location.search);
  const wanted = params.get('demoUser');
  if (wanted === null) return;
  settings.userId = users.some((u) => u.id === wanted) ? wanted : null;
  params.delete('demoUser');
  const query = params.toString();
  history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
}

/**
 * `?medsupport=register/<token>`, the registration link from the portal's e-mail, is the app's to handle (the
 * widget only opens views): it is taken off the address and the landing page shows instead of the app's page.
 */
function takeRegistrationParam(): string | null {
  const params = new URLSearchParams(location.search);
  const value = params.get('medsupport') ?? '';
  if (!value.startsWith('register/')) return null;
  params.delete('medsupport');
  const query = params.toString();
  history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
  return value.slice('register/'.length);
}

function applyTheme(dark: boolean): void {
  document.documentElement.dataset['theme'] = dark ? 'dark' : 'light';
}

async function main(): Promise<void> {
  let users = await fetchUsers();
  let registration = takeRegistrationParam();
  const settings = loadSettings();
  if (settings.userId !== null && !users.some((u) => u.id === settings.userId)) settings.userId = DEFAULTS.userId;
  takeUserParam(settings, users);
  saveSettings(settings);
  applyTheme(settings.dark);

  const logEvent = createEventsLog(byId<HTMLOListElement>('events-list'), byId<HTMLButtonElement>('events-clear'));
  let header: ReturnType<typeof createHeader> | null = null;
  const widget = createWidgetIntegration({
    onEvent: (event, payload) => {
      logEvent(event, payload);
      header?.widgetEvent(event);
    },
    onUnread: (count) => header?.showUnread(count),
  });
  header = createHeader(widget);
  const app = byId('app');
  const sidebar = byId('sidebar');
  const content = byId('content');
  const userOf = (): DemoUser | null => users.find((u) => u.id === settings.userId) ?? null;

  const render = (): void => {
    const user = userOf();
    const { page, sub } = currentRoute();
    sidebar.hidden = !user;
    app.classList.toggle('signed-out', !user);
    replace(sidebar, PAGES.map((p) => h('a', { href: `#/${p.path}`, 'aria-current': p === page ? 'page' : null }, p.title)));
    replace(content, registration ? registrationScreen(registration, settings.locale, (registered) => void signInRegistered(registered.id)) : user ? page.render({ user, widget, sub }) : loginScreen(widget));
    document.title = `${user ? page.title : 'Anmeldung'} · medondo (MedSupport-Demo)`;
    widget.reconfigure({ launcher: user ? page.launcher : true });
    widget.setContext({ page: user ? page.title : 'Anmeldung' });
  };

  const update = (patch: Partial<DemoSettings>): DemoSettings => {
    Object.assign(settings, patch);
    saveSettings(settings);
    return settings;
  };

  const onUser = (userId: string | null): void => {
    update({ userId });
    widget.switchUser(userId);
    header?.showUser(userOf());
    render();
  };
  const controls: ControlsHandlers = {
    onUser,
    onLocale(locale) {
      update({ locale });
      widget.setLocale(locale);
    },
    onAccent(accent) {
      update({ accent });
      widget.reconfigure({ accent });
    },
    onDark(dark) {
      update({ dark });
      applyTheme(dark);
      widget.reconfigure({ dark });
    },
    onPosition(position) {
      update({ position });
      widget.reconfigure({ position });
    },
  };
  renderControls(byId('controls'), users, settings, controls);

  // Registered through the e-mail's link: signed in as the new user, who finds the request they sent as a visitor.
  const signInRegistered = async (userId: string): Promise<void> => {
    registration = null;
    users = await fetchUsers();
    onUser(userId);
    renderControls(byId('controls'), users, settings, controls);
    widget.open('requests');
  };

  const { page } = currentRoute();
  widget.start({ ...settings, launcher: userOf() ? page.launcher : true });
  header.showUser(userOf());
  render();
  window.addEventListener('hashchange', () => {
    render();
    content.focus();
  });
}

main().catch((error: unknown) => {
  replace(byId('content'), h('div', { class: 'alert error', role: 'alert' }, h('p', null, `Die Demo konnte nicht starten: ${error instanceof Error ? error.message : String(error)}`)));
});
