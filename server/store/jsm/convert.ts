import type { Locale, RequestContext, RequestStatus, StatusId } from '../../../src/api/contract.js';
import { optObj, optStr, type Json } from './read.js';
import { escapeWiki, lf, unescapeWiki, wikiToText } from './wiki.js';

/**
 * Status names of JSM's default service-desk workflow in English and German, for answers that come in the service
 * account's language (the lists' JQL), which may be either: each is shown in the reader's language. Where Jira's
 * German has two names for one status (a site's translation may differ), both lead to the same English one.
 */
const DEFAULT_NAMES: [en: string, ...de: string[]][] = [
  ['Waiting for support', 'Warten auf Support'],
  ['Waiting for customer', 'Warten auf Kunden'],
  ['In progress', 'In Arbeit', 'In Bearbeitung'],
  ['Resolved', 'Gelöst', 'Erledigt'],
  ['Done', 'Fertig'],
  ['Closed', 'Geschlossen'],
  ['Canceled', 'Abgebrochen'],
  ['Cancelled', 'Abgebrochen'],
  ['Declined', 'Abgelehnt'],
  ['Pending', 'Ausstehend'],
  ['Open', 'Offen'],
  ['Reopened', 'Wieder geöffnet', 'Erneut geöffnet'],
  ['Escalated', 'Eskaliert'],
];
/** A default status's name, lower case, → its language and its name in the other one. */
const KNOWN = new Map<string, { locale: Locale; other: string }>(
  DEFAULT_NAMES.flatMap(([en, ...de]) => [
    [en.toLowerCase(), { locale: 'en', other: de[0]! }] as const,
    ...de.map((name) => [name.toLowerCase(), { locale: 'de', other: en }] as const),
  ]),
);

/** What a status the lists do not know is shown as: the search names workflow statuses, which may be internal. */
const GENERIC: Record<StatusId, Record<Locale, string>> = {
  waiting_for_support: { de: 'Warten auf Support', en: 'Waiting for support' },
  in_progress: { de: 'In Arbeit', en: 'In progress' },
  waiting_for_customer: { de: 'Warten auf Kunden', en: 'Waiting for customer' },
  resolved: { de: 'Gelöst', en: 'Resolved' },
  closed: { de: 'Geschlossen', en: 'Closed' },
};

/** A site's own name for waiting on the customer's answer ("Awaiting your reply", "Warten auf Ihre Rückmeldung"). */
const WAITS_FOR_REPLY = /\b(await(ing)?|waiting for|wartet auf|warten auf)\b.*\b(your|ihre) (reply|response|answer|feedback|antwort|rückmeldung)\b/;

/**
 * A JSM status in the portal's terms: `done` → closed, everything else open (FACTS §7); the id, which the widget
 * uses for its colours, follows from the category and the name. A `translated` name (servicedeskapi's, in the
 * reader's language: what JSM's portal shows customers) stays JSM's; one from a search (the workflow's, in the
 * service account's language) only if it is one of the default workflow's, else it is the id's generic name: a
 * site's own workflow may have internal steps ("Escalated to Legal") that its portal shows customers otherwise.
 */
export function portalStatus(name: string, category: string, locale: Locale, translated = false): RequestStatus {
  const lower = name.toLowerCase();
  const done = category.toLowerCase() === 'done';
  let id: StatusId;
  if (done) id = /clos|geschlossen|cancel|abgebrochen|declin|abgelehnt/.test(lower) ? 'closed' : 'resolved';
  // By name first: FACTS does not say which category a site gives "Waiting for support", which the gateway's own
  // hand-back moves requests to, nor "Waiting for customer", from which a reply hands them back.
  else if (/waiting for (the )?customer|warten auf (den )?kunden?\b/.test(lower)) id = 'waiting_for_customer';
  else if (category.toLowerCase() === 'new' || /waiting for support|warten auf (den )?support/.test(lower)) id = 'waiting_for_support';
  // A vendor's own workflow may wait for "the practice" rather than "the customer", or for "your reply"; a status
  // merely naming a practice ("Vor-Ort-Termin in der Praxis") is no waiting for it.
  else id = /customer|kunde/.test(lower) || /\b(waiting|wartet|warten)\b.*\b(praxis|practice)\b/.test(lower) || WAITS_FOR_REPLY.test(lower) ? 'waiting_for_customer' : 'in_progress';
  const known = KNOWN.get(lower);
  const shown = translated ? name : known === undefined ? GENERIC[id][locale] : known.locale === locale ? name : known.other;
  return { id, name: shown, category: done ? 'closed' : 'open' };
}

/** Plain text of an Atlassian Document Format node, or the string itself for wiki-markup bodies. */
export function plainText(value: unknown): string {
  if (typeof value === 'string') return value;
  const node = optObj(value);
  if (!node) return '';
  if (node.type === 'text') return optStr(node.text) ?? '';
  if (node.type === 'hardBreak') return '\n';
  const children = Array.isArray(node.content) ? node.content.map(plainText) : [];
  const block = ['paragraph', 'heading', 'listItem', 'codeBlock', 'blockquote', 'rule'].includes(String(node.type));
  return children.join('') + (block ? '\n' : '');
}

const FOOTER_START = '\n\n----\n*MedSupport*';
// A visitor only typed name and address: agents must not take them for a signed-in practice user's.
const UNSIGNED = ' (nicht angemeldet, Adresse nicht bestätigt)';
const CONTEXT_LABELS: [keyof RequestContext, string][] = [
  ['pageUrl', 'Seite'],
  ['appVersion', 'App-Version'],
  ['userAgent', 'Browser'],
  ['locale', 'Sprache'],
  ['screen', 'Bildschirm'],
];

