import type { RequestTypeField } from '../../api/contract';
import type { Translate } from '../../i18n';

/** Field id → message, for the fields that cannot be sent as they are. Pure, so it is tested on its own. */
export function validateFields(fields: RequestTypeField[], values: Record<string, string>, t: Translate): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const field of fields) {
    const value = (values[field.id] ?? '').trim();
    if (field.required && !value) errors[field.id] = t('form.required', { label: field.label });
    else if (field.maxLength && value.length > field.maxLength) errors[field.id] = t('form.tooLong', { max: field.maxLength });
    else if (field.type === 'number' && value && !/^\d+$/.test(value)) errors[field.id] = t('form.number');
    else if (field.id === 'visitorEmail' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) errors[field.id] = t('visitor.badEmail');
  }
  return errors;
}

/** What a visitor (no identity from the host) must tell us so the portal can answer and invite them. */
export const VISITOR_FIELDS = (t: Translate): RequestTypeField[] => [
  { id: 'visitorEmail', label: t('visitor.email'), type: 'text', required: true, maxLength: 254 },
  { id: 'visitorName', label: t('visitor.name'), type: 'text', required: true, maxLength: 100 },
];
