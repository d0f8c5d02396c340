import type { RequestTypeField } from '../../api/contract';
import { isDay } from '../../api/text-rules';
import { warn } from '../../core/log';
import { chosen } from './choices';
import { isLocalTime } from './validate';
import type { NewRequestPrefill } from '../../core/types';

const reported = new Set<string>();

/**
 * The host's prefill as form values: `fields` by field id, checked against the request type's fields (a select
 * takes one of its options, a multiselect a list of them, a number field digits); `summary` and `description` as before. What does not fit is
 * left out and reported to the host's developer once per page, not at every open.
 */
export function prefillValues(prefill: NewRequestPrefill, typeKey: string, fields: RequestTypeField[]): Record<string, string> {
  const values: Record<string, string> = {};
  const refused: string[] = [];
  for (const [id, raw] of Object.entries(prefill.fields ?? {})) {
    const field = fields.find((f) => f.id === id);
    const offered = (v: string) => !!field?.options?.some((o) => o.value === v);
    const list = Array.isArray(raw) ? raw.map((v) => String(v).trim()) : null;
    const value = list ? list.join('\n') : String(raw ?? '').trim();
    const fits =
      field &&
      (field.type === 'multiselect' ? (list ?? [value]).every(offered) : !list) &&
      (field.type !== 'select' || offered(value)) &&
      (field.type !== 'number' || /^\d+$/.test(value)) &&
      (field.type !== 'date' || isDay(value)) &&
      (field.type !== 'datetime' || isLocalTime(value));
    // A multiselect's choices in the order the form keeps them, so the same choices are no conflict with a draft.
    if (fits) values[id] = field.type === 'multiselect' ? chosen(field, value).join('\n') : value;
    else refused.push(field ? `${id} (value "${value}")` : id);
  }
  if (prefill.summary) values['summary'] = prefill.summary;
  if (prefill.description) values['description'] = prefill.description;
  const report = refused.filter((entry) => !reported.has(`${typeKey}:${entry}`));
  if (report.length) {
    report.forEach((entry) => reported.add(`${typeKey}:${entry}`));
    warn(`open("new", { fields }): left out for request type "${typeKey}": ${report.join(', ')}. Its fields are ${fields.map((f) => f.id).join(', ')}.`);
  }
  return values;
}
