import type { FieldType, Locale, RequestType, RequestTypeField } from '../../../src/api/contract.js';
import { LIMITS } from '../../../src/api/contract.js';
import { SD_API, type JsmClient } from './client.js';
import type { JsmConfig } from './config.js';
import { JsmResponseError } from './errors.js';
import { arr, obj, optObj, optStr, str, type Json } from './read.js';

/** JSM's language tags for the portal's two languages (`requestLanguage`, FACTS §1). */
export const JSM_LANGUAGE: Record<Locale, string> = { de: 'de-DE', en: 'en-GB' };
const LOCALES: Locale[] = ['de', 'en'];

export interface Desk {
  id: string;
  projectKey: string;
  projectName: string;
  /** The service account's accountId: its comments are not the support team's. */
  serviceAccountId: string;
  /** Custom field ids differ per site (FACTS §3): found by their schema. */
  organizationsField: string;
  requestTypeField: string | null;
  /** Request participants: customers the request is shared with one by one, whose comments are no agent's. */
  participantsField: string | null;
}

/** A portal request type with both languages, and what the gateway needs to create requests of it. */
export interface MappedType {
  jsmId: string;
  types: Record<Locale, RequestType>;
  /** Whether the Organizations field is on the request type (else it is set afterwards on the issue). */
  hasOrganizationsField: boolean;
  /** Whether the Description field is on it, as far as the service account can see (hidden ones need desk admin). */
  hasDescriptionField: boolean;
  /** Whether files can go with the create (`requestFieldValues.attachment`); else they are attached right after it. */
  hasAttachmentField: boolean;
  fieldKinds: Record<string, FieldType>;
}

const ORGANIZATIONS = 'com.atlassian.servicedesk:sd-customer-organizations';
const REQUEST_TYPE = 'com.atlassian.servicedesk:vp-origin';
const PARTICIPANTS = 'com.atlassian.servicedesk:sd-request-participants';

class StartupError extends Error {}

async function expectFound<T>(what: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof JsmResponseError && error.status === 404) throw new StartupError(what);
    if (error instanceof JsmResponseError && error.status === 403) throw new StartupError(`${what} (JSM answered 403: ${error.jsmMessage})`);
    throw error;
  }
}

/** Reads the desk and the custom fields the gateway relies on; throws a message naming what is wrong. */
export async function loadDesk(client: JsmClient, config: JsmConfig): Promise<Desk> {
  const desk = obj(
    (await expectFound(`JSM_SERVICE_DESK "${config.serviceDesk}" is not a service desk the account can see`, () =>
      client.request({ method: 'GET', path: `${SD_API}/servicedesk/${encodeURIComponent(config.serviceDesk)}`, retry: true }),
    )).body,
    'service desk',
  );
  const myself = obj((await client.request({ method: 'GET', path: '/rest/api/3/myself', retry: true })).body, 'myself');
  const fields = arr((await client.request({ method: 'GET', path: '/rest/api/3/field', retry: true })).body, 'fields');
  const custom = (kind: string) =>
    fields.map((f) => optObj(f)).find((f) => optStr(optObj(f?.schema)?.custom) === kind)?.id as string | undefined;
  const organizationsField = custom(ORGANIZATIONS);
  if (!organizationsField) {
    throw new StartupError('the site has no Organizations field (com.atlassian.servicedesk:sd-customer-organizations); is JSM enabled on it?');
  }
  return {
    id: str(desk.id, 'desk id'),
    projectKey: str(desk.projectKey, 'desk projectKey'),
    projectName: optStr(desk.projectName) ?? str(desk.projectKey, 'desk projectKey'),
    serviceAccountId: str(myself.accountId, 'myself.accountId'),
    organizationsField,
    requestTypeField: custom(REQUEST_TYPE) ?? null,
    participantsField: custom(PARTICIPANTS) ?? null,
  };
}

function fieldType(field: Json): FieldType | 'skip' | null {
  const schema = optObj(field.jiraSchema) ?? {};
  const system = optStr(schema.system);
  const customKind = optStr(schema.custom) ?? '';
  const type = optStr(schema.type);
  if (system === 'summary') return 'text';
  if (system === 'description') return 'textarea';
  if (system === 'attachment' || customKind === ORGANIZATIONS || customKind === PARTICIPANTS) return 'skip';
  // Radio buttons say `string` in the schema (the spec's getRequestTypeFields example): the values make a field a choice.
  const choices = Array.isArray(field.validValues) && field.validValues.length > 0;
  if ((type === 'option' || type === 'string') && choices) return 'select';
  if (type === 'string') return customKind.endsWith(':textarea') ? 'textarea' : 'text';
  if (type === 'number') return 'number';
  return null;
}

function toField(id: string, kind: FieldType, byLocale: Record<Locale, Json>, locale: Locale): RequestTypeField {
  const field = byLocale[locale];
  const result: RequestTypeField = { id, label: str(field.name, `field ${id} name`), type: kind, required: field.required === true };
  if (kind === 'text') result.maxLength = LIMITS.summaryMaxLength;
  if (kind === 'textarea') result.maxLength = LIMITS.textMaxLength;
  if (kind === 'select') {
    result.options = arr(field.validValues, `field ${id} values`).map((v) => {
      const value = obj(v, `field ${id} value`);
      return { value: str(value.value, 'option value'), label: optStr(value.label) ?? str(value.value, 'option value') };
    });
  }
  const help = optStr(field.description);
  if (help) result.help = help;
  return result;
}

