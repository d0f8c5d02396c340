// The subset of JSON Schema the 2024 Atlassian documents use, checked strictly where declared and leniently where a schema is `{}`.

export interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  nullable?: boolean;
  enum?: unknown[];
  required?: string[];
  properties?: Record<string, Schema>;
  additionalProperties?: boolean | Schema;
  items?: Schema;
  allOf?: Schema[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  maxItems?: number;
  readOnly?: boolean;
}

export type RefResolver = (ref: string) => Schema | undefined;

export function resolveSchema(schema: Schema, resolve: RefResolver): Schema {
  let current = schema;
  for (let depth = 0; current.$ref !== undefined && depth < 20; depth++) {
    const next = resolve(current.$ref);
    if (!next) return {};
    current = next;
  }
  return current;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function typeMatches(expected: string, value: unknown): boolean {
  const actual = typeOf(value);
  if (expected === 'number') return actual === 'number' || actual === 'integer';
  return expected === actual;
}

/** Returns one message per problem; `where` is a JSON-pointer-like location used in the messages. */
export function checkValue(schemaIn: Schema, value: unknown, resolve: RefResolver, where = 'body'): string[] {
  const schema = resolveSchema(schemaIn, resolve);
  if (schema.allOf) {
    const fromAll = schema.allOf.flatMap((part) => checkValue(part, value, resolve, where));
    if (fromAll.length > 0) return fromAll;
  }
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives && !alternatives.some((alt) => checkValue(alt, value, resolve, where).length === 0)) {
    return [`${where}: matches none of the allowed shapes`];
  }
  if (value === null) return schema.nullable || schema.type === undefined ? [] : [`${where}: must not be null`];
  if (schema.type !== undefined && !typeMatches(schema.type, value)) {
    return [`${where}: expected ${schema.type}, got ${typeOf(value)}`];
  }
  if (schema.enum && !schema.enum.includes(value)) {
    return [`${where}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`];
  }
  const problems: string[] = [];
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) problems.push(`${where}: below minimum ${schema.minimum}`);
    if (schema.maximum !== undefined && value > schema.maximum) problems.push(`${where}: above maximum ${schema.maximum}`);
  }
  if (typeof value === 'string') {
    if (schema.minLength !== undefined && value.length < schema.minLength) problems.push(`${where}: shorter than ${schema.minLength}`);
    if (schema.maxLength !== undefined && value.length > schema.maxLength) problems.push(`${where}: longer than ${schema.maxLength}`);
  }
  if (Array.isArray(value)) {
    if (schema.maxItems !== undefined && value.length > schema.maxItems) problems.push(`${where}: more than ${schema.maxItems} items`);
    if (schema.items) value.forEach((item, i) => problems.push(...checkValue(schema.items as Schema, item, resolve, `${where}[${i}]`)));
  }
  if (typeOf(value) === 'object') problems.push(...checkObject(schema, value as Record<string, unknown>, resolve, where));
  return problems;
}

function checkObject(schema: Schema, value: Record<string, unknown>, resolve: RefResolver, where: string): string[] {
  const problems: string[] = [];
  for (const name of schema.required ?? []) {
    if (!(name in value)) problems.push(`${where}.${name}: required property missing`);
  }
  const properties = schema.properties ?? {};
  for (const [name, child] of Object.entries(value)) {
    const declared = properties[name];
    if (declared) {
      problems.push(...checkValue(declared, child, resolve, `${where}.${name}`));
    } else if (schema.additionalProperties === false) {
      problems.push(`${where}.${name}: property not allowed`);
    } else if (typeof schema.additionalProperties === 'object') {
      problems.push(...checkValue(schema.additionalProperties, child, resolve, `${where}.${name}`));
    }
  }
  return problems;
}
