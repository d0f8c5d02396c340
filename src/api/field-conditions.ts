import type { FieldCondition, RequestTypeField } from './contract';

/** A form's values as far as conditions read them: text as typed, or nothing. */
export type FieldValues = Readonly<Record<string, string | undefined>>;

const holds = (condition: FieldCondition, values: FieldValues): boolean => (values[condition.field] ?? '').trim() === condition.equals;

/**
 * The fields that apply to these values (`visibleWhen`), each with `required` as it is for them (`requiredWhen`).
 * Shared by the portal's validation and the widget's form, so both read a condition the same way.
 */
export function applicableFields<F extends RequestTypeField>(fields: readonly F[], values: FieldValues): F[] {
  return fields
    .filter((field) => !field.visibleWhen || holds(field.visibleWhen, values))
    .map((field) => (!field.required && field.requiredWhen && holds(field.requiredWhen, values) ? { ...field, required: true } : field));
}
