import type { RequestTypeField } from '../../api/contract';
import type { PortalError } from '../../api/errors';
import { charCount, isDay, isDecimal, isEmail } from '../../api/text-rules';
import type { MessageKey, Translate } from '../../i18n';
import { chosen } from './choices';

const WHOLE = /^[+-]?\d+$/;
// What a browser's date-and-time input gives: the device's own time, without an offset (added when sending).
const LOCAL_TIME = /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/;

/** A date and time as a browser's date-and-time input holds it, on a day the calendar has. */
export const isLocalTime = (value: string): boolean => LOCAL_TIME.test(value) && isDay(value.slice(0, 10));

/** A number as the portal reads it: a German decimal comma ("2,5") is a point. */
export const numberText = (value: string): string => value.trim().replace(/^([+-]?\d*),(\d+)$/, '$1.$2');

/**
 * What keeps one field's value from being sent, checked as the portal checks it (server/http/validation/
 * request-body.ts), so the user hears it at once and in their language instead of as a refusal after sending.
 */
export function fieldProblem(field: RequestTypeField, raw: string, t: Translate): string | null {
  const value = raw.trim();
  if (field.type === 'multiselect') return !chosen(field, raw).length && field.required ? t('form.requiredChoice', { label: field.label }) : null;
  if (!value) return field.required ? t('form.required', { label: field.label }) : null;
  // The portal keeps a long text's own spacing, and so counts it; every other value it trims first.
  if (field.maxLength !== undefined && charCount(field.type === 'textarea' ? raw : value) > field.maxLength) {
    return t('form.tooLong', { max: field.maxLength });
  }
  if (field.type === 'number') {
    const sent = numberText(value);
    if (!(field.integer ? WHOLE.test(sent) : isDecimal(sent))) return t(field.integer ? 'form.number' : 'form.decimal');
    const number = Number(sent);
    const low = field.min !== undefined && number < field.min;
    const high = field.max !== undefined && number > field.max;
    if (low || high) return rangeText(field, t);
  }
  // A browser's date input gives the day as the portal takes it; a host's prefill may not.
  if (field.type === 'date' && !isDay(value)) return t('form.date');
  if (field.type === 'datetime' && !isLocalTime(value)) return t('form.datetime');
  // A draft or a host's prefill may hold a value the portal no longer offers.
  if (field.type === 'select' && field.options && !field.options.some((o) => o.value === value)) return t('form.chooseOne', { label: field.label });
  if (field.id === 'visitorEmail' && !isEmail(value)) return t('visitor.badEmail');
  return null;
}

/** The bounds a number field allows, as a sentence asking for them; null without bounds. */
function rangeText(field: RequestTypeField, t: Translate): string | null {
  const { min, max } = field;
  if (min !== undefined && max !== undefined) return t('form.range', { min, max });
  if (min !== undefined) return t('form.atLeast', { min });
  if (max !== undefined) return t('form.atMost', { max });
  return null;
}

/** Field id → message, for the fields that cannot be sent as they are. Pure, so it is tested on its own. */
export function validateFields(fields: RequestTypeField[], values: Record<string, string>, t: Translate): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const field of fields) {
    const problem = fieldProblem(field, values[field.id] ?? '', t);
    if (problem) errors[field.id] = problem;
  }
  return errors;
}

/** What a visitor (no identity from the host) must tell us so the portal can answer and invite them. */
export const VISITOR_FIELDS = (t: Translate): RequestTypeField[] => [
  { id: 'visitorEmail', label: t('visitor.email'), type: 'text', required: true, maxLength: 254 },
  { id: 'visitorName', label: t('visitor.name'), type: 'text', required: true, maxLength: 100 },
];

/**
 * What the kept draft waits for after a failed send: the device to be online (it then goes by itself), the Retry
 * button a form shows for a failure that may pass, or a fix by the user (nothing to retry, so no button is named).
 */
export function keptText(failure: PortalError): MessageKey {
  if (failure.kind === 'offline') return 'form.keptOffline';
  return failure.retryable ? 'form.keptDraft' : 'form.keptFix';
}
