import type { ActivityItem, FieldValue, Locale, RequestDetail, RequestField, RequestType } from '../../../src/api/contract.js';
import { isoTime } from '../../domain/iso-time.js';
import { dateTimeParts } from '../../../src/api/text-rules.js';
import { shownValue } from '../../domain/request-types.js';
import { BackendRejectedError, BackendUnavailableError, OutcomeUnknownError } from '../backend-errors.js';
import type { NewRequest, UserRecord } from '../portal-store.js';
import { allPages, attachmentRefs } from './activity.js';
import type { MappedType } from './catalog.js';
import { LostAnswerError, SD_API } from './client.js';
import { descriptionWithFooter, JIRA_SUMMARY_MAX, JIRA_TEXT_MAX, portalStatus, SUMMARY_TOO_LONG, TOO_LONG } from './convert.js';
import { ReservedAddressError } from './identity.js';
import { escapeWiki } from './wiki.js';
import { JsmResponseError } from './errors.js';
import { remainingMs } from './deadline.js';
import { obj, optObj, optStr, str, time, type Json } from './read.js';
import { organizationIds, refusedShare, shareWith, type RequestDeps } from './requests.js';
import { forgetUploads, ownUploads, rejected, uploadTemporary } from './sending.js';

/** Time the answer to a refused create keeps for itself while the request types are read again. */
const STALE_ANSWER_MS = 1_000;

// Option values are option ids on a real site (FACTS §3: `{id}` or `{value}`); a text value is sent as `{value}`.
const option = (value: string) => (/^\d+$/.test(value) ? { id: value } : { value });

/** A date and time as Jira writes it (`2011-10-19T10:29:29.908+1100`, the date-time picker's input format). */
function jiraDateTime(value: string): string {
  const time = dateTimeParts(value);
  if (!time) return value;
  const two = (n: number) => String(n).padStart(2, '0');
  const offset = Math.abs(time.offset);
  return `${time.day}T${two(time.hour)}:${two(time.minute)}:00.000${time.offset < 0 ? '-' : '+'}${two(Math.floor(offset / 60))}${two(offset % 60)}`;
}

