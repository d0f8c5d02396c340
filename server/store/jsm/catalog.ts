import type { FieldType, Locale, RequestType, RequestTypeField } from '../../../src/api/contract.js';
import { LIMITS } from '../../../src/api/contract.js';
import { SD_API, type JsmClient } from './client.js';
import type { JsmConfig } from './config.js';
import { withinDeadline } from './deadline.js';
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
  /**
   * The accounts the gateway wrote under before (an operator replaced the service account), each until the next one
   * took over: what they wrote until then is the gateway's too, written for customers; what they write after is a
   * person's (the operator may have started with their own token). Filled from the state store once it is open.
   */
  formerServiceAccounts: { accountId: string; until: number }[];
  /** Custom field ids differ per site (FACTS §3): found by their schema. */
  organizationsField: string;
  requestTypeField: string | null;
  /** Request participants: customers the request is shared with one by one, whose comments are no agent's. */
  participantsField: string | null;
}

/** Whether what an account wrote at `at` is the gateway's: the service account's, or a former one's while it was. */
export const isGatewayAccount = (desk: Desk, accountId: string | null | undefined, at: number): boolean =>
  accountId === desk.serviceAccountId || desk.formerServiceAccounts.some((former) => former.accountId === accountId && at <= former.until);

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
    formerServiceAccounts: [],
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
  // Checkboxes and multi-selects: a list of options.
  if (type === 'array' && optStr(schema.items) === 'option' && choices) return 'multiselect';
  if (type === 'string') return customKind.endsWith(':textarea') ? 'textarea' : 'text';
  if (type === 'number') return 'number';
  if (type === 'date') return 'date';
  if (type === 'datetime') return 'datetime';
  return null;
}

function toField(id: string, kind: FieldType, byLocale: Record<Locale, Json>, locale: Locale): RequestTypeField {
  const field = byLocale[locale];
  const result: RequestTypeField = { id, label: str(field.name, `field ${id} name`), type: kind, required: field.required === true };
  if (kind === 'text') result.maxLength = LIMITS.summaryMaxLength;
  if (kind === 'textarea') result.maxLength = LIMITS.textMaxLength;
  if (kind === 'select' || kind === 'multiselect') {
    result.options = arr(field.validValues, `field ${id} values`).map((v) => {
      const value = obj(v, `field ${id} value`);
      return { value: str(value.value, 'option value'), label: optStr(value.label) ?? str(value.value, 'option value') };
    });
  }
  const help = optStr(field.description);
  if (help) result.help = help;
  return result;
}

/** A request type the widget cannot offer: it requires a field whose type the widget cannot fill. */
class UnusableTypeError extends Error {}

/**
 * One configured request type in both languages; throws `UnusableTypeError` for a required field the widget cannot
 * fill, and the client's errors (a `JsmResponseError` 404 for a type the desk lacks).
 */
async function loadRequestType(client: JsmClient, desk: Desk, key: string, jsmId: string): Promise<MappedType> {
  const base = `${SD_API}/servicedesk/${desk.id}/requesttype/${jsmId}`;
  const per = await Promise.all(
    LOCALES.map(async (locale) => {
      const query = { requestLanguage: JSM_LANGUAGE[locale] };
      const type = obj((await client.request({ method: 'GET', path: base, query, retry: true })).body, 'request type');
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
    if (id === desk.organizationsField) hasOrganizationsField = true;
    const kind = fieldType(field);
    if (kind === 'skip') continue;
    const name = `"${optStr(field.name) ?? id}" (${id})`;
    // JSM fills a hidden field with its preset values itself (FACTS §1), whatever its type; a required one without
    // any refuses every request.
    if (field.visible === false) {
      if (field.required === true && Array.isArray(field.presetValues) && field.presetValues.length === 0) {
        throw new UnusableTypeError(`request type ${jsmId} ("${key}") requires the hidden field ${name}, which has no preset value; give it one or make it optional`);
      }
      continue;
    }
    if (kind === null) {
      if (field.required === true) {
        throw new UnusableTypeError(`request type ${jsmId} ("${key}") requires the field ${name}, whose type the widget cannot fill; make it optional or give it a preset value`);
      }
      continue;
    }
    kinds[id] = kind;
    ids.push(id);
  }
  const byId = (fields: Json[]) => new Map(fields.map((f) => [str(f.fieldId, 'fieldId'), f]));
  const isAttachment = (f: Json) => f.fieldId === 'attachment' || optStr(optObj(f.jiraSchema)?.system) === 'attachment';
  // JSM refuses a create without a file where the Attachment field is required: the form asks for one first.
  const filesRequired = de.fields.some((f) => isAttachment(f) && f.required === true && f.visible !== false);
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
        ...(filesRequired ? { attachmentsRequired: true } : {}),
      } satisfies RequestType,
    ]),
  ) as Record<Locale, RequestType>;
  const has = (system: string) => de.fields.some((f) => f.fieldId === system || optStr(optObj(f.jiraSchema)?.system) === system);
  // Every create sends the description: the customer's text and the ref that keeps creates exactly-once. Where the
  // list shows hidden fields, a missing one is missing (else start-up warns: it may be hidden from the account).
  if (!has('description') && de.fields.some((f) => f.visible === false)) {
    throw new UnusableTypeError(`request type ${jsmId} ("${key}") has no Description field, which every create fills (the customer's text and the ref that keeps creates exactly-once); add it (it may be hidden)`);
  }
  return { jsmId, types, hasOrganizationsField, hasDescriptionField: has('description'), hasAttachmentField: has('attachment'), fieldKinds: kinds };
}

