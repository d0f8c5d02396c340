import type { DemoUser } from '../server/identity.js';
import type { OutboxMail } from '../server/outbox.js';
import { byId, h, linkify, replace } from '../shared/dom.js';
import { formatDateTime } from '../shared/format.js';

const POLL_MS = 4000;

const KINDS: Record<string, string> = { confirmation: 'Eingangsbestätigung', reply: 'Antwort des Supports', registration: 'Registrierung' };

/**
 * The mail's HTML, sandboxed: no scripts, an opaque origin, no forms. Popups are the one thing allowed, and
 * `<base target="_blank">` makes every link one, so a link opens in a new tab (as in a web mail client) instead
 * of loading the demo inside this small frame; `allow-popups-to-escape-sandbox` lets that tab work normally.
 */
function mailFrame(mail: OutboxMail): HTMLIFrameElement {
  const frame = h('iframe', { sandbox: 'allow-popups allow-popups-to-escape-sandbox', title: `Inhalt: ${mail.subject}`, referrerpolicy: 'no-referrer' });
  // The <base> goes right after the doctype, which must stay first or the mail renders in quirks mode.
  frame.srcdoc = `<!doctype html><base target="_blank">${(mail.html ?? '').replace(/^\s*<!doctype[^>]*>/i, '')}`;
  return frame;
}

/** The portal's deep link in the mail (`?medsupport=…`), if there is one. */
function deepLink(mail: OutboxMail): URL | null {
  const match = /https?:\/\/\S*[?&]medsupport=\S+/.exec(mail.text ?? '');
  if (!match) return null;
  try {
    return new URL(match[0]);
  } catch {
    return null;
  }
}

/**
 * The link as the recipient would follow it: the demo cannot know who reads the mail, so this variant signs in
 * as the recipient first (`demoUser`); the link in the mail itself opens with whoever is signed in.
 */
function openAs(mail: OutboxMail, users: DemoUser[]): HTMLElement | null {
  const link = deepLink(mail);
  const recipient = users.find((u) => mail.to.toLowerCase().includes(u.email.toLowerCase()));
  if (!link) return null;
  const target = new URL(link);
  if (recipient) target.searchParams.set('demoUser', recipient.id);
  return h(
    'p',
    { class: 'open-as' },
    // Relative, so it leads into this demo whichever host name it was opened under.
    h('a', { class: 'btn secondary', href: target.pathname + target.search + target.hash, target: '_blank' }, recipient ? `In der Praxis-App als ${recipient.name} öffnen ↗` : 'In der Praxis-App öffnen ↗'),
  );
}

function mailCard(mail: OutboxMail, users: DemoUser[]): HTMLLIElement {
  return h(
    'li',
    { class: 'card mail' },
    h('h2', null, mail.subject || '(ohne Betreff)'),
    h(
      'dl',
      { class: 'mail-meta' },
      h('dt', null, 'An'),
      h('dd', null, mail.to),
      h('dt', null, 'Von'),
      h('dd', null, mail.from),
      h('dt', null, 'Datum'),
      h('dd', null, formatDateTime(mail.date)),
      h('dt', null, 'Art'),
      h('dd', null, [KINDS[mail.kind ?? ''] ?? mail.kind ?? '–', mail.requestKey ? ` · ${mail.requestKey}` : ''].join('')),
    ),
    mail.html ? mailFrame(mail) : h('pre', null, linkify(mail.text ?? '')),
    mail.html && mail.text && h('details', null, h('summary', null, 'Textfassung'), h('pre', null, linkify(mail.text))),
    openAs(mail, users),
  );
}

const list = byId('mails');
const state = byId('outbox-state');
let shown = '';

async function refresh(users: DemoUser[]): Promise<void> {
  try {
    const response = await fetch('/demo/mails');
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const { total, mails } = (await response.json()) as { total: number; mails: OutboxMail[] };
    const signature = mails.map((m) => m.file).join('|');
    if (signature === shown) return;
    // Only re-render on new mail: a re-render would reload every frame and lose the reader's scroll position.
    shown = signature;
    state.textContent = total ? `${total} ${total === 1 ? 'E-Mail' : 'E-Mails'}${total > mails.length ? `, die neuesten ${mails.length} angezeigt` : ''}` : 'Noch keine E-Mails. Stellen Sie in der Praxis-App eine Anfrage.';
    replace(list, mails.map((m) => mailCard(m, users)));
  } catch (error) {
    state.textContent = `Der Postausgang konnte nicht geladen werden: ${error instanceof Error ? error.message : String(error)}`;
  }
}

const users = (await fetch('/demo/users').then((r) => (r.ok ? r.json() : []))) as DemoUser[];
await refresh(users);
window.setInterval(() => {
  if (document.visibilityState === 'visible') void refresh(users);
}, POLL_MS);