function jsmFieldValues(type: MappedType, fields: Record<string, FieldValue>, description: string): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [id, value] of Object.entries(fields)) {
    const kind = type.fieldKinds[id];
    // Checkboxes and multi-selects take a list of what a select takes, as Jira's own create does.
    if (Array.isArray(value)) values[id] = value.map(option);
    else if (kind === 'number') values[id] = Number(value);
    else if (kind === 'select') values[id] = option(value);
    else if (kind === 'datetime') values[id] = jiraDateTime(value);
    // Multi-line text fields render wiki markup in JSM like the description (a renderer FACTS does not name).
    else if (kind === 'textarea') values[id] = escapeWiki(value);
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
  // Dropped by a refresh since the request was checked (JSM deleted it): as if it had never been offered.
  if (!type) throw new BackendRejectedError('The request type is no longer offered.', ['requestTypeId']);
  const creator = input.createdBy;
  const identify = (recheck = false) =>
    creator.orgId === null
      ? deps.identity.visitor(creator, recheck).then((accountId) => ({ accountId, org: null }))
      : deps.identity.ensureUser(creator as UserRecord & { orgId: string }, recheck);
  const ref = input.idempotencyRef;
  const description = descriptionWithFooter(
    String(input.fields.description ?? ''),
    { name: creator.name, email: creator.email, practice: creator.orgName, visitor: creator.orgId === null },
    input.context,
    ref,
  );
  if (description.length > JIRA_TEXT_MAX) throw new BackendRejectedError(TOO_LONG, ['fields.description']);
  const requestFieldValues = jsmFieldValues(type, input.fields, description);
  // What JSM would refuse anyway is refused before anything reaches it, on its field: no customer is made for a
  // request that fails, and the form marks what to shorten. Jira counts UTF-16 units (an emoji is two).
  for (const [id, value] of Object.entries(requestFieldValues)) {
    if (typeof value !== 'string' || id === 'description') continue;
    const multiLine = type.fieldKinds[id] === 'textarea';
    if (value.length > (multiLine ? JIRA_TEXT_MAX : JIRA_SUMMARY_MAX)) throw new BackendRejectedError(multiLine ? TOO_LONG : SUMMARY_TOO_LONG, [`fields.${id}`]);
  }
  await ownUploads(deps, input.attachmentIds, input.attachmentOwner);
  // In progress from now on, for a retry sent to another gateway process sharing this state store while this one
  // still links the user or uploads: it waits instead of sending the create a second time.
  deps.state.putPending({ ref, userId: creator.id, startedAt: Date.now(), epoch: deps.epoch, issueKey: null, lateUploads: null, uploads: input.attachmentIds });
  let accountId: string;
  let org: { jsmId: string; jsmName: string } | null;
  let temporary: string[];
  try {
    ({ accountId, org } = await identify());
    temporary = await uploadTemporary(deps, input.attachmentIds, input.attachmentOwner);
  } catch (error) {
    // Nothing went to JSM: a retry may send at once.
    deps.state.dropPending(ref);
    // A visitor only typed the address (the host app vouches for a signed-in user's): theirs to change.
    if (error instanceof ReservedAddressError && creator.orgId === null) throw new BackendRejectedError('cannot be used for a request: please give your own e-mail address', ['email']);
    // JSM refused to make a customer of the address it was given (400, FACTS §2), in its own words.
    if (creator.orgId === null && error instanceof JsmResponseError && error.status === 400 && error.path === `${SD_API}/customer`) {
      throw new BackendRejectedError(error.jsmMessage || 'Jira Service Management did not accept this e-mail address', ['email']);
    }
    throw error;
  }
  if (temporary.length > 0 && type.hasAttachmentField) requestFieldValues.attachment = temporary;

  const late = temporary.length > 0 && !type.hasAttachmentField ? { ids: input.attachmentIds, owner: input.attachmentOwner } : null;
  deps.state.putPending({ ref, userId: creator.id, startedAt: Date.now(), epoch: deps.epoch, issueKey: null, lateUploads: late, uploads: input.attachmentIds });
  const raise = async (): Promise<Json> => {
    if (org && type.hasOrganizationsField) requestFieldValues[deps.desk.organizationsField] = [Number(org.jsmId)];
    const answer = await deps.client.request({
      method: 'POST', path: `${SD_API}/request`, retry: false,
      json: { serviceDeskId: deps.desk.id, requestTypeId: type.jsmId, requestFieldValues, raiseOnBehalfOf: accountId },
    });
    return obj(answer.body, 'created request');
  };
  let created: Json;
  try {
    try {
      created = await raise();
    } catch (error) {
      // A refusal that an admin's change in JSM may explain: the practice's organization deleted, or the customer
      // removed from a closed desk (FACTS §3). Once the links are made again, the create is sent once more; a refusal
      // naming the form's fields is about the values, which a second try would not change.
      const linked = ['raiseOnBehalfOf', 'reporter', deps.desk.organizationsField];
      if (!(error instanceof JsmResponseError && error.status === 400 && (error.fields.length === 0 || error.fields.some((f) => linked.includes(f))))) throw error;
      // Or the customer's account deleted: the creator then gets a new one.
      await deps.identity.forgetDeleted([creator.id]);
      ({ accountId, org } = await identify(true));
      created = await raise();
    }
  } catch (error) {
    if (error instanceof LostAnswerError) throw new OutcomeUnknownError(error.retryAfterSeconds);
    deps.state.dropPending(ref);
    const form = type.types.de.fields.map((f) => f.id);
    // Naming no field or one the form lacks, the refusal may come from a request type changed since it was read: the
    // widget asks for the request types again at once, and gets them as JSM has them now if the call has time to wait.
    if (error instanceof JsmResponseError && error.status === 400 && (error.fields.length === 0 || error.fields.some((f) => !form.includes(f)))) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([deps.catalog.stale(), new Promise((resolve) => (timer = setTimeout(resolve, Math.max(0, remainingMs() - STALE_ANSWER_MS))))]);
      clearTimeout(timer);
    }
    throw rejected(error, { form });
  }
  const key = str(created.issueKey, 'issueKey');
  deps.state.putPending({ ref, userId: creator.id, startedAt: Date.now(), epoch: deps.epoch, issueKey: key, lateUploads: late, uploads: input.attachmentIds });
  deps.state.putRequest(key, type.types.de.id, input.context);
  // Only requests raised here for a visitor are shared with their practice later: the account, found by e-mail, may
  // also hold private ones. Not when the address is already a practice user's: anyone may type an address, and the
  // user signs in through the host app, not as a visitor, so what a visitor wrote in their name stays private.
  if (!org && deps.state.usersOfAccount(accountId) === 0) deps.state.markVisitorRequest(key, accountId);
  // Without the field on the request type, servicedeskapi cannot set it; "Alle" needs it (FACTS §3, gotcha 7).
  if (org && !type.hasOrganizationsField) await share(deps, key, org.jsmId);
  if (temporary.length > 0 && !type.hasAttachmentField) await attachAfterCreate(deps, key, temporary);
  deps.changes.wrote(creator.orgId, optStr(created.issueId));
  await forgetUploads(deps, input.attachmentIds);
  const at = time(created.createdDate, 'createdDate');
  const current = optObj(created.currentStatus);
  const status = portalStatus(optStr(current?.status) ?? 'Waiting for support', optStr(current?.statusCategory) ?? 'new', locale);
  const portalType = type.types[locale];
  const createdItem: ActivityItem = { id: 'created', type: 'created', at: isoTime(at), author: { name: creator.name, isAgent: false } };
  if (temporary.length > 0) createdItem.attachments = attachmentRefs(key, await allPages(deps.client, `${SD_API}/request/${key}/attachment`, {}));
  return {
    key,
    summary: String(input.fields.summary ?? ''),
    requestType: { id: portalType.id, key: portalType.key, name: portalType.name },
    status,
    createdBy: { id: creator.id, name: creator.name },
    createdAt: isoTime(at),
    updatedAt: isoTime(at),
    lastAgentActivityAt: null,
    fields: formFields(portalType, input.fields, locale),
    context: input.context,
    activity: [createdItem],
    ...(creator.orgId === null ? { sentWithoutSignIn: true } : {}),
  };
}

