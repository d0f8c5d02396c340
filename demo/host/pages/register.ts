import { h, replace } from '../../shared/dom.js';

export interface RegisteredUser {
  id: string;
  name: string;
}

type Locale = 'de' | 'en';

/** The demo backend's problem type for a link that is forged, meant for something else or past its 24 hours. */
const LINK_INVALID = 'urn:medsupport-demo:problem:registration-link-invalid';
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** The portal's public `POST /registrations`, proxied by the demo; the widget's own way to a registration link. */
const PORTAL_REGISTRATIONS = '/api/portal/v1/registrations';

// The person arrives from a mail in their language, which the demo's language setting stands for.
const TEXTS = {
  de: {
    title: 'Registrierung abschließen',
    checking: 'Der Registrierungslink wird geprüft …',
    intro: 'Sie kommen über den Registrierungslink aus der E-Mail des Supportportals. Danach sehen Sie Ihre Anfragen unter „Meine Anfragen“.',
    address: 'E-Mail-Adresse: {email}',
    name: 'Ihr Name',
    practice: 'Ihre Praxis',
    submit: 'Registrieren und anmelden',
    nameMissing: 'Bitte geben Sie Ihren Namen an.',
    failed: 'Die Registrierung ist gerade nicht möglich. Bitte versuchen Sie es in ein paar Minuten noch einmal.',
    invalidTitle: 'Registrierungslink ungültig',
    invalid: 'Dieser Registrierungslink ist ungültig oder abgelaufen: Er gilt 24 Stunden. Fordern Sie einen neuen an, wir schicken ihn per E-Mail.',
    email: 'E-Mail-Adresse',
    badEmail: 'Bitte geben Sie eine gültige E-Mail-Adresse ein.',
    request: 'Registrierungslink anfordern',
    requested: 'Wenn die Adresse {email} stimmt, erhalten Sie in wenigen Minuten eine E-Mail mit dem Registrierungslink.',
    requestFailed: 'Der Registrierungslink konnte gerade nicht angefordert werden. Bitte versuchen Sie es in ein paar Minuten noch einmal.',
  },
  en: {
    title: 'Complete your registration',
    checking: 'Checking the registration link …',
    intro: 'You came through the registration link in the support portal’s email. Afterwards you will find your requests under “My requests”.',
    address: 'Email address: {email}',
    name: 'Your name',
    practice: 'Your practice',
    submit: 'Register and sign in',
    nameMissing: 'Please enter your name.',
    failed: 'Registering is not possible right now. Please try again in a few minutes.',
    invalidTitle: 'Registration link invalid',
    invalid: 'This registration link is invalid or has expired: it is valid for 24 hours. Ask for a new one and we will email it to you.',
    email: 'Email address',
    badEmail: 'Please enter a valid email address.',
    request: 'Send registration link',
    requested: 'If {email} is correct, you will receive an email with the registration link in a few minutes.',
    requestFailed: 'The registration link could not be requested right now. Please try again in a few minutes.',
  },
} satisfies Record<Locale, Record<string, string>>;

type Texts = (typeof TEXTS)['de'];

/** The link's address, or `invalid` by the problem's type; anything else (the backend down) is thrown. */
async function checkLink(token: string): Promise<{ email: string } | 'invalid'> {
  const response = await fetch('/demo/registrations/check', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token }),
  });
  if (response.ok) return (await response.json()) as { email: string };
  if (await isLinkInvalid(response)) return 'invalid';
  throw new Error(`registration check: ${response.status}`);
}

async function isLinkInvalid(response: Response): Promise<boolean> {
  const problem = (await response.json().catch(() => ({}))) as { type?: unknown };
  return problem.type === LINK_INVALID;
}

const alert = (text: string): HTMLElement => h('p', { class: 'alert error', role: 'alert' }, text);