/** One configured request type in both languages; throws for a type the desk lacks or a required field the widget cannot fill. */
export async function loadRequestType(client: JsmClient, desk: Desk, key: string, jsmId: string, organizationsField: string): Promise<MappedType> {
  const base = `${SD_API}/servicedesk/${desk.id}/requesttype/${jsmId}`;
  const per = await Promise.all(
    LOCALES.map(async (locale) => {
      const query = { requestLanguage: JSM_LANGUAGE[locale] };
      const type = obj(
        (await expectFound(`JSM_REQUEST_TYPES: request type ${jsmId} ("${key}") is not on service desk ${desk.projectKey}`, () =>
          client.request({ method: 'GET', path: base, query, retry: true }),
        )).body,
        'request type',
      );
      // Hidden fields (the Organizations field usually is one) are listed to desk admins only (FACTS §1).
      const fields = obj((await client.request({ method: 'GET', path: `${base}/field`, query: { ...query, expand: 'hiddenFields' }, retry: true })).body, 'request type fields');
      return { locale, type, fields: arr(fields.requestTypeFields, 'requestTypeFields').map((f) => obj(f, 'field')) };
    }),
  );
  const [de, en] = per as [(typeof per)[0], (typeof per)[0]];
  const kinds: Record<string, FieldType> = {};
  const ids: string[] = [];
  let hasOrganizationsField = false;
  for (const field of de.fields) {
    const id = str(field.fieldId, 'fieldId');
    if (id === organizationsField) hasOrganizationsField = true;
    const kind = fieldType(field);
    if (kind === 'skip') continue;
    if (kind === null) {
      if (field.required === true) {
        throw new StartupError(`request type ${jsmId} ("${key}") requires the field "${optStr(field.name) ?? id}" (${id}), whose type the widget cannot fill; make it optional or give it a preset value`);
      }
      continue;
    }
    // Hidden fields carry preset values that JSM fills in itself.
    if (field.visible === false) continue;
    kinds[id] = kind;
    ids.push(id);
  }
  const byId = (fields: Json[]) => new Map(fields.map((f) => [str(f.fieldId, 'fieldId'), f]));
  const deFields = byId(de.fields);
  const enFields = byId(en.fields);
  const types = Object.fromEntries(
    per.map(({ locale, type }) => [
      locale,
      {
        id: `rt-${key}`,
        key,
        name: str(type.name, 'request type name'),
        description: optStr(type.description) ?? '',
        helpText: optStr(type.helpText) ?? '',
        fields: ids.map((id) => toField(id, kinds[id] as FieldType, { de: deFields.get(id) as Json, en: enFields.get(id) ?? (deFields.get(id) as Json) }, locale)),
      } satisfies RequestType,
    ]),
  ) as Record<Locale, RequestType>;
  const has = (system: string) => de.fields.some((f) => f.fieldId === system || optStr(optObj(f.jiraSchema)?.system) === system);
  return { jsmId, types, hasOrganizationsField, hasDescriptionField: has('description'), hasAttachmentField: has('attachment'), fieldKinds: kinds };
}

/** The configured request types, read at start-up and again after the cache period (the last good set stays on failure). */
export function createCatalog(client: JsmClient, desk: Desk, config: JsmConfig, log: (line: string) => void) {
  let types: MappedType[] = [];
  let loadedAt = 0;
  let refreshing: Promise<void> | null = null;

  const load = async () => {
    types = await Promise.all(config.requestTypes.map(({ key, jsmId }) => loadRequestType(client, desk, key, jsmId, desk.organizationsField)));
    loadedAt = Date.now();
  };

  const fresh = async () => {
    if (Date.now() - loadedAt < config.requestTypeTtlMs) return;
    refreshing ??= load()
      .catch((error: unknown) => log(`jsm: request types not refreshed, serving the last ones: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        refreshing = null;
      });
    await refreshing;
  };

  const find = (idOrKey: string): MappedType | undefined =>
    types.find((t) => t.types.de.id === idOrKey || t.types.de.key === idOrKey || t.jsmId === idOrKey);

  return {
    load,
    async list(locale: Locale): Promise<RequestType[]> {
      await fresh();
      return types.map((t) => t.types[locale]);
    },
    async find(idOrKey: string): Promise<MappedType | undefined> {
      await fresh();
      return find(idOrKey);
    },
    /** The mapped request types as last read, without a refresh. */
    mapped: (): MappedType[] => types,
    /** Without a refresh: for list items, which must not wait for JSM's request types. */
    byJsmId: (jsmId: string): MappedType | undefined => types.find((t) => t.jsmId === jsmId),
    byId: (id: string): MappedType | undefined => find(id),
  };
}

export type Catalog = ReturnType<typeof createCatalog>;
