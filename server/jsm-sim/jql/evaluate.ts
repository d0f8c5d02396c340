import type { Desk } from '../state/desk.js';
import type { Store } from '../state/store.js';
import { CATEGORIES, STATUSES, statusById, type CategoryKey } from '../state/workflow.js';
import type { SimIssue } from '../types.js';
import { JqlError } from './lexer.js';
import type { Expr, Operator, Query, SortKey, Value } from './parser.js';
import { parseJqlDate } from './time.js';

type Predicate = (issue: SimIssue) => boolean;

interface Env {
  store: Store;
  now: number;
}

const EQUALITY: Operator[] = ['=', '!=', 'in', 'not in'];
const RANGE: Operator[] = ['>', '>=', '<', '<='];

const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

function missing(field: string, value: string): never {
  throw new JqlError(`The value '${value}' does not exist for the field '${field}'.`);
}

/** Each field resolves a JQL value to the set of stored keys it stands for, failing on unknown values as Jira does. */
function resolver(env: Env, field: string): { read: (issue: SimIssue) => string[]; resolve: (v: Value) => string[] } | undefined {
  const desks = env.store.desks;
  const requestTypes = (desk: Desk) => desk.requestTypes.map((rt) => ({ desk, rt }));
  switch (field) {
    case 'project':
      return {
        read: (i) => [env.store.deskById(i.serviceDeskId)?.projectKey ?? ''],
        resolve: (v) => {
          const desk = desks.find((d) => [d.projectKey.toLowerCase(), d.projectId, d.projectName.toLowerCase()].includes(v.text.toLowerCase()));
          return desk ? [desk.projectKey] : missing(field, v.text);
        },
      };
    case 'reporter':
      return { read: (i) => [i.reporterId], resolve: (v) => (env.store.users.has(v.text) ? [v.text] : missing(field, v.text)) };
    case 'request participants':
      return { read: (i) => i.participantIds, resolve: (v) => (env.store.users.has(v.text) ? [v.text] : missing('Request participants', v.text)) };
    case 'organizations':
      return {
        read: (i) => i.organizationIds,
        resolve: (v) => {
          const ids = [...env.store.organizations.values()].filter((o) => o.name.toLowerCase() === v.text.toLowerCase()).map((o) => o.id);
          return ids.length > 0 ? ids : missing('Organizations', v.text);
        },
      };
    case 'statuscategory':
      return {
        read: (i) => [statusById(i.statusId).category],
        resolve: (v) => {
          const found = (Object.keys(CATEGORIES) as CategoryKey[]).find((k) => [k, CATEGORIES[k].name.toLowerCase(), String(CATEGORIES[k].id)].includes(v.text.toLowerCase()));
          return found ? [found] : missing('statusCategory', v.text);
        },
      };
    case 'status':
      return {
        read: (i) => [i.statusId],
        resolve: (v) => {
          const found = STATUSES.find((s) => s.id === v.text || s.name.en.toLowerCase() === v.text.toLowerCase());
          return found ? [found.id] : missing(field, v.text);
        },
      };
    case 'request type':
    case 'customer request type':
      return {
        read: (i) => [`${i.serviceDeskId}/${i.requestTypeId}`],
        resolve: (v) => {
          const wanted = v.text.toLowerCase();
          const found = desks.flatMap(requestTypes).filter(({ desk, rt }) => rt.name.en.toLowerCase() === wanted || rt.name.de.toLowerCase() === wanted || `${desk.portalKey}/${rt.key}` === wanted);
          return found.length > 0 ? found.map(({ desk, rt }) => `${desk.id}/${rt.id}`) : missing(field === 'request type' ? 'Request Type' : 'Customer Request Type', v.text);
        },
      };
    case 'issuekey':
    case 'key':
      return {
        read: (i) => [i.key],
        resolve: (v) => {
          const issue = env.store.issueByIdOrKey(v.text);
          if (!issue) throw new JqlError(`An issue with key '${v.text}' does not exist for field '${field}'.`);
          return [issue.key];
        },
      };
    default:
      return undefined;
  }
}

function textOf(issue: SimIssue, field: string): string {
  if (field === 'summary') return issue.summary;
  if (field === 'description') return issue.description;
  // `text ~` covers every text field and every comment, internal ones included (FACTS §4).
  const custom = Object.values(issue.customFields).filter((v): v is string => typeof v === 'string');
  return [issue.summary, issue.description, ...custom, ...issue.comments.map((c) => c.body)].join('\n');
}

/** Damerau–Levenshtein distance (adjacent swaps count once), as Lucene's fuzzy terms measure it. */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * The terms of a `~` value as matchers of one word of the text. Of the Lucene syntax inside `~` (Jira's "Search syntax
 * for text fields") the simulator knows a trailing `*` (a prefix: `print*`) and a trailing `~` (a fuzzy term: `roam~`,
 * up to two edits as in Lucene, `roam~1` up to one); everything else that is not a letter or digit separates words.
 * Jira rejects a `*` at the start of a term. Jira's stemming is not simulated: other words match exactly.
 */
