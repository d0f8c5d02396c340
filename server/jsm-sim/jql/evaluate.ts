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

function unsupported(op: Operator, field: string): never {
  throw new JqlError(`The operator '${op}' is not supported by the '${field}' field.`);
}

function clause(env: Env, rawField: string, op: Operator, values: Value[]): Predicate {
  const field = rawField.toLowerCase() === 'cf[10002]' ? 'organizations' : rawField.toLowerCase();
  if (field === 'summary' || field === 'description' || field === 'text') {
    if (op !== '~') unsupported(op, rawField);
    const wanted = words(values[0]?.text ?? '');
    if (wanted.length === 0) throw new JqlError(`The field '${rawField}' does not support searching for an empty string.`);
    return (issue) => {
      const have = new Set(words(textOf(issue, field)));
      return wanted.every((w) => have.has(w));
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
