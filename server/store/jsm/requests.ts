import type { ActivityItem, Locale, RequestDetail, RequestField, RequestSummary } from '../../../src/api/contract.js';
import type { AttachmentFiles } from '../../attachments/files.js';
import { isoTime } from '../../domain/iso-time.js';
import { shownValue } from '../../domain/request-types.js';
import type { AttachmentStore, Reader, UserRecord } from '../portal-store.js';
import { allPages, attachmentRefs, commentItem, publicComments, statusItems, typeKnown, type IsCustomer } from './activity.js';
import type { Catalog, Desk, MappedType } from './catalog.js';
import { isGatewayAccount, JSM_LANGUAGE } from './catalog.js';
import type { ChangeFeed } from './changes.js';
import { SD_API, type JsmClient } from './client.js';
import { descriptionText, fieldText, hasFooter, plainText, portalStatus, sentWithoutSignIn, shownText } from './convert.js';
import { JsmResponseError } from './errors.js';
import type { Identity } from './identity.js';
import { obj, optObj, optStr, str, time, type Json } from './read.js';
import type { JsmState } from './state.js';

export interface RequestDeps {
  client: JsmClient;
  desk: Desk;
  catalog: Catalog;
  identity: Identity;
  state: JsmState;
  attachments: AttachmentStore;
  files: AttachmentFiles;
  /** This process; a pending create of another epoch was cut off by a restart. */
  epoch: string;
  getUser: (id: string) => Promise<UserRecord | null>;
  log: (line: string) => void;
  /** What this site's JQL takes, learnt from its refusals (see `listRequests`). */
  search: { wildcards: boolean; ownRequests: boolean; participants: boolean };
  /**
   * Per practice, the creators without a portal user (`jsm:<accountId>`) its lists and "created by" choices named: a
   * list by one of them may be worth the recovery from a refused search, any other the caller may have made up.
   */
  jsmCreators: Map<string, Set<string>>;
  /** Tells lists of the gateway's own writes, and which issues their searches must reconcile. */
  changes: Pick<ChangeFeed, 'wrote' | 'recent' | 'noticed' | 'gone' | 'unsettled'>;
}

export function issueFields(desk: Desk): string[] {
  return ['summary', 'status', 'created', 'updated', 'reporter', desk.organizationsField, ...[desk.requestTypeField, desk.participantsField].filter((f): f is string => f !== null)];
}

/** The JSM organization ids of an issue's Organizations field (`[{id,…}]`, or plain ids). */
export function organizationIds(value: unknown): string[] {
  return Array.isArray(value) ? value.map((o) => optStr(optObj(o)?.id) ?? optStr(o) ?? '').filter(Boolean) : [];
}

export function requestTypeOf(
  deps: Pick<RequestDeps, 'catalog' | 'state' | 'desk'>,
  key: string,
  fields: Json,
  locale: Locale,
  now?: string,
): RequestSummary['requestType'] & { mapped: MappedType | undefined; jsmId: string | undefined } {
  // FACTS gives the field's type (sd-customerrequesttype), not its value: Jira sends `{requestType: {id, name}, …}`;
  // a value that is the request type itself is read too.
  const value = optObj(deps.desk.requestTypeField ? fields[deps.desk.requestTypeField] : undefined);
  const type = optObj(value?.requestType) ?? value;
  // What JSM says now comes first (`now`: servicedeskapi's `requestTypeId`): an agent may have moved the request to
  // another type since the gateway raised it, and the gateway's own record only tells where JSM does not.
  const current = optStr(type?.id) ?? now;
  const jsmId = current ?? deps.state.requestTypeRead(key) ?? undefined;
  const known = current === undefined ? deps.state.request(key)?.requestTypeId : undefined;
  const mapped = (known ? deps.catalog.byId(known) : undefined) ?? (jsmId ? deps.catalog.byJsmId(jsmId) : undefined);
  if (mapped) return { id: mapped.types[locale].id, key: mapped.types[locale].key, name: mapped.types[locale].name, mapped, jsmId };
  const name = optStr(type?.name) ?? '—';
  return { id: `jsm-${jsmId ?? 'unknown'}`, key: `jsm-${jsmId ?? 'unknown'}`, name, mapped: undefined, jsmId };
}

