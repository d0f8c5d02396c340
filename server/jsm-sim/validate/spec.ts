import { readFileSync } from 'node:fs';
import type { RefResolver, Schema } from './schema.js';

export type ApiFamily = 'servicedesk' | 'platform' | 'confluence';

export interface Parameter {
  name: string;
  in: string;
  required: boolean;
  schema: Schema;
}

export interface MediaType {
  schema?: Schema;
}

export interface Operation {
  /** `METHOD /full/path/{template}`: the key handlers are registered under. */
  key: string;
  method: string;
  template: string;
  operationId: string;
  family: ApiFamily;
  experimental: boolean;
  parameters: Parameter[];
  body?: { required: boolean; content: Record<string, MediaType> };
  resolve: RefResolver;
  segments: string[];
}

interface RawDocument {
  paths: Record<string, Record<string, unknown>>;
  components?: Record<string, Record<string, unknown>>;
}

interface RawParameter {
  $ref?: string;
  name?: string;
  in?: string;
  required?: boolean;
  schema?: Schema;
}

interface RawOperation {
  operationId?: string;
  parameters?: RawParameter[];
  requestBody?: { $ref?: string; required?: boolean; content?: Record<string, MediaType> };
  'x-experimental'?: boolean;
}

const METHODS = ['get', 'post', 'put', 'delete', 'patch'];

/** FACTS §6 reads attachTemporaryFile as x-experimental in the 2024 document; the facts-only extract lost that flag. */
const EXPERIMENTAL_PER_FACTS = new Set(['attachTemporaryFile']);

const DOCUMENTS: { file: string; prefix: string; family: ApiFamily }[] = [
  { file: 'service_management.json', prefix: '', family: 'servicedesk' },
  { file: 'jira_platform.subset.json', prefix: '', family: 'platform' },
  { file: 'search-jql.json', prefix: '', family: 'platform' },
  { file: 'confluence_v2.subset.json', prefix: '/wiki/api/v2', family: 'confluence' },
];

function pointer(doc: RawDocument, ref: string): unknown {
  if (!ref.startsWith('#/')) return undefined;
  let node: unknown = doc;
  for (const part of ref.slice(2).split('/')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return node;
}

function operationsOf(doc: RawDocument, prefix: string, family: ApiFamily): Operation[] {
  const resolve: RefResolver = (ref) => pointer(doc, ref) as Schema | undefined;
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    const shared = (item.parameters as RawParameter[] | undefined) ?? [];
    for (const method of METHODS) {
      const raw = item[method] as RawOperation | undefined;
      if (!raw) continue;
      const parameters = [...shared, ...(raw.parameters ?? [])].map((p) => {
        const param = (p.$ref ? pointer(doc, p.$ref) : p) as RawParameter;
        return { name: param.name ?? '', in: param.in ?? 'query', required: param.required === true, schema: param.schema ?? {} };
      });
      const body = raw.requestBody?.$ref ? (pointer(doc, raw.requestBody.$ref) as RawOperation['requestBody']) : raw.requestBody;
      const template = prefix + path;
      operations.push({
        key: `${method.toUpperCase()} ${template}`,
        method: method.toUpperCase(),
        template,
        operationId: raw.operationId ?? template,
        family,
        experimental: raw['x-experimental'] === true || EXPERIMENTAL_PER_FACTS.has(raw.operationId ?? ''),
        parameters,
        body: body ? { required: body.required === true, content: body.content ?? {} } : undefined,
        resolve,
        segments: template.split('/').slice(1),
      });
    }
  }
  return operations;
}

export function loadOperations(): Operation[] {
  return DOCUMENTS.flatMap(({ file, prefix, family }) => {
    const text = readFileSync(new URL(`../openapi/${file}`, import.meta.url), 'utf8');
    return operationsOf(JSON.parse(text) as RawDocument, prefix, family);
  });
}

export interface MatchedOperation {
  operation: Operation;
  pathParams: Record<string, string>;
}

/** Literal segments win over templated ones, as in Atlassian's routers (`/attachment/content/{id}` before `/attachment/{id}`). */
export function matchOperation(operations: Operation[], method: string, path: string): MatchedOperation | undefined {
  const segments = path.split('/').slice(1);
  let best: { match: MatchedOperation; literals: number } | undefined;
  for (const operation of operations) {
    if (operation.method !== method || operation.segments.length !== segments.length) continue;
    const pathParams: Record<string, string> = {};
    let literals = 0;
    const fits = operation.segments.every((part, i) => {
      const actual = segments[i] ?? '';
      if (part.startsWith('{') && part.endsWith('}')) {
        if (actual === '') return false;
        pathParams[part.slice(1, -1)] = safeDecode(actual);
        return true;
      }
      literals++;
      return part === actual;
    });
    if (fits && (!best || literals > best.literals)) best = { match: { operation, pathParams }, literals };
  }
  return best?.match;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export function familyOfPath(path: string): ApiFamily {
  if (path.startsWith('/rest/servicedeskapi/')) return 'servicedesk';
  if (path.startsWith('/wiki/')) return 'confluence';
  return 'platform';
}
