import { SimError, type Ctx } from '../http/context.js';
import { adfToText, isAdfDoc } from '../render/adf.js';
import { ORGANIZATIONS_FIELD_ID, PARTICIPANTS_FIELD_ID, type DeskField } from '../state/desk.js';
import type { CustomValue, SimIssue } from '../types.js';

function invalid(field: string, message: string): never {
  throw new SimError(400, '', { errors: { [field]: message } });
}

function idsOf(field: string, value: unknown, pick: (entry: Record<string, unknown>) => unknown): string[] {
  if (!Array.isArray(value)) invalid(field, 'Specify the value as an array.');
  return value.map((entry: unknown) => {
    const id = typeof entry === 'object' && entry !== null ? pick(entry as Record<string, unknown>) : entry;
    if (typeof id !== 'number' && typeof id !== 'string') invalid(field, 'Specify a valid value.');
    return String(id);
  });
}

function optionId(field: DeskField, value: unknown): string {
  const given = (typeof value === 'object' && value !== null ? value : {}) as { id?: unknown; value?: unknown };
  const option = field.options?.find((o) => (given.id !== undefined ? o.id === String(given.id) : o.value === given.value));
  if (!option) invalid(field.fieldId, `Option value '${String(given.id ?? given.value)}' is not valid.`);
  return option.id;
}

function customValue(field: DeskField, value: unknown): CustomValue | undefined {
  if (value === null) return undefined;
  switch (field.kind) {
    case 'option':
      return optionId(field, value);
    case 'checkboxes':
      if (!Array.isArray(value)) invalid(field.fieldId, 'Specify the value as an array.');
      return value.length ? [...new Set(value.map((v: unknown) => optionId(field, v)))] : undefined;
    case 'number':
      if (typeof value !== 'number') invalid(field.fieldId, 'Specify a valid number.');
      return value;
    case 'date':
      if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) invalid(field.fieldId, 'Specify the date in the format yyyy-MM-dd.');
      return value;
    case 'datetime':
      if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) invalid(field.fieldId, 'Specify a date and time.');
      return value;
    default:
      if (typeof value !== 'string') invalid(field.fieldId, 'Specify a string value.');
      if (value.length > (field.kind === 'textarea' ? 32_767 : 255)) invalid(field.fieldId, 'The entered text is too long.');
      return value;
  }
}

/** Applies `{fields:{…}}` of editIssue; v3 rich text must be ADF, and unknown fields fail as on a real screen. */
export function applyFields(ctx: Ctx, issue: SimIssue, fields: Record<string, unknown>): void {
  const desk = ctx.store.deskById(issue.serviceDeskId);
  const deskFields = desk?.requestTypes.flatMap((rt) => rt.fields) ?? [];
  for (const [id, value] of Object.entries(fields)) {
    if (id === 'summary') {
      if (typeof value !== 'string' || value.trim() === '') invalid(id, 'You must specify a summary of the issue.');
      if (value.length > 255) invalid(id, 'Summary must be less than 255 characters.');
      issue.summary = value;
    } else if (id === 'description') {
      if (value !== null && !isAdfDoc(value)) invalid(id, 'Operation value must be an Atlassian Document (see the Atlassian Document Format).');
      issue.description = value === null ? '' : adfToText(value);
    } else if (id === ORGANIZATIONS_FIELD_ID) {
      const ids = value === null ? [] : idsOf(id, value, (e) => e.id);
      const missing = ids.filter((o) => !ctx.store.organizations.has(o));
      if (missing.length > 0) invalid(id, `Organization with id ${missing.join(', ')} does not exist.`);
      issue.organizationIds = ids;
    } else if (id === PARTICIPANTS_FIELD_ID) {
      const ids = value === null ? [] : idsOf(id, value, (e) => e.accountId);
      if (ids.some((a) => !ctx.store.users.has(a))) invalid(id, 'Specify valid users.');
      issue.participantIds = ids;
    } else {
      const field = deskFields.find((f) => f.fieldId === id && f.fieldId.startsWith('customfield_'));
      if (!field) invalid(id, `Field '${id}' cannot be set. It is not on the appropriate screen, or unknown.`);
      const stored = customValue(field, value);
      if (stored === undefined) delete issue.customFields[id];
      else issue.customFields[id] = stored;
    }
  }
}