/** How a configured request type fared in one read. */
type Outcome =
  | { kind: 'read'; type: MappedType }
  /** JSM says it is gone or refuses it, or it became unusable: no longer offered, until a read succeeds again. */
  | { kind: 'dropped'; reason: string }
  /** JSM did not answer usefully (down, slow, 5xx, 429, garbage): the last good version, if any, stays. */
  | { kind: 'failed'; reason: string };

/** A configured request type and what the gateway knows of it. */
interface Slot {
  key: string;
  jsmId: string;
  /** The last version read; also kept once dropped, so existing requests of it still show its name and fields. */
  last: MappedType | null;
  state: 'offered' | 'dropped' | 'unread';
  /** The drop or failed read last logged, so a refresh that finds the same again logs nothing. */
  told: string | null;
}

/** Background refreshes run outside any widget call: a budget of their own, as long as start-up's. */
const REFRESH_BUDGET_MS = 30_000;
/** After a refresh that could not read every type, the next one comes this soon (or after the TTL, if shorter). */
const RETRY_AFTER_FAILURE_MS = 30_000;

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

async function readType(client: JsmClient, desk: Desk, key: string, jsmId: string): Promise<Outcome> {
  try {
    return { kind: 'read', type: await loadRequestType(client, desk, key, jsmId) };
  } catch (error) {
    const name = `request type ${jsmId} ("${key}")`;
    if (error instanceof UnusableTypeError) return { kind: 'dropped', reason: error.message };
    // 404 is "missing or invisible" (FACTS §10): deleted, or restricted to others. Neither passes with time.
    if (error instanceof JsmResponseError && error.status === 404) {
      return { kind: 'dropped', reason: `${name} is not on service desk ${desk.projectKey} (JSM answers 404: deleted, or not visible to the service account)` };
    }
    // Any other refusal (403 and the like) stays until an admin acts, as a 404 does.
    if (error instanceof JsmResponseError) return { kind: 'dropped', reason: `JSM refuses ${name} (${error.status}: ${error.jsmMessage})` };
    return { kind: 'failed', reason: `${name} could not be read (${message(error)})` };
  }
}

/**
 * The configured request types, each read on its own: one JSM deleted or made unusable is dropped (and logged once)
 * while the others keep following JSM; one JSM could not answer for keeps its last good version. Callers never wait
 * for JSM: once the TTL has passed, the first call starts one refresh in the background and everyone is served what
 * was last read (a hanging JSM must not cost every public `GET /request-types` the whole deadline, nor multiply
 * calls against the tenant's burst limit, FACTS §10). A refresh that could not read every type is tried again after
 * `RETRY_AFTER_FAILURE_MS` or the TTL, whichever is less.
 */
