import type { ActivityItem, Locale, RequestDetail, RequestField, RequestSummary, RequestType } from '../../../src/api/contract.js';
import type { AttachmentFiles } from '../../attachments/files.js';
import { isoTime } from '../../domain/iso-time.js';
import { BackendRejectedError, OutcomeUnknownError } from '../backend-errors.js';
import { AttachmentUnavailableError, RequestClosedError, type AttachmentStore, type NewComment, type NewRequest, type UserRecord } from '../portal-store.js';
import { allPages, attachmentRefs, commentItem, publicComments, statusItems } from './activity.js';
import type { Catalog, Desk, MappedType } from './catalog.js';
import { JSM_LANGUAGE } from './catalog.js';
import { LostAnswerError, type JsmClient } from './client.js';
import { attributedComment, descriptionWithFooter, fieldText, plainText, portalStatus, stripFooter } from './convert.js';
import { JsmResponseError } from './errors.js';
import type { Identity } from './identity.js';
import { literal } from './jql.js';
import { arr, obj, optObj, optStr, page, str, time, type Json } from './read.js';
import type { JsmState } from './state.js';

const SD = '/rest/servicedeskapi';
/** Uploads kept locally until they are sent with a request or comment (the same rule as the SQLite store). */
const UPLOAD_TTL_MS = 24 * 60 * 60 * 1000;

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
}

export function issueFields(desk: Desk): string[] {
  return ['summary', 'status', 'created', 'updated', 'reporter', desk.organizationsField, ...(desk.requestTypeField ? [desk.requestTypeField] : [])];
}

/** The JSM organization ids of an issue's Organizations field (`[{id,…}]`, or plain ids). */
export function organizationIds(value: unknown): string[] {
  return Array.isArray(value) ? value.map((o) => optStr(optObj(o)?.id) ?? optStr(o) ?? '').filter(Boolean) : [];
}

export function requestTypeOf(deps: Pick<RequestDeps, 'catalog' | 'state' | 'desk'>, key: string, fields: Json, locale: Locale): RequestSummary['requestType'] & { mapped: MappedType | undefined } {
  const jsmId = optStr(optObj(optObj(deps.desk.requestTypeField ? fields[deps.desk.requestTypeField] : undefined)?.requestType)?.id);
  const known = deps.state.request(key)?.requestTypeId;
  const mapped = (known ? deps.catalog.byId(known) : undefined) ?? (jsmId ? deps.catalog.byJsmId(jsmId) : undefined);
  if (mapped) return { id: mapped.types[locale].id, key: mapped.types[locale].key, name: mapped.types[locale].name, mapped };
  const name = optStr(optObj(optObj(deps.desk.requestTypeField ? fields[deps.desk.requestTypeField] : undefined)?.requestType)?.name) ?? '—';
  return { id: `jsm-${jsmId ?? 'unknown'}`, key: `jsm-${jsmId ?? 'unknown'}`, name, mapped: undefined };
}

/** Moves the caller's local uploads to JSM as temporary files (FACTS §6) and returns their temporary ids. */
async function uploadTemporary(deps: RequestDeps, ids: string[], owner: string): Promise<string[]> {
  if (ids.length === 0) return [];
  const records = await Promise.all(ids.map((id) => deps.attachments.get(id)));
  const form = new FormData();
  for (const [index, record] of records.entries()) {
    if (!record || record.linked || record.ownerKey !== owner || record.createdAt < Date.now() - UPLOAD_TTL_MS) throw new AttachmentUnavailableError(index);
    const data = await deps.files.read(record.id).catch(() => {
      throw new AttachmentUnavailableError(index);
    });
    form.append('file', new Blob([new Uint8Array(data)], { type: record.contentType }), record.name);
  }
  const answer = obj((await deps.client.request({
    method: 'POST', path: `${SD}/servicedesk/${deps.desk.id}/attachTemporaryFile`, form, experimental: true,
    headers: { 'X-Atlassian-Token': 'no-check' }, retry: false,
  })).body, 'temporary attachments');
  const temporary = Array.isArray(answer.temporaryAttachments) ? answer.temporaryAttachments : [];
  return temporary.map((t) => str(optObj(t)?.temporaryAttachmentId, 'temporaryAttachmentId'));
}

async function forgetUploads(deps: RequestDeps, ids: string[]): Promise<void> {
  for (const id of ids) {
    await deps.attachments.delete(id);
    await deps.files.remove(id);
  }
}

