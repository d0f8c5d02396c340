import { h } from '../../shared/dom.js';

export interface RegisteredUser {
  id: string;
  name: string;
}

/**
 * The landing page of the registration link from the portal's e-mail (`?medsupport=register/<token>`): the person
 * picks their name and practice, the demo backend checks the link, and the app signs them in.
 */
export function registrationScreen(token: string, onRegistered: (user: RegisteredUser) => void): HTMLElement {
  const error = h('p', { class: 'alert error', role: 'alert', hidden: true });
  const submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const response = await fetch('/demo/registrations', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token, name: data.get('name'), orgId: data.get('org') }),
    });
    if (!response.ok) {
      const problem = (await response.json().catch(() => ({}))) as { detail?: string };
      error.textContent = `Die Registrierung ist fehlgeschlagen: ${problem.detail ?? response.status}`;
      error.hidden = false;
      return;
    }
    onRegistered((await response.json()) as RegisteredUser);
  };
  return h(
    'form',
    { class: 'login card', 'aria-labelledby': 'register-title', onSubmit: (event: Event) => void submit(event) },
    h('h1', { id: 'register-title' }, 'Registrierung abschließen'),
    h('p', { class: 'muted' }, 'Sie kommen über den Registrierungslink aus der E-Mail des Supportportals. Danach sehen Sie Ihre Anfragen unter „Meine Anfragen“.'),
    h('label', null, 'Ihr Name', h('input', { name: 'name', required: true, autocomplete: 'name' })),
    h(
      'label',
      null,
      'Ihre Praxis',
      h('select', { name: 'org' }, h('option', { value: 'org-berger' }, 'Praxis Dr. Berger'), h('option', { value: 'org-see' }, 'Physiotherapie am See')),
    ),
    error,
    h('button', { type: 'submit', class: 'btn' }, 'Registrieren und anmelden'),
  );
}
