import type { Person, RequestSort } from '../../../src/api/contract.js';
import { searchWords, type SearchWord } from '../../domain/request-search.js';
import { InvalidCursorError, type RequestFilters } from '../portal-store.js';
import { statementCache, type Db } from './database.js';
import { createSearchIndex, PREFIX_END } from './request-search.js';
import { AGENT_COLUMNS, CREATOR_COLUMNS, LIST_COLUMNS, listRow, type SummaryRow } from './rows.js';

interface Cursor {
  sort: RequestSort;
  value: number;
  id: number;
}

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.sort, cursor.value, cursor.id])).toString('base64url');
}

function decodeCursor(text: string, sort: RequestSort): Cursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError('cursor is not valid');
  }
  if (!Array.isArray(parsed) || parsed.length !== 3) throw new InvalidCursorError('cursor is not valid');
  const [cursorSort, value, id] = parsed as unknown[];
  if (cursorSort !== sort) throw new InvalidCursorError('cursor belongs to a different sort order');
  if (!Number.isSafeInteger(value) || !Number.isSafeInteger(id)) throw new InvalidCursorError('cursor is not valid');
  return { sort, value: value as number, id: id as number };
}

export interface ListScope {
  orgId?: string;
  /** Only this user's requests. */
  creator?: Person;
  /** The support console's lists carry the practice's name and the requester's e-mail. */
  agent?: boolean;
}

/**
 * A bound value. After an ANALYZE (an operator's, or the one after a migration) SQLite keeps value samples of indexed
 * columns, and re-plans a statement on every new binding of a parameter compared with such a column or used as a
 * LIKE pattern, which cost as much as the query itself. As an expression (`+?`) it is still matched against the
 * index, but planned once with the statistics' averages; test/server/list-plan.test.ts holds the plans to the index.
 */
const VALUE = '+?';

/** One row more than the page, to tell whether another follows. A bound LIMIT, too, re-plans on every binding. */
function pageRows(limit: number): number {
  if (!Number.isSafeInteger(limit) || limit < 1) throw new RangeError(`page size ${limit} is not a positive integer`);
  return limit + 1;
}

/**
 * Each word of `q` must match a term of the request: one starting with the word's stem, or one of `typoTerms`
 * (found in the vocabulary beforehand). One statement shape per number of words, the typo terms passed as JSON.
 * Within a practice the terms are read from its own part of the index, so a common prefix in other practices costs
 * nothing.
 */
function searchClause(word: SearchWord, typoTerms: string[], orgId: string | undefined): { clause: string; values: string[] } {
  const terms = orgId === undefined ? 'request_terms WHERE' : `request_terms INDEXED BY request_terms_org WHERE org_id = ${VALUE} AND`;
  const scope = orgId === undefined ? [] : [orgId];
  const ranges = word.prefixes.map(() => `SELECT request_id FROM ${terms} term >= ${VALUE} AND term < ${VALUE}`);
  return {
    clause: `r.id IN (${[...ranges, `SELECT request_id FROM ${terms} term IN (SELECT value FROM json_each(${VALUE}))`].join(' UNION ALL ')})`,
    values: [...word.prefixes.flatMap((prefix) => [...scope, prefix, prefix + PREFIX_END]), ...scope, JSON.stringify(typoTerms)],
  };
}

/** The statement for one page and its parameters; `typoTerms` gives the vocabulary's near misses of a query word. */
export function listQuery(
  scope: ListScope,
  filters: RequestFilters,
  typoTerms: (word: SearchWord) => string[] = () => [],
): { sql: string; params: (string | number)[] } {
  const column = filters.sort === 'created' ? 'r.created_at' : 'r.updated_at';
  const where: string[] = [];
  const params: (string | number)[] = [];
  const add = (clause: string, ...values: (string | number)[]) => {
    where.push(clause);
    params.push(...values);
  };
  if (scope.orgId !== undefined) add(`r.org_id = ${VALUE}`, scope.orgId);
  if (scope.creator !== undefined) add(`r.created_by = ${VALUE}`, scope.creator.id);
  if (filters.createdBy !== undefined) add(`r.created_by = ${VALUE}`, filters.createdBy);
  if (filters.status !== 'all') add(`r.category = ${VALUE}`, filters.status);
  if (filters.requestTypeId !== undefined) add(`r.request_type_id = ${VALUE}`, filters.requestTypeId);
  if (filters.q !== undefined) {
    for (const word of searchWords(filters.q)) {
      const { clause, values } = searchClause(word, typoTerms(word), scope.orgId);
      add(clause, ...values);
    }
  }
  if (filters.cursor !== undefined) {
    const cursor = decodeCursor(filters.cursor, filters.sort);
    add(`(${column}, r.id) < (${VALUE}, ${VALUE})`, cursor.value, cursor.id);
  }
  const columns = [LIST_COLUMNS, ...(scope.creator ? [] : [CREATOR_COLUMNS]), ...(scope.agent ? [AGENT_COLUMNS] : [])];
  const sql = `SELECT ${columns.join(', ')} FROM requests r
    ${scope.creator ? '' : 'JOIN users u ON u.id = r.created_by'}
    ${scope.agent ? 'LEFT JOIN organizations o ON o.id = r.org_id' : ''}
    ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY ${column} DESC, r.id DESC LIMIT ${pageRows(filters.limit)}`;
  return { sql, params };
}

/**
 * Keyset pagination on (sort column, id), newest first: a page boundary is a position in that order, not an offset,
 * so requests created while the caller pages never shift or repeat later pages.
 */
export function createRequestLister(db: Db) {
  const prepared = statementCache(db, (statement) => statement.raw(true));
  const search = createSearchIndex(db);
  // Requests queued while the portal was not running (an upgrade, a bulk load) are indexed now rather than by the
  // first search, which would hold up every other answer meanwhile.
  search.catchUp();

  return (scope: ListScope, filters: RequestFilters): { rows: SummaryRow[]; nextCursor: string | null } => {
    if (filters.q !== undefined) search.catchUp();
    const { sql, params } = listQuery(scope, filters, (word) => search.typoTerms(word, scope.orgId));
    const rows = (prepared(sql).all(...params) as unknown[][]).map((values) => listRow(values, scope.creator, !!scope.agent));
    const hasMore = rows.length > filters.limit;
    if (hasMore) rows.length = filters.limit;
    const last = rows.at(-1);
    const nextCursor = hasMore && last
      ? encodeCursor({ sort: filters.sort, value: filters.sort === 'created' ? last.created_at : last.updated_at, id: last.id })
      : null;
    return { rows, nextCursor };
  };
}
