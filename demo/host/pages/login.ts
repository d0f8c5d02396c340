import { h } from '../../shared/dom.js';
import type { WidgetIntegration } from '../widget.js';

/**
 * What a visitor sees: the app's sign-in screen. The widget is there too, so someone who cannot sign in can still
 * ask for help; the portal then asks for their e-mail address.
 */
export function loginScreen(widget: WidgetIntegration): HTMLElement {
  return h(
    'form',
    { class: 'login card', 'aria-labelledby': 'login-title', onSubmit: (event: Event) => event.preventDefault() },
    h('h1', { id: 'login-title' }, 'Anmeldung'),
    h('label', null, 'E-Mail-Adresse', h('input', { type: 'email', name: 'email', autocomplete: 'username' })),
    h('label', null, 'Passwort', h('input', { type: 'password', name: 'password', autocomplete: 'current-password' })),
    h('button', { type: 'submit', class: 'btn', disabled: true }, 'Anmelden'),
    h('p', { class: 'muted' }, 'In dieser Demo melden Sie sich in der Demo-Steuerung unter „Angemeldet als“ an.'),
    h(
      'button',
      {
        type: 'button',
        class: 'link',
        onClick: () =>
          widget.newRequest({ category: 'support', summary: 'Ich kann mich nicht anmelden', description: 'Beim Anmelden in medondo erscheint: „E-Mail-Adresse oder Passwort falsch“.' }),
      },
      'Probleme bei der Anmeldung?',
    ),
  );
}
