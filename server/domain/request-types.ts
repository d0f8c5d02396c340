import type { FieldCondition, FieldType, FieldValue, Locale, RequestType, RequestTypeField } from '../../src/api/contract.js';
import { dateTimeParts, isDay } from '../../src/api/text-rules.js';

/** Text in both portal languages; the stored form of every user-visible request-type string. */
export type Localized = Record<Locale, string>;

export interface FieldDefinition {
  id: string;
  label: Localized;
  type: FieldType;
  required: boolean;
  maxLength?: number;
  min?: number;
  max?: number;
  integer?: boolean;
  options?: { value: string; label: Localized }[];
  help?: Localized;
  visibleWhen?: FieldCondition;
  requiredWhen?: FieldCondition;
}

export interface RequestTypeDefinition {
  id: string;
  key: string;
  name: Localized;
  description: Localized;
  helpText: Localized;
  fields: FieldDefinition[];
}

function localizeField(field: FieldDefinition, locale: Locale): RequestTypeField {
  const result: RequestTypeField = { id: field.id, label: field.label[locale], type: field.type, required: field.required };
  if (field.maxLength !== undefined) result.maxLength = field.maxLength;
  if (field.min !== undefined) result.min = field.min;
  if (field.max !== undefined) result.max = field.max;
  if (field.integer) result.integer = true;
  if (field.options) result.options = field.options.map((o) => ({ value: o.value, label: o.label[locale] }));
  if (field.help) result.help = field.help[locale];
  if (field.visibleWhen) result.visibleWhen = field.visibleWhen;
  if (field.requiredWhen) result.requiredWhen = field.requiredWhen;
  return result;
}

export function localizeRequestType(definition: RequestTypeDefinition, locale: Locale): RequestType {
  return {
    id: definition.id,
    key: definition.key,
    name: definition.name[locale],
    description: definition.description[locale],
    helpText: definition.helpText[locale],
    fields: definition.fields.map((field) => localizeField(field, locale)),
  };
}

const DAY_FORMAT: Record<Locale, Intl.DateTimeFormat> = {
  de: new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' }),
};
const TIME_FORMAT: Record<Locale, Intl.DateTimeFormat> = {
  de: new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }),
};

/**
 * A field's value as a request's page shows it: an option by its label (a multiselect's, a comma apart), a date in
 * the reader's words, a time with the clock time it carries (as sent: the reader is in the sender's practice, and
 * zone; on JSM as Jira writes it back).
 */
export function shownValue(field: RequestTypeField, raw: FieldValue, locale: Locale): string {
  if (Array.isArray(raw)) return raw.map((value) => shownValue(field, value, locale)).join(', ');
  if (field.type === 'date' && isDay(raw)) return DAY_FORMAT[locale].format(new Date(`${raw}T00:00:00Z`));
  const time = field.type === 'datetime' ? dateTimeParts(raw) : null;
  if (time) return TIME_FORMAT[locale].format(new Date(`${time.day}T00:00:00Z`).getTime() + (time.hour * 60 + time.minute) * 60_000);
  return field.options?.find((o) => o.value === raw)?.label ?? raw;
}