/** JSM's 400 to a create or comment names what it did not accept (e.g. a summary over 255 UTF-16 units): the user can fix it. */
function rejected(error: unknown): unknown {
  return error instanceof JsmResponseError && error.status === 400 ? new BackendRejectedError(error.jsmMessage || 'Jira Service Management did not accept the values') : error;
}

function jsmFieldValues(type: MappedType, fields: Record<string, string>, description: string): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [id, value] of Object.entries(fields)) {
    const kind = type.fieldKinds[id];
    if (kind === 'number') values[id] = Number(value);
    // Option values are option ids on a real site (FACTS §3: `{id}` or `{value}`); a text value is sent as `{value}`.
    else if (kind === 'select') values[id] = /^\d+$/.test(value) ? { id: value } : { value };
    else values[id] = value;
  }
  values.description = description;
  return values;
}

/**
 * POST /requests on JSM, exactly once: the ref in the description lets a retry find a request whose answer was lost
 * (see `resolvePending`); a lost answer is never re-sent here.
 */
export async function createRequest(deps: RequestDeps, input: NewRequest, locale: Locale): Promise<RequestDetail> {
  const type = await deps.catalog.find(input.requestTypeId);
  if (!type) throw new Error(`request type ${input.requestTypeId} vanished`);
  const creator = input.createdBy;
  const member = creator.orgId === null ? null : await deps.identity.ensureUser(creator as UserRecord & { orgId: string });
  const accountId = member?.accountId ?? (await deps.identity.visitor(creator));
  const temporary = await uploadTemporary(deps, input.attachmentIds, input.attachmentOwner);
  const ref = input.idempotencyRef;
  const description = descriptionWithFooter(input.fields.description ?? '', { name: creator.name, email: creator.email, practice: creator.orgName }, input.context, ref);
  const requestFieldValues = jsmFieldValues(type, input.fields, description);
  if (temporary.length > 0) requestFieldValues.attachment = temporary;
  if (member && type.hasOrganizationsField) requestFieldValues[deps.desk.organizationsField] = [Number(member.org.jsmId)];

  deps.state.putPending({ ref, userId: creator.id, startedAt: Date.now(), epoch: deps.epoch, issueKey: null });
  let created: Json;
  try {
    created = obj((await deps.client.request({
      method: 'POST', path: `${SD}/request`, retry: false,
      json: { serviceDeskId: deps.desk.id, requestTypeId: type.jsmId, requestFieldValues, raiseOnBehalfOf: accountId },
    })).body, 'created request');
  } catch (error) {
    if (error instanceof LostAnswerError) throw new OutcomeUnknownError();
    deps.state.dropPending(ref);
    throw rejected(error);
  }
  const key = str(created.issueKey, 'issueKey');
  deps.state.putPending({ ref, userId: creator.id, startedAt: Date.now(), epoch: deps.epoch, issueKey: key });
  deps.state.putRequest(key, type.types.de.id, input.context);
  if (member && !type.hasOrganizationsField) {
    // Without the field on the request type, servicedeskapi cannot set it; "Alle" needs it (FACTS §3, gotcha 7).
    await deps.client.request({ method: 'PUT', path: `/rest/api/3/issue/${key}`, json: { fields: { [deps.desk.organizationsField]: [Number(member.org.jsmId)] } }, retry: true });
  }
  await forgetUploads(deps, input.attachmentIds);
  const at = time(created.createdDate, 'createdDate');
  const current = optObj(created.currentStatus);
  const status = portalStatus(optStr(current?.status) ?? 'Waiting for support', optStr(current?.statusCategory) ?? 'new', locale);
  const portalType = type.types[locale];
  const createdItem: ActivityItem = { id: 'created', type: 'created', at: isoTime(at), author: { name: creator.name, isAgent: false } };
  if (temporary.length > 0) createdItem.attachments = attachmentRefs(key, await allPages(deps.client, `${SD}/request/${key}/attachment`, {}));
  return {
    key,
    summary: input.fields.summary ?? '',
    requestType: { id: portalType.id, key: portalType.key, name: portalType.name },
    status,
    createdBy: { id: creator.id, name: creator.name },
    createdAt: isoTime(at),
    updatedAt: isoTime(at),
    lastAgentActivityAt: null,
    fields: formFields(portalType, input.fields),
    context: input.context,
    activity: [createdItem],
  };
}

function formFields(type: RequestType, values: Record<string, string>): RequestField[] {
  return type.fields.filter((f) => values[f.id] !== undefined && values[f.id] !== '').map((f) => {
    const raw = values[f.id] as string;
    return { id: f.id, label: f.label, value: f.options?.find((o) => o.value === raw)?.label ?? raw };
  });
}

