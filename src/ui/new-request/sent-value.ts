import type { FieldValue, RequestTypeField } from '../../api/contract';
import { chosen } from './choices';
import { numberText } from './validate';

const two = (n: number): string => String(Math.floor(n)).padStart(2, '0');

/**
 * A date and time as the browser's input gives it (`2026-12-08T14:30`, the device's own time) with the device's
 * offset from UTC on that day, so the support team reads the time the user meant wherever they are.
 */
export function withOffset(local: string): string {
  const minutes = -new Date(local).getTimezoneOffset();
  const sign = minutes < 0 ? '-' : '+';
  return `${local}${sign}${two(Math.abs(minutes) / 60)}:${two(Math.abs(minutes) % 60)}`;
}

/** A field's text as the portal takes it: a number with a point, a multiselect's choices as a list, a time with its offset. */
export function sentValue(field: RequestTypeField, value: string): FieldValue {
  if (field.type === 'multiselect') return chosen(field, value);
  if (field.type === 'number') return numberText(value);
  if (field.type === 'datetime' && value.trim()) return withOffset(value.trim());
  return value;
}
