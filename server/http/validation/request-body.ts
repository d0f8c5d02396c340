import { LIMITS, type FieldValue, type RequestContext, type RequestType, type RequestTypeField } from '../../../src/api/contract.js';
import { applicableFields } from '../../../src/api/field-conditions.js';
import { isPlainObject } from '../json-body.js';
import { problems } from '../problem.js';
import { dateTimeParts, isDay, isDecimal, isEmail } from '../../../src/api/text-rules.js';
import { Checks } from './checks.js';

export interface ValidRequestBody {
  requestTypeId: string;
  fields: Record<string, FieldValue>;
  context: RequestContext | null;
  attachments: string[];
  visitor: { email: string; name: string } | null;
}

const CONTEXT_LIMITS: Record<Exclude<keyof RequestContext, 'extra'>, number> = {
  pageUrl: 2048,
  appVersion: LIMITS.appVersionMaxLength,
  userAgent: 1000,
  locale: 35,
  screen: 50,
};
const EXTRA_MAX_BYTES = LIMITS.contextExtraMaxBytes;


function numberProblem(field: RequestTypeField, number: number): string | null {
  if (!Number.isFinite(number)) return 'must be a number';
  if (field.integer && !Number.isInteger(number)) return 'must be a whole number';
  if (field.min !== undefined && number < field.min) return `must be at least ${field.min}`;
  if (field.max !== undefined && number > field.max) return `must be at most ${field.max}`;
  return null;
}

/** A multiselect's option values, each once, in the order the field offers them. */
function choices(checks: Checks, field: RequestTypeField, raw: unknown): string[] | undefined {
  const name = `fields.${field.id}`;
  if (raw !== undefined && raw !== null && !(Array.isArray(raw) && raw.every((v) => typeof v === 'string'))) {
    checks.fail(name, 'must be a list of option values');
    return undefined;
  }
  const given = new Set(raw ?? []);
  const offered = (field.options ?? []).map((o) => o.value);
  const unknown = [...given].filter((v) => !offered.includes(v));
  if (unknown.length) {
    checks.fail(name, `must be some of: ${offered.join(', ')}`);
    return undefined;
  }
  if (given.size === 0) {
    if (field.required) checks.fail(name, 'is required');
    return undefined;
  }
  return offered.filter((v) => given.has(v));
}

function fieldValue(checks: Checks, field: RequestTypeField, raw: unknown): FieldValue | undefined {
  const name = `fields.${field.id}`;
  if (field.type === 'multiselect') return choices(checks, field, raw);
  if (field.type === 'number') {
    if (raw === undefined || raw === null || raw === '') {
      if (field.required) checks.fail(name, 'is required');
      return undefined;
    }
    const number = typeof raw === 'number' ? raw : typeof raw === 'string' && isDecimal(raw.trim()) ? Number(raw.trim()) : Number.NaN;
    const problem = numberProblem(field, number);
    if (problem) {
      checks.fail(name, problem);
      return undefined;
    }
    return String(number);
  }
  const max = Math.min(field.maxLength ?? LIMITS.textMaxLength, LIMITS.textMaxLength);
  const text = checks.text(raw, name, { max, required: field.required, oneLine: field.type !== 'textarea' });
  if (text === undefined || text.trim() === '') return undefined;
  if (field.type === 'select' && !field.options?.some((option) => option.value === text)) {
    checks.fail(name, `must be one of: ${field.options?.map((o) => o.value).join(', ')}`);
    return undefined;
  }
  if (field.type === 'date' && !isDay(text)) {
    checks.fail(name, 'must be a date, YYYY-MM-DD');
    return undefined;
  }
  if (field.type === 'datetime' && !dateTimeParts(text)) {
    checks.fail(name, 'must be a date and time with its offset, YYYY-MM-DDTHH:mm+hh:mm');
    return undefined;
  }
  return text;
}

