import { h } from '../../shared/dom.js';
import type { Page, PageContext } from './page.js';
import { customerNumber } from '../practice-data.js';
import { practitionerSettings } from './practitioner-settings.js';

function practiceDetails({ user }: PageContext): HTMLElement {
  return h(
    'section',
    { class: 'card' },
    h('h2', null, 'Praxisdaten'),
    h(
      'dl',
      { class: 'details' },
      h('dt', null, 'Name'),
      h('dd', null, user.orgName),
      h('dt', null, 'Kundennummer'),
      h('dd', null, customerNumber(user.orgId)),
      h('dt', null, 'Vertrag'),
      h('dd', null, 'medondo Praxis, 10 Behandler-Lizenzen'),
    ),
  );
}

function users({ user }: PageContext): HTMLElement {
  return h('section', { class: 'card' }, h('h2', null, 'Benutzer & Rechte'), h('p', { class: 'muted' }, `Angemeldet als ${user.name} (Administrator).`));
}

/** The signed-in person's own account: where a password is changed (the widget's profile links here). */
function account({ user }: PageContext): HTMLElement {
  const notice = h('p', { role: 'status' });
  return h(
    'form',
    {
      class: 'card account',
      'aria-labelledby': 'account-title',
      onSubmit: (event: Event) => {
        event.preventDefault();
        notice.textContent = 'In dieser Demo wird kein Passwort geändert. Nach einer Passwortänderung müssen Sie sich neu einloggen.';
      },
    },
    h('h2', { id: 'account-title' }, 'Mein Konto'),
    h('p', { class: 'muted' }, `${user.name} · ${user.email}`),
    h('label', null, 'Aktuelles Passwort', h('input', { type: 'password', name: 'current', autocomplete: 'current-password' })),
    h('label', null, 'Neues Passwort', h('input', { type: 'password', name: 'new', autocomplete: 'new-password' })),
    h('p', { class: 'muted' }, 'Nach einer Passwortänderung müssen Sie sich auf allen Geräten neu einloggen.'),
    notice,
    h('button', { type: 'submit', class: 'btn' }, 'Passwort ändern'),
  );
}

const TABS: { path: string; title: string; render(context: PageContext): HTMLElement }[] = [
  { path: 'praxis', title: 'Praxisdaten', render: practiceDetails },
  { path: 'behandler', title: 'Behandler', render: practitionerSettings },
  { path: 'benutzer', title: 'Benutzer & Rechte', render: users },
  { path: 'konto', title: 'Mein Konto', render: account },
];

export const settingsPage: Page = {
  path: 'einstellungen',
  title: 'Einstellungen',
  launcher: true,
  render(context) {
    const tab = TABS.find((t) => t.path === context.sub) ?? TABS[0]!;
    return h(
      'div',
      { class: 'page' },
      h('div', { class: 'page-head' }, h('h1', null, 'Einstellungen')),
      h(
        'nav',
        { class: 'tabs', 'aria-label': 'Einstellungen' },
        TABS.map((t) => h('a', { href: `#/einstellungen/${t.path}`, 'aria-current': t === tab ? 'page' : null }, t.title)),
      ),
      tab.render(context),
    );
  },
};
