import { checkValue, resolveSchema, type Schema } from './schema.js';
import { matchOperation, type MatchedOperation, type Operation, type Parameter } from './spec.js';

export interface IncomingCall {
  method: string;
  path: string;
  query: URLSearchParams;
  contentType: string | undefined;
  body: Buffer;
}

export type CheckResult =
  | { ok: true; match: MatchedOperation; json: unknown }
  | { ok: false; problems: string[] };

/** Documented in the 2024 introduction ("Request language") for every servicedeskapi operation, not per operation. */
const SERVICEDESK_GLOBAL_QUERY = new Set(['requestLanguage']);

function scalarProblem(schema: Schema, raw: string, where: string, param: Parameter, op: Operation): string[] {
  const resolved = resolveSchema(schema, op.resolve);
  let value: unknown = raw;
  if (resolved.type === 'integer' || resolved.type === 'number') {
    if (!/^-?\d+(\.\d+)?$/.test(raw)) return [`${where}: '${raw}' is not a ${resolved.type}`];
    value = Number(raw);
  } else if (resolved.type === 'boolean') {
    if (raw !== 'true' && raw !== 'false') return [`${where}: '${raw}' is not a boolean`];
    value = raw === 'true';
  }
  return checkValue(resolved, value, op.resolve, where).map((m) => (param.in === 'path' ? `path ${m}` : m));
}

function checkParameter(param: Parameter, values: string[], op: Operation): string[] {
  const where = `${param.in} parameter '${param.name}'`;
  const schema = resolveSchema(param.schema, op.resolve);
  if (schema.type === 'array') {
    const items = values.flatMap((v) => v.split(',')).filter((v) => v !== '');
    if (schema.maxItems !== undefined && items.length > schema.maxItems) return [`${where}: more than ${schema.maxItems} items`];
    return items.flatMap((item) => scalarProblem(schema.items ?? {}, item, where, param, op));
  }
  if (values.length > 1) return [`${where}: given ${values.length} times`];
  return scalarProblem(schema, values[0] ?? '', where, param, op);
}

function checkQuery(op: Operation, query: URLSearchParams): string[] {
  const problems: string[] = [];
  const declared = op.parameters.filter((p) => p.in === 'query');
  for (const name of new Set(query.keys())) {
    const param = declared.find((p) => p.name === name);
    if (param) problems.push(...checkParameter(param, query.getAll(name), op));
    else if (!(op.family === 'servicedesk' && SERVICEDESK_GLOBAL_QUERY.has(name))) problems.push(`unknown query parameter '${name}'`);
  }
  for (const param of declared) {
    if (param.required && !query.has(param.name)) problems.push(`required query parameter '${param.name}' missing`);
  }
  return problems;
}

function checkBody(op: Operation, contentType: string | undefined, body: Buffer): { problems: string[]; json: unknown } {
  const declared = op.body;
  if (body.length === 0) {
    return { problems: declared?.required ? ['request body required'] : [], json: undefined };
  }
  const media = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (media === 'multipart/form-data') {
    const accepted = !declared || 'multipart/form-data' in declared.content;
    const bounded = /boundary=/i.test(contentType ?? '');
    return { problems: accepted && bounded ? [] : [`multipart body not accepted or without boundary (${contentType ?? 'none'})`], json: undefined };
  }
  let json: unknown;
  try {
    json = JSON.parse(body.toString('utf8'));
  } catch {
    return { problems: ['request body is not valid JSON'], json: undefined };
  }
  if (!declared) return { problems: [], json };
  if (media !== 'application/json') return { problems: [`content type '${media || 'none'}' not accepted; send application/json`], json };
  const schema = declared.content['application/json']?.schema;
  return { problems: schema ? checkValue(schema, json, op.resolve) : [], json };
}

export function checkCall(operations: Operation[], call: IncomingCall): CheckResult {
  const match = matchOperation(operations, call.method, call.path);
  if (!match) return { ok: false, problems: [`${call.method} ${call.path}: no such operation in the OpenAPI documents`] };
  const { operation } = match;
  const pathProblems = operation.parameters
    .filter((p) => p.in === 'path' && match.pathParams[p.name] !== undefined)
    .flatMap((p) => checkParameter(p, [match.pathParams[p.name] ?? ''], operation));
  const body = checkBody(operation, call.contentType, call.body);
  const problems = [...pathProblems, ...checkQuery(operation, call.query), ...body.problems];
  if (problems.length > 0) return { ok: false, problems: problems.map((p) => `${operation.key} (${operation.operationId}): ${p}`) };
  return { ok: true, match, json: body.json };
}