/**
 * The issue if it is a request of this desk that the practice may see (its Organizations field names the practice).
 * `orgId` null only for the gateway's own replay of a create it sent for the same caller.
 */
export async function visibleIssue(deps: RequestDeps, rawKey: string, orgId: string | null): Promise<Json | null> {
  // Jira reads keys in any case; the portal answers under the canonical one.
  const key = rawKey.toUpperCase();
  if (!/^[A-Z][A-Z0-9_]{0,19}-[1-9]\d{0,14}$/.test(key) || !key.startsWith(`${deps.desk.projectKey}-`)) return null;
  const link = orgId === null ? null : deps.state.organization(orgId);
  if (orgId !== null && !link) return null;
  const answer = await deps.client.request({
    method: 'GET', path: `/rest/api/3/issue/${key}`, query: { fields: [...issueFields(deps.desk), 'description'].join(',') }, retry: true, accept: [404],
  });
  if (answer.status === 404) return null;
  const issue = obj(answer.body, 'issue');
  const fields = obj(issue.fields, 'issue fields');
  if (optStr(issue.key) !== key) return null;
  return link === null || organizationIds(fields[deps.desk.organizationsField]).includes(link.jsmId) ? issue : null;
}

/** A request as the widget shows it; five JSM reads (issue, request, public comments, status history, attachments). */
export async function getRequest(deps: RequestDeps, rawKey: string, orgId: string | null, locale: Locale): Promise<RequestDetail | null> {
  const issue = await visibleIssue(deps, rawKey, orgId);
  if (!issue) return null;
  const key = str(issue.key, 'issue key');
  const fields = obj(issue.fields, 'issue fields');
  const language = { requestLanguage: JSM_LANGUAGE[locale] };
  const [request, comments, history, attachments] = await Promise.all([
    deps.client.request({ method: 'GET', path: `${SD}/request/${key}`, query: language, retry: true }).then((a) => obj(a.body, 'request')),
    publicComments(deps.client, key),
    allPages(deps.client, `${SD}/request/${key}/status`, language),
    allPages(deps.client, `${SD}/request/${key}/attachment`, {}),
  ]);
  const knownUser = deps.identity.userOfAccount;
  const type = requestTypeOf(deps, key, fields, locale);
  const reporter = optObj(fields.reporter);
  const reporterId = optStr(reporter?.accountId);
  const creatorId = reporterId ? knownUser(reporterId) : null;
  const creator = creatorId ? await deps.getUser(creatorId) : null;
  const createdBy = creator ? { id: creator.id, name: creator.name } : { id: `jsm:${reporterId ?? 'unknown'}`, name: optStr(reporter?.displayName) ?? '' };

  const commentViews = comments.map((c) => commentItem(c, key, deps.desk, deps.state, knownUser));
  const onComments = new Set(commentViews.flatMap((c) => c.attachmentIds));
  // Attachments sent with the request are the gateway's uploads that belong to no comment; an agent's attachment
  // outside a public comment may be internal, so it is never shown (FACTS §6).
  const ownUploads = attachments.filter((a) => optStr(optObj(a.author)?.accountId) === deps.desk.serviceAccountId);
  const createdAttachments = attachmentRefs(key, ownUploads).filter((a) => !onComments.has(a.id));
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
  deps.state.putActivity(key, { updatedAt, status: status.id, lastAgentAt: lastAgent });

  const values = Array.isArray(request.requestFieldValues) ? request.requestFieldValues.map((v) => obj(v, 'field value')) : [];
  const shown = new Set(type.mapped ? type.mapped.types[locale].fields.map((f) => f.id) : ['summary', 'description']);
  const requestFields: RequestField[] = values
    .filter((v) => shown.has(optStr(v.fieldId) ?? ''))
    .map((v) => {
      const id = str(v.fieldId, 'fieldId');
      const text = id === 'description' ? stripFooter(plainText(v.value)) : fieldText(v.value);
      return { id, label: optStr(v.label) ?? id, value: text };
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
  };
}

/** Transitions that give a request back to the support team, by their (English) names: workflows differ per site. */
const HAND_BACK = /waiting for support|respond to support|reopen|re-open/i;

/**
 * A customer's reply to a request waiting for them or resolved gives it back to the support team, as in the SQLite
 * store. JSM's own "customer commented" automation does not fire for the service account's comments, so the gateway
 * moves it; a workflow without such a transition keeps its status.
 */
async function handBack(deps: RequestDeps, key: string): Promise<void> {
  const transitions = page((await deps.client.request({ method: 'GET', path: `${SD}/request/${key}/transition`, query: { requestLanguage: 'en-GB' }, retry: true })).body, 'transitions');
  const back = transitions.values.map((t) => optObj(t)).find((t) => HAND_BACK.test(optStr(t?.name) ?? ''));
  const id = optStr(back?.id);
  if (id) await deps.client.request({ method: 'POST', path: `${SD}/request/${key}/transition`, json: { id }, retry: false });
}

/** Comments and requests share the portal's idempotency refs; the state store tells them apart by this prefix. */
export const commentRef = (ref: string): string => `c:${ref}`;

/** A public comment for the customer; with attachments through the request's attachment call (FACTS §6). */
export async function addComment(deps: RequestDeps, rawKey: string, author: UserRecord, comment: NewComment, ref: string): Promise<ActivityItem | null> {
  const issue = author.orgId === null ? null : await visibleIssue(deps, rawKey, author.orgId);
  if (!issue) return null;
  const key = str(issue.key, 'issue key');
  const jsmStatus = optObj(obj(issue.fields, 'issue fields').status);
  const status = portalStatus(optStr(jsmStatus?.name) ?? '', optStr(optObj(jsmStatus?.statusCategory)?.key) ?? '', 'en');
  if (status.id === 'closed') throw new RequestClosedError(key);
  const temporary = await uploadTemporary(deps, comment.attachmentIds, comment.attachmentOwner);
  const body = attributedComment(author.name, comment.body, ref);
  deps.state.putPending({ ref: commentRef(ref), userId: author.id, startedAt: Date.now(), epoch: deps.epoch, issueKey: key });
  let created: Json;
  let attached: unknown;
  try {
    if (temporary.length > 0) {
      const answer = obj((await deps.client.request({
        method: 'POST', path: `${SD}/request/${key}/attachment`, retry: false,
        json: { temporaryAttachmentIds: temporary, public: true, additionalComment: { body } },
      })).body, 'attachment answer');
      created = obj(answer.comment, 'comment');
      attached = answer.attachments;
    } else {
      created = obj((await deps.client.request({ method: 'POST', path: `${SD}/request/${key}/comment`, json: { body, public: true }, retry: false })).body, 'comment');
    }
  } catch (error) {
    if (error instanceof LostAnswerError) throw new OutcomeUnknownError();
    deps.state.dropPending(commentRef(ref));
    if (error instanceof JsmResponseError && error.status === 404) return null;
    throw rejected(error);
  }
  deps.state.putComment(str(created.id, 'comment id'), key, author.id, author.name);
  await forgetUploads(deps, comment.attachmentIds);
  if (status.id === 'waiting_for_customer' || status.id === 'resolved') {
    // The reply is in JSM already: a failed transition must not turn it into an error the widget would resend.
    await handBack(deps, key).catch((error: unknown) => deps.log(`jsm: ${key} not handed back to support: ${error instanceof Error ? error.message : String(error)}`));
  }
  const { item } = commentItem(created, key, deps.desk, deps.state, deps.identity.userOfAccount);
  const attachments = item.attachments ?? attachmentRefs(key, attached);
  return attachments.length > 0 ? { ...item, attachments } : item;
}

/**
 * Requests a person sent as a visitor (no organization) become their practice's once the host app vouches for the
 * address, as in the SQLite store: the Organizations field is set on each. Requests shared with any organization
 * are left as they are.
 */
export async function adoptVisitorRequests(deps: RequestDeps, accountId: string, jsmOrgId: string): Promise<void> {
  const jql = `project = ${literal(deps.desk.projectKey)} AND reporter = ${literal(accountId)} ORDER BY created DESC`;
  const answer = obj((await deps.client.request({ method: 'POST', path: '/rest/api/3/search/jql', retry: true, json: { jql, fields: [deps.desk.organizationsField], maxResults: 100 } })).body, 'search');
  for (const issue of arr(answer.issues, 'issues').map((i) => obj(i, 'issue'))) {
    if (organizationIds(obj(issue.fields, 'fields')[deps.desk.organizationsField]).length > 0) continue;
    await deps.client.request({ method: 'PUT', path: `/rest/api/3/issue/${str(issue.key, 'issue key')}`, json: { fields: { [deps.desk.organizationsField]: [Number(jsmOrgId)] } }, retry: true });
  }
}
