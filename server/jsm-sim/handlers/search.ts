import { createHash } from 'node:crypto';
import { body, ok, SimError, type Ctx, type Routes } from '../http/context.js';
import { compileQuery } from '../jql/evaluate.js';
import { JqlError } from '../jql/lexer.js';
import { isBounded, parseJql } from '../jql/parser.js';
import { renderIssue, selectFields } from '../render/issue-fields.js';
import type { Store } from '../state/store.js';
import type { SimIssue } from '../types.js';
import { siteFields } from './platform-meta.js';

interface SearchInput {
  jql: string;
  nextPageToken?: string;
  maxResults?: number;
  fields: string[];
  expand: string[];
  reconcileIssues: string[];
}

const DEFAULT_MAX = 50;
const MAX_IDS_ONLY = 5000;

function fromGet(ctx: Ctx): SearchInput {
  const list = (name: string): string[] => ctx.query.getAll(name).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
  const max = ctx.query.get('maxResults');
  return {
    jql: ctx.query.get('jql') ?? '',
    nextPageToken: ctx.query.get('nextPageToken') ?? undefined,
    maxResults: max === null ? undefined : Number(max),
    fields: list('fields'),
    expand: list('expand'),
    reconcileIssues: list('reconcileIssues'),
  };
}

function fromPost(ctx: Ctx): SearchInput {
  const b = body<{ jql: string; nextPageToken: string; maxResults: number; fields: string[]; expand: string; reconcileIssues: number[] }>(ctx);
  return {
    jql: b.jql ?? '',
    nextPageToken: b.nextPageToken,
    maxResults: b.maxResults,
    fields: b.fields ?? [],
    expand: (b.expand ?? '').split(',').map((e) => e.trim()).filter(Boolean),
    reconcileIssues: (b.reconcileIssues ?? []).map(String),
  };
}

/** What search last indexed of each issue, per store: a copy taken once the issue had been unchanged for the lag. */
const indexCopies = new WeakMap<Store, Map<string, SimIssue>>();

/**
 * An issue as search sees it (FACTS §4: results are eventually consistent; `reconcileIssues` lets a caller read its
 * own recent writes): current once unchanged for the lag or reconciled; changed within the lag, the copy the index
 * took before, and a new one not at all.
 */
function indexed(ctx: Ctx, issue: SimIssue, now: number, reconcile: string[]): SimIssue | null {
  if (ctx.searchLagMs === 0 || reconcile.includes(issue.id)) return issue;
  let copies = indexCopies.get(ctx.store);
  if (!copies) indexCopies.set(ctx.store, (copies = new Map()));
  const copy = copies.get(issue.id);
  if (issue.updated <= now - ctx.searchLagMs) {
    if (copy?.updated !== issue.updated) copies.set(issue.id, structuredClone(issue));
    return issue;
  }
  if (copy) return copy;
  return issue.created <= now - ctx.searchLagMs ? issue : null;
}

/** Parses and checks bounds; every JQL problem becomes Jira's 400 error collection. */
function matching(ctx: Ctx, jql: string, reconcile: string[]): SimIssue[] {
  try {
    const query = parseJql(jql);
    if (!isBounded(query.where)) throw new JqlError('Unbounded JQL queries are not allowed here. Please add a search restriction to your query.');
    const now = ctx.store.now();
    const compiled = compileQuery(ctx.store, query, now);
    return [...ctx.store.issues.values()]
      .flatMap((i) => {
        const seen = indexed(ctx, i, now, reconcile);
        return seen && compiled.matches(seen) ? [seen] : [];
      })
      .sort(compiled.compare);
  } catch (error) {
    if (error instanceof JqlError) throw new SimError(400, error.message);
    throw error;
  }
}

/** What a page token belongs to: the query and, as FACTS §4 asks for the same list on every page, the reconciled ids. */
const digest = (input: SearchInput): string => createHash('sha256').update(JSON.stringify([input.jql, input.reconcileIssues])).digest('hex').slice(0, 16);

function readToken(input: SearchInput): number {
  const token = input.nextPageToken;
  if (token === undefined) return 0;
  try {
    const parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { o?: unknown; q?: unknown };
    if (typeof parsed.o === 'number' && parsed.q === digest(input)) return parsed.o;
  } catch {
    // falls through to the error below
  }
  throw new SimError(400, 'The provided next page token is invalid or expired.');
}

function search(ctx: Ctx, input: SearchInput): Record<string, unknown> {
  const found = matching(ctx, input.jql, input.reconcileIssues);
  const desk = ctx.store.desks[0];
  const selected = desk ? selectFields(input.fields, desk) : new Set<string>();
  const cap = selected.size > 0 ? ctx.searchPageCap : MAX_IDS_ONLY;
  const max = Math.max(1, Math.min(input.maxResults ?? DEFAULT_MAX, cap));
  const offset = readToken(input);
  const page = found.slice(offset, offset + max);
  const wantsKey = input.fields.includes('key');
  const issues = page.map((issue) =>
    selected.size > 0 ? renderIssue(ctx.store, ctx.site, issue, selected) : { id: issue.id, ...(wantsKey ? { key: issue.key } : {}) },
  );
  const isLast = offset + page.length >= found.length;
  const result: Record<string, unknown> = { issues, isLast };
  if (!isLast) result.nextPageToken = Buffer.from(JSON.stringify({ o: offset + page.length, q: digest(input) })).toString('base64url');
  if (input.expand.includes('names')) {
    const names = new Map(siteFields(ctx.store).map((f) => [String(f.id), String(f.name)]));
    result.names = Object.fromEntries([...selected].map((f) => [f, names.get(f) ?? f]));
  }
  return result;
}

export const searchRoutes: Routes = {
  'GET /rest/api/3/search/jql': (ctx) => ok(search(ctx, fromGet(ctx))),
  'POST /rest/api/3/search/jql': (ctx) => ok(search(ctx, fromPost(ctx))),
  'POST /rest/api/3/search/approximate-count': (ctx) => ok({ count: matching(ctx, body<{ jql: string }>(ctx).jql ?? '', []).length }),
};