/** A request type as `requestTypeOf` gives it, one the widget does not offer named in the reader's language. */
export async function inLanguage<T extends { name: string; mapped: MappedType | undefined; jsmId: string | undefined }>(deps: Pick<RequestDeps, 'catalog'>, type: T, locale: Locale): Promise<T> {
  if (type.mapped || type.jsmId === undefined) return type;
  return { ...type, name: (await deps.catalog.otherName(type.jsmId, locale)) ?? type.name };
}

/**
 * Whether a practice's user may see an issue (its `fields`): it is shared with the practice's organization, or it is
 * shared with none and the user's own or shared with them as a participant, private to those people in JSM (FACTS §3,
 * §4). One shared elsewhere is another practice's, even where the user raised it or takes part in it.
 */
export function readable(deps: Pick<RequestDeps, 'desk'>, fields: Json, jsmOrgId: string, owns: (accountId: string, created: number) => boolean): boolean {
  const organizations = organizationIds(fields[deps.desk.organizationsField]);
  if (organizations.includes(jsmOrgId)) return true;
  if (organizations.length > 0) return false;
  const created = time(fields.created, 'created');
  return requestPeople(deps.desk, fields).some((account) => owns(account, created));
}

/** A request's participants as JSM gives them (FACTS §3: customers it is shared with one by one), with an account id. */
function participantsOf(desk: Pick<Desk, 'participantsField'>, fields: Json): Json[] {
  const participants = desk.participantsField ? fields[desk.participantsField] : undefined;
  return Array.isArray(participants) ? participants.map(optObj).filter((p): p is Json => !!optStr(p?.accountId)) : [];
}

/** The accounts of a request's reporter and its participants. */
export function requestPeople(desk: Pick<Desk, 'participantsField'>, fields: Json): string[] {
  const reporter = optStr(optObj(fields.reporter)?.accountId);
  return [...(reporter ? [reporter] : []), ...participantsOf(desk, fields).map((p) => str(p.accountId, 'accountId'))];
}

/** Shares a request with an organization: its Organizations field, an array of numeric ids (FACTS §3). */
export async function shareWith(deps: RequestDeps, key: string, jsmOrgId: string): Promise<void> {
  await deps.client.request({ method: 'PUT', path: `/rest/api/3/issue/${key}`, json: { fields: { [deps.desk.organizationsField]: [Number(jsmOrgId)] } }, retry: true });
}

/**
 * JSM refused a share for good (the field not on the edit screen, a permission, the issue or organization gone);
 * anything else may pass, and a retry may still share.
 */
export const refusedShare = (error: unknown): error is JsmResponseError => error instanceof JsmResponseError && [400, 403, 404].includes(error.status);

/**
 * The issue if it is a request of this desk that `reader` may see (`readable`). `reader` null only for the gateway's
 * own replay of a create it sent for the same caller.
 */
export async function visibleIssue(deps: RequestDeps, rawKey: string, reader: Reader | null): Promise<Json | null> {
  // Jira reads keys in any case; the portal answers under the canonical one.
  const key = rawKey.toUpperCase();
  if (!/^[A-Z][A-Z0-9_]{0,19}-[1-9]\d{0,14}$/.test(key) || !key.startsWith(`${deps.desk.projectKey}-`)) return null;
  const link = reader === null ? null : deps.state.organization(reader.orgId);
  if (reader !== null && !link) return null;
  const answer = await deps.client.request({
    method: 'GET', path: `/rest/api/3/issue/${key}`, query: { fields: [...issueFields(deps.desk), 'description'].join(',') }, retry: true, accept: [404],
  });
  // Deleted, or moved (Jira answers an old key with the issue under its new one).
  if (answer.status === 404 || optStr(obj(answer.body, 'issue').key) !== key) {
    deps.changes.gone(key);
    // Missing may be hidden for a while (FACTS §10); moved to another key, it is still the request, under that key.
    if (answer.status === 404) deps.state.noteGone(key, Date.now());
    return null;
  }
  const issue = obj(answer.body, 'issue');
  const fields = obj(issue.fields, 'issue fields');
  deps.state.seen(key);
  if (reader === null) return issue;
  return link !== null && readable(deps, fields, link.jsmId, deps.identity.owns(reader.id)) ? issue : null;
}