/** For a link that cannot be used: what happened, and the way to a new one, through the portal's public endpoint. */
function newLinkForm(t: Texts, locale: Locale): HTMLElement {
  const status = h('div');
  const input = h('input', { id: 'register-email', type: 'email', name: 'email', autocomplete: 'email', required: true });
  const request = async (event: Event): Promise<void> => {
    event.preventDefault();
    const email = input.value.trim();
    const valid = EMAIL.test(email);
    if (valid) input.removeAttribute('aria-invalid');
    else input.setAttribute('aria-invalid', 'true');
    if (!valid) {
      input.setAttribute('aria-describedby', 'register-email-error');
      replace(status, h('p', { id: 'register-email-error', class: 'alert error' }, t.badEmail));
      input.focus();
      return;
    }
    input.removeAttribute('aria-describedby');
    const response = await fetch(PORTAL_REGISTRATIONS, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': locale },
      body: JSON.stringify({ email }),
    }).catch(() => null);
    replace(status, response?.ok ? h('p', { class: 'alert', role: 'status' }, t.requested.replace('{email}', email)) : alert(t.requestFailed));
  };
  return h(
    'form',
    { class: 'login card', 'aria-labelledby': 'register-title', noValidate: true, onSubmit: (event: Event) => void request(event) },
    h('h1', { id: 'register-title' }, t.invalidTitle),
    h('p', { class: 'alert error', role: 'alert' }, t.invalid),
    h('label', { for: 'register-email' }, t.email),
    input,
    status,
    h('button', { type: 'submit', class: 'btn' }, t.request),
  );
}

function completionForm(t: Texts, token: string, email: string, onRegistered: (user: RegisteredUser) => void, onInvalid: () => void): HTMLElement {
  const error = h('div');
  const submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const response = await fetch('/demo/registrations', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token, name: data.get('name'), orgId: data.get('org') }),
    }).catch(() => null);
    if (response?.ok) return onRegistered((await response.json()) as RegisteredUser);
    // The link may have expired while the form was open.
    if (response && (await isLinkInvalid(response))) return onInvalid();
    replace(error, alert(response?.status === 422 ? t.nameMissing : t.failed));
  };
  return h(
    'form',
    { class: 'login card', 'aria-labelledby': 'register-title', onSubmit: (event: Event) => void submit(event) },
    h('h1', { id: 'register-title' }, t.title),
    h('p', { class: 'muted' }, t.intro),
    h('p', null, t.address.replace('{email}', email)),
    h('label', null, t.name, h('input', { name: 'name', required: true, autocomplete: 'name' })),
    h(
      'label',
      null,
      t.practice,
      h('select', { name: 'org' }, h('option', { value: 'org-berger' }, 'Praxis Dr. Berger'), h('option', { value: 'org-see' }, 'Physiotherapie am See')),
    ),
    error,
    h('button', { type: 'submit', class: 'btn' }, t.submit),
  );
}

// The page is drawn again on every route or user change; the link is checked once.
const checks = new Map<string, Promise<{ email: string } | 'invalid'>>();

/**
 * The landing page of the registration link from the portal's e-mail (`?medsupport=register/<token>`): the demo
 * backend checks the link first, then the person picks their name and practice and the app signs them in. A link
 * that cannot be used says so and offers a new one instead of a form that could only fail.
 */
export function registrationScreen(token: string, locale: Locale, onRegistered: (user: RegisteredUser) => void): HTMLElement {
  const t = TEXTS[locale];
  const screen = h('div', { class: 'registration' }, h('p', { class: 'login card', role: 'status' }, t.checking));
  const invalid = (): void => replace(screen, newLinkForm(t, locale));
  if (!checks.has(token)) checks.set(token, checkLink(token));
  checks.get(token)!.then(
    (result) => (result === 'invalid' ? invalid() : replace(screen, completionForm(t, token, result.email, onRegistered, invalid))),
    () => {
      checks.delete(token);
      replace(screen, h('div', { class: 'login card' }, alert(t.failed)));
    },
  );
  return screen;
}
