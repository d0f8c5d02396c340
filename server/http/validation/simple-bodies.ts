import { LIMITS, type ArticleFeedback, type StatusId, type UpdateMeBody } from '../../../src/api/contract.js';
import { isLocale } from '../../domain/locale.js';
import { isStatusId } from '../../domain/statuses.js';
import { SUPPORT_AGENT_NAME } from '../../seed/practices.js';
import { isPlainObject } from '../json-body.js';
import { problems } from '../problem.js';
import { isEmail } from '../../../src/api/text-rules.js';
import { Checks } from './checks.js';
import { validateAttachmentIds } from './request-body.js';

function objectBody(body: unknown): Record<string, unknown> {
  if (!isPlainObject(body)) throw problems.validation([{ field: '', message: 'body must be a JSON object' }]);
  return body;
}

function done<T>(checks: Checks, value: T): T {
  if (!checks.ok) throw problems.validation(checks.errors);
  return value;
}

export function validateComment(raw: unknown): { body: string; attachments: string[] } {
  const body = objectBody(raw);
  const checks = new Checks();
  checks.onlyKeys(body, ['body', 'attachments']);
  const text = checks.text(body.body, 'body', { max: LIMITS.textMaxLength, required: true });
  const attachments = validateAttachmentIds(checks, body.attachments);
  return done(checks, { body: text ?? '', attachments });
}

export function validateUpdateMe(raw: unknown): UpdateMeBody {
  const body = objectBody(raw);
  const checks = new Checks();
  checks.onlyKeys(body, ['name', 'locale', 'notifyByEmail']);
  const patch: UpdateMeBody = {};
  if (body.name !== undefined) {
    const name = checks.text(body.name, 'name', { max: 100, required: true, oneLine: true });
    if (name !== undefined) patch.name = name;
  }
  if (body.locale !== undefined) {
    if (isLocale(body.locale)) patch.locale = body.locale;
    else checks.fail('locale', 'must be de or en');
  }
  if (body.notifyByEmail !== undefined) {
    if (typeof body.notifyByEmail === 'boolean') patch.notifyByEmail = body.notifyByEmail;
    else checks.fail('notifyByEmail', 'must be true or false');
  }
  return done(checks, patch);
}

export function validateRegistration(raw: unknown): { email: string; name: string | null } {
  const body = objectBody(raw);
  const checks = new Checks();
  checks.onlyKeys(body, ['email', 'name']);
  const email = checks.text(body.email, 'email', { max: 254, required: true, oneLine: true });
  if (email !== undefined && !isEmail(email)) checks.fail('email', 'must be an e-mail address');
  const name = checks.text(body.name, 'name', { max: 100, oneLine: true });
  return done(checks, { email: email ?? '', name: name || null });
}

export function validateAgentComment(raw: unknown): { body: string; author: string } {
  const body = objectBody(raw);
  const checks = new Checks();
  checks.onlyKeys(body, ['body', 'author']);
  const text = checks.text(body.body, 'body', { max: LIMITS.textMaxLength, required: true });
  const author = checks.text(body.author, 'author', { max: 100, oneLine: true });
  return done(checks, { body: text ?? '', author: author || SUPPORT_AGENT_NAME });
}

export function validateAgentStatus(raw: unknown): { status: StatusId; author: string } {
  const body = objectBody(raw);
  const checks = new Checks();
  checks.onlyKeys(body, ['status', 'author']);
  if (!isStatusId(body.status)) checks.fail('status', 'must be one of waiting_for_support, in_progress, waiting_for_customer, resolved, closed');
  const author = checks.text(body.author, 'author', { max: 100, oneLine: true });
  return done(checks, { status: body.status as StatusId, author: author || SUPPORT_AGENT_NAME });
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;
/** Request keys of both backends (`MED-42`, a JSM project key and number); anything else cannot be a request. */
const REQUEST_KEY = /^[A-Z][A-Z0-9_]{0,19}-[1-9]\d{0,14}$/;

/** `PUT /requests/:key/read`: the key (upper case) and `at` in ms, never later than now (the clocks may differ). */
export function validateReadMark(key: string, raw: unknown, now: number): { key: string; at: number } {
  const body = objectBody(raw);
  const checks = new Checks();
  checks.onlyKeys(body, ['at']);
  const upper = key.toUpperCase();
  if (!REQUEST_KEY.test(upper)) checks.fail('key', 'must be a request key');
  const at = typeof body.at === 'string' && ISO_INSTANT.test(body.at) ? Date.parse(body.at) : NaN;
  if (Number.isNaN(at)) checks.fail('at', 'must be an ISO 8601 UTC timestamp');
  return done(checks, { key: upper, at: Math.min(at, now) });
}

const FEEDBACK_TERM = /^[\p{L}\p{M}\p{N}]{1,40}$/u;
const FEEDBACK_TERMS_MAX = 10;

/** `POST /articles/:id/feedback`: 1–10 words (letters and digits, at most 40 each) and what happened. */
export function validateFeedback(raw: unknown): ArticleFeedback {
  const body = objectBody(raw);
  const checks = new Checks();
  checks.onlyKeys(body, ['terms', 'kind']);
  const terms: string[] = [];
  if (!Array.isArray(body.terms) || body.terms.length < 1 || body.terms.length > FEEDBACK_TERMS_MAX) {
    checks.fail('terms', `must be a list of 1–${FEEDBACK_TERMS_MAX} words`);
  } else {
    body.terms.forEach((term: unknown, index) => {
      if (typeof term === 'string' && FEEDBACK_TERM.test(term)) terms.push(term);
      else checks.fail(`terms[${index}]`, 'must be a word of 1–40 letters or digits');
    });
  }
  if (body.kind !== 'solved' && body.kind !== 'abandoned') checks.fail('kind', 'must be solved or abandoned');
  return done(checks, { terms, kind: body.kind as ArticleFeedback['kind'] });
}