function validateFields(checks: Checks, type: RequestType, raw: unknown): Record<string, FieldValue> {
  const fields: Record<string, FieldValue> = {};
  if (!isPlainObject(raw)) {
    checks.fail('fields', 'must be an object');
    return fields;
  }
  checks.onlyKeys(raw, type.fields.map((f) => f.id), 'fields.');
  // Conditions name selects, whose valid values are strings: anything else fails there and holds no condition
  // (a multiselect's list included).
  const given = Object.fromEntries(Object.entries(raw).map(([id, value]) => [id, typeof value === 'string' ? value : undefined]));
  // A field its condition hides is dropped, not refused: a widget from before the condition still sends it.
  for (const field of applicableFields(type.fields, given)) {
    const value = fieldValue(checks, field, raw[field.id]);
    if (value !== undefined) fields[field.id] = value;
  }
  return fields;
}

export function validateContext(checks: Checks, raw: unknown): RequestContext | null {
  if (raw === undefined || raw === null) return null;
  if (!isPlainObject(raw)) {
    checks.fail('context', 'must be an object');
    return null;
  }
  checks.onlyKeys(raw, [...Object.keys(CONTEXT_LIMITS), 'extra'], 'context.');
  const context: RequestContext = {};
  for (const [key, max] of Object.entries(CONTEXT_LIMITS) as [keyof typeof CONTEXT_LIMITS, number][]) {
    const value = checks.text(raw[key], `context.${key}`, { max });
    if (value !== undefined) context[key] = value;
  }
  if (raw.extra !== undefined) {
    if (!isPlainObject(raw.extra)) checks.fail('context.extra', 'must be an object');
    else if (Buffer.byteLength(JSON.stringify(raw.extra)) > EXTRA_MAX_BYTES) checks.fail('context.extra', `must be at most ${EXTRA_MAX_BYTES} bytes as JSON`);
    else context.extra = raw.extra;
  }
  return context;
}

export function validateAttachmentIds(checks: Checks, raw: unknown): string[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) {
    checks.fail('attachments', 'must be a list of attachment ids');
    return [];
  }
  if (raw.length > LIMITS.attachmentMaxCount) checks.fail('attachments', `at most ${LIMITS.attachmentMaxCount} attachments`);
  const ids: string[] = [];
  raw.forEach((id, index) => {
    if (typeof id !== 'string' || id.length === 0 || id.length > 100) checks.fail(`attachments[${index}]`, 'must be an attachment id');
    else if (ids.includes(id)) checks.fail(`attachments[${index}]`, 'is listed twice');
    else ids.push(id);
  });
  return ids;
}

function validateVisitor(checks: Checks, body: Record<string, unknown>): { email: string; name: string } | null {
  const email = checks.text(body.email, 'email', { max: 254, required: true, oneLine: true });
  const name = checks.text(body.name, 'name', { max: 100, required: true, oneLine: true });
  if (email !== undefined && !isEmail(email)) checks.fail('email', 'must be an e-mail address');
  return email && name && isEmail(email) ? { email, name } : null;
}

/**
 * Validates `POST /requests`. `findType` resolves the request type; `visitor` says the caller has no token, in
 * which case email and name are required (for identified users they are ignored: the token says who they are).
 */
export async function validateCreateRequest(
  body: unknown,
  findType: (id: string) => Promise<RequestType | null>,
  visitor: boolean,
): Promise<ValidRequestBody> {
  const checks = new Checks();
  if (!isPlainObject(body)) throw problems.validation([{ field: '', message: 'body must be a JSON object' }]);
  checks.onlyKeys(body, ['requestTypeId', 'fields', 'context', 'attachments', 'email', 'name']);
  const typeId = checks.text(body.requestTypeId, 'requestTypeId', { max: 100, required: true });
  const type = typeId === undefined ? null : await findType(typeId);
  if (typeId !== undefined && !type) checks.fail('requestTypeId', 'unknown request type');
  const fields = type ? validateFields(checks, type, body.fields) : {};
  const context = validateContext(checks, body.context);
  const attachments = validateAttachmentIds(checks, body.attachments);
  if (type?.attachmentsRequired && attachments.length === 0) checks.fail('attachments', 'at least one file is required for this request type');
  const visitorIdentity = visitor ? validateVisitor(checks, body) : null;
  if (!checks.ok || !type) throw problems.validation(checks.errors);
  return { requestTypeId: type.id, fields, context, attachments, visitor: visitorIdentity };
}