/**
 * Whether an account is a customer on the request of `fields`: its reporter or one of its participants, whatever
 * their account type, or a portal user of a practice it is shared with. A portal user of another practice is not:
 * the host app may have given someone an agent's address, and the agent's answers to everyone else would then read
 * as a customer's. Without `fields`, any portal user.
 */
export function customerOf(deps: Pick<RequestDeps, 'identity' | 'desk' | 'state'>, fields?: Json): IsCustomer {
  if (!fields) return (accountId) => deps.identity.userOfAccount(accountId) !== null;
  const people = new Set(requestPeople(deps.desk, fields));
  const practices = organizationIds(fields[deps.desk.organizationsField]).flatMap((id) => deps.state.practiceOfOrganization(id) ?? []);
  return (accountId) => people.has(accountId) || practices.some((practice) => deps.state.inPractice(accountId, practice));
}

/**
 * servicedeskapi's answer for an issue of the project that is no customer request: an agent's plain Jira issue has
 * no request type and no portal page (FACTS §10: 404 for what is missing or invisible).
 */
export const NO_REQUEST = 404;

// Files the create attached carry its time; later ones of the same account came another way.
const WITH_THE_CREATE_MS = 60_000;

/**
 * The files sent with a request: the gateway's own uploads, and those of the portal user it was raised for that came
 * with the create, where a site names the customer as their author (FACTS does not say whose they are). An agent's
 * file outside a public comment may be internal (FACTS §6: the list has no visibility flag), so no other is shown:
 * not even a later one of the reporter, whose account may also be an agent's.
 */
export function sentWithRequest(deps: Pick<RequestDeps, 'identity' | 'desk'>, attachments: Json[], fields: Json): Json[] {
  const reporter = optStr(optObj(fields.reporter)?.accountId);
  const customer = reporter !== undefined && deps.identity.userOfAccount(reporter) !== null ? reporter : null;
  const until = time(fields.created, 'created') + WITH_THE_CREATE_MS;
  const attachedAt = (a: Json): number => {
    try {
      return time(a.created, 'attachment created');
    } catch {
      return Number.POSITIVE_INFINITY;
    }
  };
  return attachments.filter((a) => {
    const author = optStr(optObj(a.author)?.accountId);
    return isGatewayAccount(deps.desk, author, attachedAt(a)) || (customer !== null && author === customer && attachedAt(a) <= until);
  });
}