/** Jira's limit for a text field, in characters as Java counts them (UTF-16 units, JavaScript's `length`). */
export const JIRA_TEXT_MAX = 32_767;
/** Jira's summary and one-line text fields: 255 UTF-16 units, where the portal counts characters (an emoji is two units). */
export const JIRA_SUMMARY_MAX = 255;
export const SUMMARY_TOO_LONG = 'is too long for Jira Service Management, which counts an emoji as two characters: shorten it';
/** The text fits the portal's limit, but not Jira's, which counts an emoji as two and the escaped markup (`escapeWiki`). */
export const TOO_LONG = 'is too long for Jira Service Management, which counts an emoji as two characters and each markup character ({, [, *, …) with the sign that keeps it as typed: shorten it, or send long logs as a file';

/**
 * What an agent reads under the customer's description: who sent it from where, and the ref that finds it again.
 * A description near the portal's limit leaves no room for all of the context (up to 11 kB), so context lines go
 * from the last while the whole is over Jira's limit: never the customer's text or the ref, and the widget still
 * shows the whole context (the gateway keeps it).
 */
export function descriptionWithFooter(
  description: string,
  who: { name: string; email: string; practice: string | null; visitor?: boolean },
  context: RequestContext | null,
  ref: string,
): string {
  const sender = `${FOOTER_START.trimStart()} – gesendet von ${escapeWiki(`${who.name} <${who.email}>${who.practice ? `, ${who.practice}` : ''}`)}${who.visitor ? UNSIGNED : ''}`;
  const lines: string[] = [];
  for (const [key, label] of CONTEXT_LABELS) {
    const value = context?.[key];
    if (typeof value === 'string' && value) lines.push(`${label}: ${escapeWiki(value.replace(/\s+/g, ' '))}`);
  }
  if (context?.extra) lines.push(`Weitere Angaben: ${escapeWiki(JSON.stringify(context.extra))}`);
  const text = () => `${escapeWiki(description.trimEnd())}\n\n${[sender, ...lines, `MedSupport-Ref: ${ref}`].join('\n')}`;
  while (lines.length > 0 && text().length > JIRA_TEXT_MAX) lines.pop();
  return text();
}

/** Whether a description is one the gateway wrote (its footer), its text escaped (`escapeWiki`). */
export const hasFooter = (description: string): boolean => lf(description).includes(FOOTER_START);

/** A text as the widget shows it: as typed where the gateway sent it escaped, else as its markup reads. */
export const shownText = (markup: string, sentHere: boolean, name: (accountId: string) => string): string =>
  sentHere ? unescapeWiki(markup) : wikiToText(markup, name);

/**
 * A request's description as the widget shows it: the customer's text from a request the gateway raised (without the
 * footer), what was written in JSM (an agent's, an e-mail's) as the text it reads as.
 */
export function descriptionText(description: string, name: (accountId: string) => string): string {
  const text = lf(description);
  const at = text.lastIndexOf(FOOTER_START);
  return shownText(at === -1 ? text : text.slice(0, at), at !== -1, name).trimEnd();
}

/**
 * Whether the footer says a visitor sent the request: kept in JSM with the request, so it holds also once the request
 * became a practice user's.
 */
export function sentWithoutSignIn(description: string): boolean {
  const text = lf(description);
  const at = text.lastIndexOf(FOOTER_START);
  if (at === -1) return false;
  const end = text.indexOf('\n', at + FOOTER_START.length);
  return text.slice(at, end === -1 ? undefined : end).endsWith(UNSIGNED);
}

export function hasRef(description: string, ref: string): boolean {
  return description.includes(`MedSupport-Ref: ${ref}`);
}

const ATTRIBUTION = /^\*([^*\n]{1,1200})\* \(über MedSupport(?:, Ref ([A-Za-z0-9_-]+))?\):\n\n/;

/** JSM records the service account as a comment's author (FACTS §5): the first line names the customer for agents. */
export function attributedComment(name: string, body: string, ref: string): string {
  return `*${escapeWiki(name.replace(/[*\n]/g, ' '))}* (über MedSupport, Ref ${ref}):\n\n${escapeWiki(body)}`;
}

/** The customer and their text from a reply the gateway wrote (`attributedComment`). */
export function parseAttribution(body: string): { name: string; ref: string | null; text: string } | null {
  const text = lf(body);
  const match = ATTRIBUTION.exec(text);
  return match ? { name: unescapeWiki(match[1] as string), ref: match[2] ?? null, text: unescapeWiki(text.slice(match[0].length)) } : null;
}

/** A request field's value as text (JSM sends strings, numbers, options `{value}` and lists of them). */
export function fieldText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(fieldText).filter(Boolean).join(', ');
  const o = value as Json;
  if (o.type === 'doc') return plainText(o).trim();
  return optStr(o.value) ?? optStr(o.name) ?? optStr(o.displayName) ?? '';
}

/** The numeric id at the end of an attachment's `jiraRest` link (the list has no id field, FACTS §6). */
export function attachmentId(item: Json): string | null {
  const link = optStr(optObj(item._links)?.jiraRest) ?? optStr(optObj(item._links)?.self) ?? optStr(item.self);
  const id = optStr(item.id) ?? (link ? /\/attachment\/(\d+)(?:[/?#]|$)/.exec(link)?.[1] : undefined);
  return id && /^\d+$/.test(id) ? id : null;
}
