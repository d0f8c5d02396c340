import { SimError, type Ctx } from '../http/context.js';
import { adfToText, isAdfDoc } from '../render/adf.js';
import type { DeskField, RequestType } from '../state/desk.js';
import type { CustomValue } from '../types.js';
import type { TemporaryFile } from '../state/store.js';

export interface AcceptedFields {
  summary: string;
  description: string;
  organizationIds: string[];
  customFields: Record<string, CustomValue>;
  temporaryFiles: TemporaryFile[];
}

const TEXT_MAX = 255;
const TEXTAREA_MAX = 32_767;

function refuse(detail: string): never {
  throw new SimError(400, `Your request could not be created. Please check the fields have been correctly filled in. ${detail}`, { i18nKey: 'sd.request.create.field.invalid' });
}

function text(field: DeskField, value: unknown, max: number): string {
  if (typeof value !== 'string') refuse(`${field.name.en}: expected a string.`);
  if (value.length > max) refuse(`${field.name.en}: must be less than ${max} characters.`);
  return value;
}

/** Select fields take `{id}` or `{value}`, where `value` is the option's stored (German) text, never a translation. */
function option(field: DeskField, value: unknown): string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) refuse(`${field.name.en}: expected {"id": …} or {"value": …}.`);
  const given = value as { id?: unknown; value?: unknown };
  const found = field.options?.find((o) => (given.id !== undefined ? o.id === String(given.id) : o.value === given.value));
  if (!found) refuse(`${field.name.en}: '${String(given.id ?? given.value)}' is not a valid option.`);
  return found.id;
}

/** An organization not linked to the desk is refused as JSM's own portal never offers it there (assumption: FACTS §3 only says to link first). */
function organizations(ctx: Ctx, field: DeskField, value: unknown, deskId: string): string[] {
  if (!Array.isArray(value)) refuse(`${field.name.en}: expected an array of organization ids.`);
  return value.map((entry: unknown) => {
    const id = typeof entry === 'number' ? entry : typeof entry === 'object' && entry !== null ? (entry as { id?: unknown }).id : undefined;
    if (typeof id !== 'number' && !(typeof id === 'string' && /^\d+$/.test(id))) refuse(`${field.name.en}: expected numeric organization ids.`);
    if (!ctx.store.organizations.has(String(id))) refuse(`${field.name.en}: organization ${String(id)} does not exist.`);
    if (!ctx.store.desks.find((d) => d.id === deskId)?.organizationIds.includes(String(id))) {
      refuse(`${field.name.en}: organization ${String(id)} is not associated with this service project.`);
    }
    return String(id);
  });
}

export function temporaryFiles(ctx: Ctx, ids: unknown, deskId: string): TemporaryFile[] {
  if (!Array.isArray(ids) || ids.some((id) => typeof id !== 'string')) throw new SimError(400, 'temporaryAttachmentIds must be a list of strings.', { i18nKey: 'sd.attachment.ids.invalid' });
  return (ids as string[]).map((id) => {
    const file = ctx.store.temporaryFiles.get(id);
    if (!file || file.deskId !== deskId || file.expiresAt <= ctx.store.now()) {
      throw new SimError(400, `The temporary attachment ${id} does not exist or has expired.`, { i18nKey: 'sd.attachment.temporary.expired' });
    }
    return file;
  });
}

export function acceptFields(ctx: Ctx, rt: RequestType, deskId: string, values: Record<string, unknown>, isAdf: boolean): AcceptedFields {
  const accepted: AcceptedFields = { summary: '', description: '', organizationIds: [], customFields: {}, temporaryFiles: [] };
  for (const fieldId of Object.keys(values)) {
    if (!rt.fields.some((f) => f.fieldId === fieldId)) refuse(`The field '${fieldId}' is not on the request type '${rt.name.en}'.`);
  }
  for (const field of rt.fields) {
    const value = values[field.fieldId];
    const empty = value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
    if (empty) {
      if (field.required) refuse(`${field.name.en} is required.`);
      continue;
    }
    switch (field.kind) {
      case 'summary': {
        const summary = text(field, value, TEXT_MAX).trim();
        if (summary === '') refuse(`${field.name.en} is required.`);
        accepted.summary = summary;
        break;
      }
      case 'description':
        if (isAdf) {
          if (!isAdfDoc(value)) refuse(`${field.name.en}: expected an ADF document because isAdfRequest is true.`);
          accepted.description = adfToText(value);
        } else {
          accepted.description = text(field, value, TEXTAREA_MAX);
        }
        break;
      case 'text':
        accepted.customFields[field.fieldId] = text(field, value, TEXT_MAX);
        break;
      case 'textarea':
        accepted.customFields[field.fieldId] = text(field, value, TEXTAREA_MAX);
        break;
      case 'option':
        accepted.customFields[field.fieldId] = option(field, value);
        break;
      case 'checkboxes':
        if (!Array.isArray(value)) refuse(`${field.name.en}: expected an array of {"id": …} or {"value": …}.`);
        accepted.customFields[field.fieldId] = [...new Set(value.map((v: unknown) => option(field, v)))];
        break;
      case 'number':
        if (typeof value !== 'number' || !Number.isFinite(value)) refuse(`${field.name.en}: expected a number.`);
        accepted.customFields[field.fieldId] = value;
        break;
      case 'date':
        if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) refuse(`${field.name.en}: expected a date as YYYY-MM-DD.`);
        accepted.customFields[field.fieldId] = value;
        break;
      case 'datetime':
        if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) refuse(`${field.name.en}: expected a date and time.`);
        accepted.customFields[field.fieldId] = value;
        break;
      case 'user': {
        const accountId = typeof value === 'object' && value !== null ? (value as { accountId?: unknown }).accountId : value;
        if (typeof accountId !== 'string' || !ctx.store.users.has(accountId)) refuse(`${field.name.en}: expected a user's accountId.`);
        accepted.customFields[field.fieldId] = accountId;
        break;
      }
      case 'organizations':
        accepted.organizationIds = organizations(ctx, field, value, deskId);
        break;
      case 'attachment':
        accepted.temporaryFiles = temporaryFiles(ctx, value, deskId);
        break;
    }
  }
  return accepted;
}