/** A request as the widget shows it; five JSM reads (issue, request, public comments, status history, attachments). */
export async function getRequest(deps: RequestDeps, rawKey: string, reader: Reader | null, locale: Locale): Promise<RequestDetail | null> {
  const issue = await visibleIssue(deps, rawKey, reader);
  if (!issue) return null;
  const key = str(issue.key, 'issue key');
  const fields = obj(issue.fields, 'issue fields');
  const reporter = optObj(fields.reporter);
  const reporterId = optStr(reporter?.accountId);
  const isCustomer = customerOf(deps, fields);
  const language = { requestLanguage: JSM_LANGUAGE[locale] };
  const requestRead = deps.client.request({ method: 'GET', path: `${SD_API}/request/${key}`, query: language, retry: true, accept: [NO_REQUEST] });
  const rest = Promise.all([
    publicComments(deps.client, key, typeKnown(deps.desk, isCustomer)),
    allPages(deps.client, `${SD_API}/request/${key}/status`, language),
    allPages(deps.client, `${SD_API}/request/${key}/attachment`, {}),
  ]);
  // Handled from the start: they may fail before the request read ends, or after it failed, and nothing may then be
  // left to an unhandled rejection (which ends the process). Awaited below, their failure still counts.
  rest.catch(() => undefined);
  const answer = await requestRead;
  if (answer.status === NO_REQUEST) return null;
  const request = obj(answer.body, 'request');
  const [comments, history, attachments] = await rest;
  const type = await inLanguage(deps, requestTypeOf(deps, key, fields, locale, optStr(request.requestTypeId)), locale);
  const creatorId = reporterId ? deps.identity.userOfAccount(reporterId, reader?.orgId) : null;
  const creator = creatorId ? await deps.getUser(creatorId) : null;
  const createdBy = creator ? { id: creator.id, name: creator.name } : { id: `jsm:${reporterId ?? 'unknown'}`, name: optStr(reporter?.displayName) ?? '' };

  // Whom a text written in JSM mentions: the request's people by the names the widget shows, anyone else as the team.
  const people = new Map(comments.map((c) => [optStr(optObj(c.author)?.accountId) ?? '', optStr(optObj(c.author)?.displayName) ?? '']));
  for (const person of participantsOf(deps.desk, fields)) {
    const accountId = str(person.accountId, 'accountId');
    const userId = deps.identity.userOfAccount(accountId, reader?.orgId);
    people.set(accountId, (userId ? (await deps.getUser(userId))?.name : undefined) ?? optStr(person.displayName) ?? '');
  }
  if (reporterId) people.set(reporterId, createdBy.name);
  const nameOf = (accountId: string) => people.get(accountId) || deps.desk.projectName;
  const views = comments.map((c) => commentItem(c, key, deps.desk, deps.state, isCustomer, nameOf));
  const commentViews = views.filter((c) => !c.filesOnly);
  const onComments = new Set(commentViews.flatMap((c) => c.attachmentIds));
  // The files sent with the request, those on a comment aside (the comment that only carries them included).
  const createdAttachments = attachmentRefs(key, sentWithRequest(deps, attachments, fields)).filter((a) => !onComments.has(a.id));
  const createdAt = time(fields.created, 'created');
  const createdItem: ActivityItem = { id: 'created', type: 'created', at: isoTime(createdAt), author: { name: createdBy.name, isAgent: false } };
  if (createdAttachments.length > 0) createdItem.attachments = createdAttachments;
  const statuses = statusItems(history, locale, deps.desk.projectName, commentViews.map((c) => c.item));
  const activity = [createdItem, ...commentViews.map((c) => c.item), ...statuses].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const agentTimes = [...commentViews.filter((c) => c.agent).map((c) => Date.parse(c.item.at)), ...statuses.filter((s) => s.author.isAgent).map((s) => Date.parse(s.at))];
  const lastAgent = agentTimes.length > 0 ? Math.max(...agentTimes) : null;

  const current = optObj(request.currentStatus);
  const status = current
    ? portalStatus(optStr(current.status) ?? '', optStr(current.statusCategory) ?? '', locale, true)
    : portalStatus(optStr(optObj(fields.status)?.name) ?? '', optStr(optObj(optObj(fields.status)?.statusCategory)?.key) ?? '', locale);
  const updatedAt = time(fields.updated, 'updated');
  // Opening a request the support team changed must not leave its list showing it as before until the next poll.
  const before = deps.state.activity(key);
  if (before && (before.updatedAt !== updatedAt || before.status !== status.id)) deps.changes.noticed(key, optStr(issue.id), fields);
  deps.state.putActivity(key, { updatedAt, status: status.id, lastAgentAt: lastAgent });

  const values = Array.isArray(request.requestFieldValues) ? request.requestFieldValues.map((v) => obj(v, 'field value')) : [];
  const formFields = new Map(type.mapped?.types[locale].fields.map((f) => [f.id, f]));
  const shown = new Set(type.mapped ? formFields.keys() : ['summary', 'description']);
  // A multi-line field is wiki markup like the description (`jsmFieldValues`): as typed where the gateway sent it.
  const description = values.find((v) => v.fieldId === 'description');
  const sentHere = description !== undefined && hasFooter(plainText(description.value));
  const requestFields: RequestField[] = values
    .filter((v) => shown.has(optStr(v.fieldId) ?? ''))
    .map((v) => {
      const id = str(v.fieldId, 'fieldId');
      const text = id === 'description'
        ? descriptionText(plainText(v.value), nameOf)
        : type.mapped?.fieldKinds[id] === 'textarea' ? shownText(fieldText(v.value), sentHere, nameOf) : fieldText(v.value);
      const field = formFields.get(id);
      return { id, label: optStr(v.label) ?? id, value: field?.type === 'date' || field?.type === 'datetime' ? shownValue(field, text, locale) : text };
    })
    .filter((f) => f.value !== '');
  return {
    key,
    summary: optStr(fields.summary) ?? '',
    requestType: { id: type.id, key: type.key, name: type.name },
    status,
    createdBy,
    createdAt: isoTime(createdAt),
    updatedAt: isoTime(updatedAt),
    lastAgentActivityAt: lastAgent === null ? null : isoTime(lastAgent),
    fields: requestFields,
    context: deps.state.request(key)?.context ?? null,
    activity,
    ...(description && sentWithoutSignIn(plainText(description.value)) ? { sentWithoutSignIn: true } : {}),
  };
}

