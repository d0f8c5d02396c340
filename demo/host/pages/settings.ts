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

const TABS: { path: string; title: string; render(context: PageContext): HTMLElement }[] = [
  { path: 'praxis', title: 'Praxisdaten', render: practiceDetails },
  { path: 'behandler', title: 'Behandler', render: practitionerSettings },
  { path: 'benutzer', title: 'Benutzer & Rechte', render: users },
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