/**
 * Shares a request with the practice's organization after its create. The request exists by now: a refusal (the field
 * not on the edit screen, a permission, the organization gone) is logged, not turned into an error the widget would
 * send again; the request is then the creator's alone. True when it was shared. A JSM that fails for a while fails
 * the call, whose retry finishes the share.
 */
async function share(deps: RequestDeps, key: string, jsmOrgId: string): Promise<boolean> {
  try {
    await shareWith(deps, key, jsmOrgId);
    return true;
  } catch (error) {
    if (!refusedShare(error)) throw error;
    deps.log(`jsm: ${key} was not shared with organization ${jsmOrgId}, so only its creator sees it: ${error.message}`);
    return false;
  }
}

/**
 * For a retry that found the request a lost answer had left in JSM: shares it with the creator's practice where the
 * first attempt did not get that far (a request type without the Organizations field, whose share follows the create).
 */
export async function finishSharing(deps: RequestDeps, key: string, creator: UserRecord | null): Promise<void> {
  const org = creator?.orgId ? deps.state.organization(creator.orgId) : null;
  if (!creator?.orgId || !org) return;
  const issue = obj((await deps.client.request({ method: 'GET', path: `/rest/api/3/issue/${key}`, query: { fields: deps.desk.organizationsField }, retry: true })).body, 'issue');
  if (organizationIds(obj(issue.fields, 'issue fields')[deps.desk.organizationsField]).includes(org.jsmId)) return;
  if (await share(deps, key, org.jsmId)) deps.changes.wrote(creator.orgId, optStr(issue.id));
}

/**
 * For a retry that found the request a lost answer had left in JSM: sends the files that follow a create (a request
 * type without the Attachment field) if the first attempt did not get to them. The uploads are still the caller's;
 * a failure is logged, as the request exists.
 */
export async function finishFiles(deps: RequestDeps, key: string, uploads: { ids: string[]; owner: string }): Promise<void> {
  try {
    const files = await allPages(deps.client, `${SD_API}/request/${key}/attachment`, {});
    if (!files.some((a) => optStr(optObj(a.author)?.accountId) === deps.desk.serviceAccountId)) {
      await attachAfterCreate(deps, key, await uploadTemporary(deps, uploads.ids, uploads.owner));
    }
    await forgetUploads(deps, uploads.ids);
  } catch (error) {
    notAttached(deps, key, error);
  }
}

const notAttached = (deps: RequestDeps, key: string, error: unknown) =>
  deps.log(`jsm: the files sent with ${key} were not attached: ${error instanceof Error ? error.message : String(error)}`);

/**
 * A request type without the Attachment field takes no files with the create (servicedeskapi accepts only its
 * fields, FACTS §3), so they follow through the request's attachment call (§6), public and without a comment of
 * their own. The request exists by now: a refusal is logged, not turned into an error the widget would send again.
 */
async function attachAfterCreate(deps: RequestDeps, key: string, temporary: string[]): Promise<void> {
  const attach = () =>
    deps.client.request({ method: 'POST', path: `${SD_API}/request/${key}/attachment`, json: { temporaryAttachmentIds: temporary, public: true }, retry: false });
  try {
    try {
      await attach();
    } catch (error) {
      // Whether a temporary file can be attached twice is not documented (§6 says only that it expires): after a lost
      // answer the request's own files tell whether the call went through; the new request has no other of ours.
      if (!(error instanceof BackendUnavailableError) || error instanceof JsmResponseError) throw error;
      const files = await allPages(deps.client, `${SD_API}/request/${key}/attachment`, {});
      if (!files.some((a) => optStr(optObj(a.author)?.accountId) === deps.desk.serviceAccountId)) await attach();
    }
  } catch (error) {
    notAttached(deps, key, error);
  }
}

function formFields(type: RequestType, values: Record<string, FieldValue>, locale: Locale): RequestField[] {
  return type.fields.filter((f) => values[f.id] !== undefined && values[f.id] !== '').map((f) => ({ id: f.id, label: f.label, value: shownValue(f, values[f.id]!, locale) }));
}