export function createCatalog(client: JsmClient, desk: Desk, config: JsmConfig, log: (line: string) => void) {
  const slots: Slot[] = config.requestTypes.map(({ key, jsmId }) => ({ key, jsmId, last: null, state: 'unread', told: null }));
  let nextRefreshAt = Number.POSITIVE_INFINITY;
  let refreshing: Promise<void> | null = null;

  const apply = (slot: Slot, outcome: Outcome, startup: boolean): void => {
    const name = `request type ${slot.key}=${slot.jsmId}`;
    if (outcome.kind === 'read') {
      if (slot.told !== null && !startup) log(`jsm: ${name} ${slot.state === 'offered' ? 'was read again' : 'is offered again'}`);
      slot.last = outcome.type;
      slot.state = 'offered';
      slot.told = null;
    } else if (outcome.kind === 'dropped') {
      if (slot.told !== outcome.reason) log(`jsm: ${name} is ${startup ? 'not' : 'no longer'} offered: ${outcome.reason}`);
      slot.state = 'dropped';
      slot.told = outcome.reason;
    } else if (slot.state !== 'dropped' && slot.told === null) {
      // Once per run of failed reads; a dropped type stays dropped until JSM answers for it.
      log(`jsm: ${outcome.reason}; ${slot.state === 'offered' ? 'still offering the version read before' : 'not offered until JSM answers for it'}`);
      slot.told = outcome.reason;
    }
  };

  /** Reads every configured type and sets when the next refresh is due. */
  const readAll = async (startup: boolean): Promise<Outcome[]> => {
    const outcomes = await Promise.all(slots.map((slot) => readType(client, desk, slot.key, slot.jsmId)));
    outcomes.forEach((outcome, i) => apply(slots[i] as Slot, outcome, startup));
    const failed = outcomes.some((o) => o.kind === 'failed');
    nextRefreshAt = Date.now() + (failed ? Math.min(RETRY_AFTER_FAILURE_MS, config.requestTypeTtlMs) : config.requestTypeTtlMs);
    return outcomes;
  };

  const refreshWhenDue = (): void => {
    if (refreshing || Date.now() < nextRefreshAt) return;
    // `readType` settles every type's failure itself; the catch only keeps a slip from becoming an unhandled rejection.
    refreshing = withinDeadline(REFRESH_BUDGET_MS, () => readAll(false))
      .then(
        () => undefined,
        (error: unknown) => {
          log(`jsm: request types not refreshed: ${message(error)}`);
          nextRefreshAt = Date.now() + Math.min(RETRY_AFTER_FAILURE_MS, config.requestTypeTtlMs);
        },
      )
      .finally(() => {
        refreshing = null;
      });
  };

  const offered = (): MappedType[] => slots.flatMap((s) => (s.state === 'offered' && s.last ? [s.last] : []));
  const matches = (t: MappedType, idOrKey: string) => t.types.de.id === idOrKey || t.types.de.key === idOrKey || t.jsmId === idOrKey;
  const known = (): MappedType[] => slots.flatMap((s) => (s.last ? [s.last] : []));
  const otherNames = new Map<string, { name: Promise<string | null>; at: number }>();

  return {
    /**
     * The first read, at start-up. Types JSM lacks, refuses or the widget cannot fill are logged and left out, as are
     * types JSM did not answer for (tried again soon); throws, naming each, when not one type can be offered.
     */
    async load(): Promise<void> {
      const outcomes = await readAll(true);
      if (slots.some((s) => s.state === 'offered')) return;
      throw new StartupError(`JSM_REQUEST_TYPES: no request type can be offered: ${outcomes.flatMap((o) => (o.kind === 'read' ? [] : [o.reason])).join('; ')}`);
    },
    async list(locale: Locale): Promise<RequestType[]> {
      refreshWhenDue();
      return offered().map((t) => t.types[locale]);
    },
    /** An offered request type: the ones to create requests with and filter lists by. */
    async find(idOrKey: string): Promise<MappedType | undefined> {
      refreshWhenDue();
      return offered().find((t) => matches(t, idOrKey));
    },
    /**
     * JSM refused a create in a way a changed request type explains: read the types again now, in the background;
     * settles when they are read.
     */
    stale(): Promise<void> {
      // A refresh already running may have read the types before the admin's change: another one follows it.
      const again = (): Promise<void> => {
        nextRefreshAt = 0;
        refreshWhenDue();
        return refreshing ?? Promise.resolve();
      };
      return refreshing ? refreshing.then(again) : again();
    },
    /** The offered request types as last read, without a refresh. */
    mapped: offered,
    /** Without a refresh, dropped types too: for showing existing requests, which must not wait for JSM's request types. */
    byJsmId: (jsmId: string): MappedType | undefined => known().find((t) => t.jsmId === jsmId),
    byId: (id: string): MappedType | undefined => known().find((t) => matches(t, id)),
    /**
     * The name of a request type the widget does not offer (an agent moved a request there) in `locale`, read at most
     * once per TTL of the request types: the Jira field names it in the service account's language only (FACTS §1).
     * Null when JSM cannot say.
     */
    otherName(jsmId: string, locale: Locale): Promise<string | null> {
      const key = `${jsmId} ${locale}`;
      const known = otherNames.get(key);
      if (known && Date.now() - known.at < config.requestTypeTtlMs) return known.name;
      const name = client
        .request({ method: 'GET', path: `${SD_API}/servicedesk/${desk.id}/requesttype/${jsmId}`, query: { requestLanguage: JSM_LANGUAGE[locale] }, retry: true, accept: [404] })
        .then((answer) => (answer.status === 404 ? null : (optStr(optObj(answer.body)?.name) ?? null)))
        .catch(() => {
          // Asked again next time: a passing failure must not leave the name untranslated until the TTL.
          otherNames.delete(key);
          return null;
        });
      otherNames.set(key, { name, at: Date.now() });
      return name;
    },
  };
}

export type Catalog = ReturnType<typeof createCatalog>;