/**
 * The requests the gateway raised for a person as a visitor (no organization) become their practice's once the host
 * app vouches for the address, as in the SQLite store: the Organizations field is set on each. Only those: the account
 * is found by e-mail and may be an older customer whose own requests are private (FACTS §4), which sharing would show
 * the whole practice. A request shared with any organization meanwhile, or no longer this account's, is left as it is.
 */
export async function adoptVisitorRequests(deps: RequestDeps, accountId: string, jsmOrgId: string): Promise<void> {
  let passing: unknown = null;
  for (const key of deps.state.visitorRequests(accountId)) {
    // The user's sign-in waits for this: a request JSM will not share (the field not on the edit screen, a
    // permission) is logged and stays private, rather than refusing every call of theirs. One that failed for a
    // while keeps its mark, and the sign-in fails as before, so that its next try shares it.
    try {
      const issue = await unsharedIssue(deps, key, accountId);
      if (issue) {
        await shareWith(deps, key, jsmOrgId);
        deps.changes.wrote(deps.state.practiceOfOrganization(jsmOrgId), optStr(issue.id));
      }
      deps.state.unmarkVisitorRequest(key);
    } catch (error) {
      if (!refusedShare(error)) {
        passing ??= error;
        continue;
      }
      deps.state.unmarkVisitorRequest(key);
      deps.log(`jsm: the visitor request ${key} was not shared with organization ${jsmOrgId}; it stays private: ${error.message}`);
    }
  }
  if (passing) throw passing;
}

/**
 * The issue if it is still the account's and shared with no organization. Read by key, not searched: a visitor's
 * request of a moment ago may not be in JQL results yet (FACTS §4).
 */
async function unsharedIssue(deps: RequestDeps, key: string, accountId: string): Promise<Json | null> {
  const answer = await deps.client.request({
    method: 'GET', path: `/rest/api/3/issue/${key}`, query: { fields: ['reporter', deps.desk.organizationsField].join(',') }, retry: true, accept: [404],
  });
  if (answer.status === 404) return null;
  const issue = obj(answer.body, 'issue');
  const fields = obj(issue.fields, 'issue fields');
  const unshared = optStr(issue.key) === key && optStr(optObj(fields.reporter)?.accountId) === accountId && organizationIds(fields[deps.desk.organizationsField]).length === 0;
  return unshared ? issue : null;
}
