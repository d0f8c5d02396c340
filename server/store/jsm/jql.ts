/**
 * JQL built only from ids, names the gateway controls and escaped literals: no user input can widen a query
 * (issue "JSM backend": quotes, backslashes, OR, ORDER BY, ~, parentheses, newlines).
 */

/** A JQL string literal: quotes and backslashes escaped, control characters (newlines) turned into spaces. */
export function literal(value: string): string {
  return `"${value.replace(/[\x00-\x1f\x7f]/g, ' ').replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

/**
 * A `~` search term. Besides JQL quoting, the text is a Lucene query inside JQL where `+ - & | ! ( ) { } [ ] ^ ~ * ? : \ /`
 * and words like OR are operators; only letters, digits and spaces are kept, so the search stays a plain word match.
 */
export function textTerm(value: string): string | null {
  const words = value.normalize('NFC').replace(/[^\p{L}\p{N}]+/gu, ' ').trim().split(' ').filter(Boolean)
    .filter((word) => !['AND', 'OR', 'NOT', 'TO'].includes(word))
    .slice(0, 10);
  return words.length === 0 ? null : literal(words.join(' '));
}

export interface ListJql {
  projectKey: string;
  organizationName: string;
  reporter?: string;
  status: 'open' | 'closed' | 'all';
  q?: string;
  sort: 'created' | 'updated';
}

export function listJql(query: ListJql): string {
  const clauses = [`project = ${literal(query.projectKey)}`, `Organizations = ${literal(query.organizationName)}`];
  if (query.reporter !== undefined) clauses.push(`reporter = ${literal(query.reporter)}`);
  if (query.status === 'open') clauses.push('statusCategory != Done');
  if (query.status === 'closed') clauses.push('statusCategory = Done');
  const term = query.q === undefined ? null : textTerm(query.q);
  // `summary ~` only: `text ~` would also search internal comments and so tell a customer what they say (FACTS §4).
  if (term !== null) clauses.push(`summary ~ ${term}`);
  return `${clauses.join(' AND ')} ORDER BY ${query.sort} DESC`;
}
