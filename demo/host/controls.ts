import { h, replace } from '../shared/dom.js';
import type { DemoSettings, Position } from './settings.js';
import type { DemoUser } from './users.js';

export interface ControlsHandlers {
  onUser(userId: string | null): void;
  onLocale(locale: 'de' | 'en'): void;
  onAccent(accent: string): void;
  onDark(dark: boolean): void;
  onPosition(position: Position): void;
}

const VISITOR = '';

/** The demo's control column: who is signed in, and the widget's language, colours and position. */
export function renderControls(root: HTMLElement, users: DemoUser[], settings: DemoSettings, on: ControlsHandlers): void {
  const practices = [...new Map(users.map((u) => [u.orgId, u.orgName])).entries()];
  const user = h(
    'select',
    { id: 'demo-user', onChange: () => on.onUser(user.value === VISITOR ? null : user.value) },
    practices.map(([orgId, orgName]) =>
      h('optgroup', { label: orgName }, users.filter((u) => u.orgId === orgId).map((u) => h('option', { value: u.id, selected: u.id === settings.userId }, u.name))),
    ),
    h('option', { value: VISITOR, selected: settings.userId === null }, 'Nicht angemeldet (Besucher)'),
  );
  const locale = h(
    'select',
    { id: 'demo-locale', onChange: () => on.onLocale(locale.value === 'en' ? 'en' : 'de') },
    h('option', { value: 'de', selected: settings.locale === 'de' }, 'Deutsch'),
    h('option', { value: 'en', selected: settings.locale === 'en' }, 'English'),
  );
  // `change`, not `input`: each change re-creates the widget, which should not happen on every drag step.
  const accent = h('input', { id: 'demo-accent', type: 'color', value: settings.accent, onChange: () => on.onAccent(accent.value) });
  const dark = h('input', { id: 'demo-dark', type: 'checkbox', checked: settings.dark, onChange: () => on.onDark(dark.checked) });
  const position = h(
    'select',
    { id: 'demo-position', onChange: () => on.onPosition(position.value === 'bottom-left' ? 'bottom-left' : 'bottom-right') },
    h('option', { value: 'bottom-right', selected: settings.position === 'bottom-right' }, 'Unten rechts'),
    h('option', { value: 'bottom-left', selected: settings.position === 'bottom-left' }, 'Unten links'),
  );

  replace(
    root,
    h(
      'div',
      { class: 'controls' },
      h('label', { for: 'demo-user' }, 'Angemeldet als', user),
      h('p', { class: 'hint' }, 'Wechselt ohne Neuladen: identify() bzw. logout().'),
      h('label', { for: 'demo-locale' }, 'Sprache des Widgets', locale),
      h('p', { class: 'hint' }, 'Beim Anmelden übernimmt das Widget die Sprache aus dem Portal-Profil (Sofia Yilmaz: Englisch); setLocale() ändert sie danach.'),
      h('label', { for: 'demo-accent' }, 'Akzentfarbe', accent),
      h('label', { class: 'inline', for: 'demo-dark' }, dark, 'Dunkler Modus'),
      h('label', { for: 'demo-position' }, 'Position', position),
      h('p', { class: 'hint' }, 'Farbe, Modus und Position liest das Widget nur in init(): Die Demo ruft destroy() und init() erneut auf.'),
      h(
        'div',
        { class: 'links' },
        h('a', { href: '/agent', target: '_blank' }, 'Support-Konsole ↗'),
        h('a', { href: '/outbox', target: '_blank' }, 'Postausgang (E-Mails) ↗'),
      ),
    ),
  );
}
