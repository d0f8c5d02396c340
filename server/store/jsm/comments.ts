import type { ActivityItem, StatusId } from '../../../src/api/contract.js';
import { BackendRejectedError, OutcomeUnknownError } from '../backend-errors.js';
import { RequestClosedError, type NewComment, type UserRecord } from '../portal-store.js';
import { commentItem } from './activity.js';
import { LostAnswerError, SD_API } from './client.js';
import { remainingMs, withinDeadline } from './deadline.js';
import { attributedComment, JIRA_TEXT_MAX, portalStatus, TOO_LONG } from './convert.js';
import { JsmResponseError } from './errors.js';
import { obj, optObj, optStr, page, str, type Json } from './read.js';
import { customerOf, visibleIssue, type RequestDeps } from './requests.js';
import { forgetUploads, rejected, uploadTemporary } from './sending.js';


/**
 * Transitions that give a request back to the support team, by their names: workflows differ per site (FACTS §7).
 * They are asked for in English, but a site without English answers in the service account's language (FACTS §1).
 */
const HAND_BACK = /waiting for support|respond to support|reopen|re-open|warten auf (den )?support|auf (den )?support warten|(dem )?support antworten|an (den )?support|wieder (er)?öffnen|erneut öffnen|wiedereröffnen/i;

/**
 * A customer's reply to a request waiting for them or resolved gives it back to the support team, as in the SQLite
 * store. JSM's own "customer commented" automation does not fire for the service account's comments, so the gateway
 * moves it; a workflow without such a transition keeps its status.
 */
async function handBack(deps: RequestDeps, key: string): Promise<void> {
  const transitions = page((await deps.client.request({ method: 'GET', path: `${SD_API}/request/${key}/transition`, query: { requestLanguage: 'en-GB' }, retry: true })).body, 'transitions');
  const offered = transitions.values.map((t) => optObj(t));
  const id = optStr(offered.find((t) => HAND_BACK.test(optStr(t?.name) ?? ''))?.id);
  if (id) await deps.client.request({ method: 'POST', path: `${SD_API}/request/${key}/transition`, json: { id }, retry: false });
  else deps.log(`jsm: ${key} not handed back to support: no transition among ${JSON.stringify(offered.map((t) => optStr(t?.name) ?? ''))} reads as one`);
}

const HAND_BACK_BUDGET_MS = 30_000;
// About two calls of a slow JSM: with less left, the widget gets its answer first.
const HAND_BACK_WAIT_MS = 4_000;

/** An issue's status as the platform API gives it (in the service account's language), in the portal's terms. */
const issueStatus = (issue: Json) => {
  const jsmStatus = optObj(obj(issue.fields, 'issue fields').status);
  return portalStatus(optStr(jsmStatus?.name) ?? '', optStr(optObj(jsmStatus?.statusCategory)?.key) ?? '', 'en');
};

/**
 * Hands a request waiting for the customer, or resolved, back after their reply. The reply is in JSM already: a
 * failed transition is logged, never an error the widget would send the reply again for.
 */
async function handBackAfterReply(deps: RequestDeps, key: string, status: StatusId): Promise<void> {
  if (status !== 'waiting_for_customer' && status !== 'resolved') return;
  // A budget of its own: a slow JSM may have used the widget call's up on the reply, which must still reach the
  // support team's queue. It is awaited while the call has time for it, and finishes after the answer otherwise.
  const handing = withinDeadline(HAND_BACK_BUDGET_MS, () => handBack(deps, key)).catch((error: unknown) =>
    deps.log(`jsm: ${key} not handed back to support: ${error instanceof Error ? error.message : String(error)}`),
  );
  if (remainingMs() > HAND_BACK_WAIT_MS) await handing;
}

/** For a retry that found the reply a lost answer had left in JSM: the hand-back the first attempt did not get to. */
export async function finishHandBack(deps: RequestDeps, key: string): Promise<void> {
  const issue = obj((await deps.client.request({ method: 'GET', path: `/rest/api/3/issue/${key}`, query: { fields: 'status' }, retry: true })).body, 'issue');
  await handBackAfterReply(deps, key, issueStatus(issue).id);
}

/** Comments and requests share the portal's idempotency refs; the state store tells them apart by this prefix. */
export const commentRef = (ref: string): string => `c:${ref}`;

/** A public comment for the customer; with attachments through the request's attachment call (FACTS §6). */
export async function addComment(deps: RequestDeps, rawKey: string, author: UserRecord, comment: NewComment): Promise<ActivityItem | null> {
  const ref = comment.idempotencyRef;
  const issue = author.orgId === null ? null : await visibleIssue(deps, rawKey, { id: author.id, orgId: author.orgId });
  if (!issue) return null;
  const key = str(issue.key, 'issue key');
  const status = issueStatus(issue);
  if (status.id === 'closed') throw new RequestClosedError(key);
  const body = attributedComment(author.name, comment.body, ref);
  if (body.length > JIRA_TEXT_MAX) throw new BackendRejectedError(TOO_LONG, ['body']);
  // In progress while the files go up too, for a retry sent to another gateway process sharing this state store.
  deps.state.putPending({ ref: commentRef(ref), userId: author.id, startedAt: Date.now(), epoch: deps.epoch, issueKey: key, uploads: comment.attachmentIds });
  let temporary: string[];
  try {
    temporary = await uploadTemporary(deps, comment.attachmentIds, comment.attachmentOwner);
  } catch (error) {
    deps.state.dropPending(commentRef(ref));
    throw error;
  }
  let created: Json;
  let attached: unknown;
  try {
    if (temporary.length > 0) {
      const answer = obj((await deps.client.request({
        method: 'POST', path: `${SD_API}/request/${key}/attachment`, retry: false,
        json: { temporaryAttachmentIds: temporary, public: true, additionalComment: { body } },
      })).body, 'attachment answer');
      created = obj(answer.comment, 'comment');
      attached = answer.attachments;
    } else {
      created = obj((await deps.client.request({ method: 'POST', path: `${SD_API}/request/${key}/comment`, json: { body, public: true }, retry: false })).body, 'comment');
    }
  } catch (error) {
    if (error instanceof LostAnswerError) throw new OutcomeUnknownError(error.retryAfterSeconds);
    deps.state.dropPending(commentRef(ref));
    if (error instanceof JsmResponseError && error.status === 404) return null;
    // With files, the refusal may be theirs (FACTS §6: the temporary files expired): JSM does not say whose it is.
    throw rejected(error, { paths: temporary.length > 0 ? ['body', 'attachments'] : ['body'] });
  }
  deps.state.putComment(str(created.id, 'comment id'), key, author.id, author.name);
  await forgetUploads(deps, comment.attachmentIds);
  await handBackAfterReply(deps, key, status.id);
  deps.changes.wrote(author.orgId, optStr(issue.id));
  // The attachment call's comment comes without its files (SM createAttachment): they are the answer's own list.
  return commentItem({ ...created, attachments: created.attachments ?? attached }, key, deps.desk, deps.state, customerOf(deps)).item;
}

