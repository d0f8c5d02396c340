/**
 * JQL built only from ids, names the gateway controls and escaped literals: no user input can widen a query
 * (issue "JSM backend": quotes, backslashes, OR, ORDER BY, ~, parentheses, newlines).
 */

import { searchWords } from '../../domain/request-search.js';

/** A JQL string literal: quotes and backslashes escaped, control characters (newlines) turned into spaces. */
export function literal(value: string): string {
  return `"${value.replace(/[\x00-\x1f\x7f]/g, ' ').replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

/** Only letters and digits: inside a `~` literal everything else can be Lucene syntax (see `searchClauses`). */
const plain = (text: string): string => text.normalize('NFC').replace(/[^\p{L}\p{N}]+/gu, '');

// Lucene's operators; lower-cased they are plain words, but they are fillers anyway.
const OPERATORS = ['and', 'or', 'not', 'to'];

/**
 * `summary ~` clauses for `q`, one per word, all required (issue #16.10). Each word matches as typed (JSM applies its
 * own stemming), as a prefix of the portal's stem (`Druckers` → `druck*`, `Rech` → `rech*`), and from five letters
 * also as a Lucene fuzzy term (`rechnugn~`). The text is a Lucene query inside JQL where `+ - & | ! ( ) { } [ ] ^ ~ *
 * ? : \ /` and words like OR are operators, so only letters and digits of the user's text reach it, and the `*` and
 * `~` are the gateway's own; a word can only narrow the list.
 */
export function searchClauses(q: string, wildcards = true): string[] {
  return searchWords(q).flatMap((word) => {
    const text = plain(word.text);
    const prefix = plain(word.prefixes[0] ?? '');
    if (text === '' || OPERATORS.includes(text)) return [];
    const terms = wildcards ? [text, ...(prefix.length > 1 ? [`${prefix}*`] : []), ...(word.typo !== undefined ? [`${text}~`] : [])] : [text];
    return [`(${[...new Set(terms)].map((term) => `summary ~ ${literal(term)}`).join(' OR ')})`];
  });
}

export interface ListJql {
  projectKey: string;
  organizationName: string;
  /**
   * The reader's accounts (`Identity.accountsOf`): their own requests shared with no organization (an e-mail to the
   * desk, one an agent raised for them) are theirs to see too (FACTS §4: private requests). The gateway drops those
   * shared elsewhere.
   */
  ownAccount?: readonly string[];
  /**
   * The reader's requests shared with them as a participant count as their own (FACTS §4 names the clause); off for
   * a site that refuses it.
   */
  participants?: boolean;
  reporter?: readonly string[];
  status: 'open' | 'closed' | 'all';
  q?: string;
  /** Prefix and fuzzy terms in `q`'s clauses; off for a site that refuses them (then words match as JSM reads them). */
  wildcards?: boolean;
  sort: 'created' | 'updated';
}

/** `reporter = "<id>"` (FACTS §4), or `reporter in (…)` for a user who had accounts before. */
export const reporterOf = (accounts: readonly string[]) =>
  accounts.length === 1 ? `reporter = ${literal(accounts[0]!)}` : `reporter in (${accounts.map(literal).join(', ')})`;

const participantOf = (accounts: readonly string[]) => `"Request participants" in (${accounts.map(literal).join(', ')})`;

export function listJql(query: ListJql): string {
  const shared = `Organizations = ${literal(query.organizationName)}`;
  // Also where a colleague is the creator asked for: a request of theirs the reader takes part in is in the reader's
  // "Alle". Not for the reader's own: they take no part in them as a participant.
  const ownOnly = query.reporter !== undefined && query.ownAccount !== undefined && query.reporter.every((a) => query.ownAccount!.includes(a));
  const own = query.ownAccount === undefined ? [] : [reporterOf(query.ownAccount), ...(query.participants && !ownOnly ? [participantOf(query.ownAccount)] : [])];
  const clauses = [`project = ${literal(query.projectKey)}`, own.length === 0 ? shared : `(${[shared, ...own].join(' OR ')})`];
  if (query.reporter !== undefined) clauses.push(reporterOf(query.reporter));
  if (query.status === 'open') clauses.push('statusCategory != Done');
  if (query.status === 'closed') clauses.push('statusCategory = Done');
  // `summary ~` only: `text ~` would also search internal comments and so tell a customer what they say (FACTS §4).
  if (query.q !== undefined) clauses.push(...searchClauses(query.q, query.wildcards));
  // FACTS §4 documents sorting by created or updated only; requests of one time come in JSM's order, and the list's
  // cursor tells them apart by key.
  return `${clauses.join(' AND ')} ORDER BY ${query.sort} DESC`;
}