function searchTerms(text: string, field: string): ((word: string) => boolean)[] {
  return (text.toLowerCase().match(/\*?[\p{L}\p{N}]+(\*|~[0-2]?)?/gu) ?? []).map((term) => {
    if (term.startsWith('*')) throw new JqlError(`Error in the JQL Query: The '*' character is not allowed as the first character of a term in the '${field}' field.`);
    const [, word = '', suffix = ''] = /^([\p{L}\p{N}]+)(.*)$/u.exec(term) ?? [];
    if (suffix === '*') return (have: string) => have.startsWith(word);
    if (suffix.startsWith('~')) {
      const edits = suffix.length > 1 ? Number(suffix.slice(1)) : 2;
      return (have: string) => editDistance(word, have) <= edits;
    }
    return (have: string) => have === word;
  });
}

function unsupported(op: Operator, field: string): never {
  throw new JqlError(`The operator '${op}' is not supported by the '${field}' field.`);
}

function clause(env: Env, rawField: string, op: Operator, values: Value[]): Predicate {
  const field = rawField.toLowerCase() === 'cf[10002]' ? 'organizations' : rawField.toLowerCase();
  if (field === 'summary' || field === 'description' || field === 'text') {
    if (op !== '~') unsupported(op, rawField);
    const wanted = searchTerms(values[0]?.text ?? '', rawField);
    if (wanted.length === 0) throw new JqlError(`The field '${rawField}' does not support searching for an empty string.`);
    return (issue) => {
      const have = words(textOf(issue, field));
      return wanted.every((w) => have.some(w));
    };
  }
  if (field === 'created' || field === 'updated') {
    if (!RANGE.includes(op)) unsupported(op, rawField);
    const at = parseJqlDate(values[0]?.text ?? '', rawField, env.now);
    return (issue) => {
      const t = field === 'created' ? issue.created : issue.updated;
      return op === '>' ? t > at : op === '>=' ? t >= at : op === '<' ? t < at : t <= at;
    };
  }
  const r = resolver(env, field);
  if (!r) throw new JqlError(`Field '${rawField}' does not exist or you do not have permission to view it.`);
  if (!EQUALITY.includes(op)) unsupported(op, rawField);
  if ((op === '=' || op === '!=') && values.length !== 1) unsupported(op, rawField);
  const wanted = new Set(values.flatMap(r.resolve));
  const positive: Predicate = (issue) => r.read(issue).some((v) => wanted.has(v));
  return op === '=' || op === 'in' ? positive : (issue) => !positive(issue);
}

function compileExpr(env: Env, expr: Expr): Predicate {
  switch (expr.kind) {
    case 'and': {
      const parts = expr.items.map((e) => compileExpr(env, e));
      return (issue) => parts.every((p) => p(issue));
    }
    case 'or': {
      const parts = expr.items.map((e) => compileExpr(env, e));
      return (issue) => parts.some((p) => p(issue));
    }
    case 'not': {
      const inner = compileExpr(env, expr.item);
      return (issue) => !inner(issue);
    }
    case 'clause':
      return clause(env, expr.field, expr.op, expr.values);
  }
}

const MAX_SORT_KEYS = 7;

function keyNumber(issue: SimIssue): number {
  return Number(issue.key.split('-')[1] ?? 0);
}

function comparator(orderBy: SortKey[]): (a: SimIssue, b: SimIssue) => number {
  if (orderBy.length > MAX_SORT_KEYS) throw new JqlError(`The ORDER BY clause can contain at most ${MAX_SORT_KEYS} fields.`);
  const keys = orderBy.map(({ field, direction }) => {
    const name = field.toLowerCase();
    const read = name === 'created' ? (i: SimIssue) => i.created : name === 'updated' ? (i: SimIssue) => i.updated : name === 'key' || name === 'issuekey' ? keyNumber : undefined;
    if (!read) throw new JqlError(`Not able to sort using field '${field}'.`);
    return { read, sign: direction === 'DESC' ? -1 : 1 };
  });
  // Without ORDER BY the simulator returns newest first; Jira leaves the order unspecified.
  if (keys.length === 0) keys.push({ read: (i) => Number(i.id), sign: -1 });
  return (a, b) => {
    for (const { read, sign } of keys) {
      const diff = read(a) - read(b);
      if (diff !== 0) return diff * sign;
    }
    return Number(a.id) - Number(b.id);
  };
}

export interface CompiledQuery {
  matches: Predicate;
  compare: (a: SimIssue, b: SimIssue) => number;
}

export function compileQuery(store: Store, query: Query, now: number): CompiledQuery {
  const env = { store, now };
  const matches = query.where ? compileExpr(env, query.where) : () => true;
  return { matches, compare: comparator(query.orderBy) };
}
