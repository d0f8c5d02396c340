import { publish } from '../events.js';
import { body, created, issueOr404, noContent, ok, SimError, type Ctx, type Routes } from '../http/context.js';
import { requestAttachment } from '../render/attachments.js';
import { requestComment } from '../render/comments.js';
import { paged, pageRequest } from '../render/paging.js';
import { requestDto } from '../render/request.js';
import { requestStatus } from '../render/status.js';
import { userDto } from '../render/users.js';
import { commentOn, moveIssue } from '../state/actions.js';
import type { Desk } from '../state/desk.js';
import { transitionsFrom, TRANSITIONS } from '../state/workflow.js';
import type { SimIssue } from '../types.js';
import { deskDto } from './desks.js';
import { acceptFields } from './request-fields.js';
import { requestTypeDto } from './request-types.js';

interface CreateBody {
  serviceDeskId: string;
  requestTypeId: string;
  requestFieldValues: Record<string, unknown>;
  raiseOnBehalfOf: string;
  requestParticipants: string[];
  isAdfRequest: boolean;
}

/** Closed desks (the default) accept only their own customers or members of their organizations (FACTS §3). */
function reporterFor(ctx: Ctx, desk: Desk, accountId: string | undefined): string {
  if (accountId === undefined) return ctx.callerId;
  const user = ctx.store.users.get(accountId);
  if (!user?.active) throw new SimError(400, `The user with account ID '${accountId}' does not exist.`, { i18nKey: 'sd.request.create.reporter.invalid' });
  if (user.isAgent) return accountId;
  const viaOrg = desk.organizationIds.some((id) => ctx.store.organizations.get(id)?.memberIds.includes(accountId));
  if (!desk.customerIds.includes(accountId) && !viaOrg) {
    throw new SimError(400, 'The reporter specified is not a customer of the service desk.', { i18nKey: 'sd.request.create.reporter.not.customer' });
  }
  return accountId;
}

function deskOf(ctx: Ctx, issue: SimIssue): Desk {
  const desk = ctx.store.deskById(issue.serviceDeskId);
  if (!desk) throw new SimError(404, 'The service desk does not exist.');
  return desk;
}

export function requestBy(ctx: Ctx): { issue: SimIssue; desk: Desk } {
  const issue = issueOr404(ctx, ctx.params.issueIdOrKey);
  // An issue without a request type has no portal page: servicedeskapi does not know it (FACTS §10, 404).
  if (issue.requestTypeId === '') throw new SimError(404, 'The request could not be found.');
  return { issue, desk: deskOf(ctx, issue) };
}

function expansions(ctx: Ctx, desk: Desk, issue: SimIssue): Record<string, unknown> {
  const expand = new Set(ctx.query.getAll('expand').flatMap((e) => e.split(',')));
  const extra: Record<string, unknown> = {};
  const page = { start: 0, limit: ctx.pageCap };
  const base = `/rest/servicedeskapi/request/${issue.id}`;
  const rt = desk.requestTypes.find((r) => r.id === issue.requestTypeId);
  if (expand.has('serviceDesk')) extra.serviceDesk = deskDto(ctx, desk);
  if (expand.has('requestType') && rt) extra.requestType = requestTypeDto(ctx, desk, rt);
  if (expand.has('participant')) {
    const users = issue.participantIds.flatMap((id) => {
      const u = ctx.store.users.get(id);
      return u ? [userDto(ctx.site, u)] : [];
    });
    extra.requestParticipants = paged(ctx.site, `${base}/participant`, new URLSearchParams(), users, page);
  }
  if (expand.has('status')) extra.status = paged(ctx.site, `${base}/status`, new URLSearchParams(), statusHistory(ctx, issue), page);
  if (expand.has('comment')) extra.comments = paged(ctx.site, `${base}/comment`, new URLSearchParams(), issue.comments.map((c) => requestComment(ctx.store, ctx.site, issue.id, c)), page);
  if (expand.has('attachment')) {
    const files = issue.attachmentIds.flatMap((id) => {
      const a = ctx.store.attachments.get(id);
      return a ? [requestAttachment(ctx.store, ctx.site, a)] : [];
    });
    extra.attachments = paged(ctx.site, `${base}/attachment`, new URLSearchParams(), files, page);
  }
  return extra;
}

function statusHistory(ctx: Ctx, issue: SimIssue): Record<string, unknown>[] {
  return [...issue.statusHistory].reverse().map((s) => requestStatus(s.statusId, s.at, ctx.lang));
}

export const requestRoutes: Routes = {
  'POST /rest/servicedeskapi/request': (ctx) => {
    const input = body<CreateBody>(ctx);
    const desk = ctx.store.deskByIdentifier(input.serviceDeskId ?? '');
    if (!desk) throw new SimError(400, `The service desk '${input.serviceDeskId ?? ''}' does not exist.`, { i18nKey: 'sd.request.create.servicedesk.invalid' });
    const rt = desk.requestTypes.find((r) => r.id === input.requestTypeId);
    if (!rt) throw new SimError(400, `The request type '${input.requestTypeId ?? ''}' does not exist on this service desk.`, { i18nKey: 'sd.request.create.requesttype.invalid' });
    const reporterId = reporterFor(ctx, desk, input.raiseOnBehalfOf);
    const participants = input.requestParticipants ?? [];
    const unknown = participants.filter((id) => !ctx.store.users.has(id));
    if (unknown.length > 0) throw new SimError(400, `The participants do not exist: ${unknown.join(', ')}`, { i18nKey: 'sd.request.create.participants.invalid' });
    const fields = acceptFields(ctx, rt, desk.id, input.requestFieldValues ?? {}, input.isAdfRequest === true);
    const issue = ctx.store.newIssue({
      serviceDeskId: desk.id,
      requestTypeId: rt.id,
      summary: fields.summary,
      description: fields.description,
      reporterId,
      creatorId: ctx.callerId,
      participantIds: [...new Set(participants)],
      organizationIds: fields.organizationIds,
      customFields: fields.customFields,
      created: ctx.store.now(),
    });
    for (const file of fields.temporaryFiles) {
      ctx.store.temporaryFiles.delete(file.id);
      const authorId = ctx.store.options.createAttachmentsBy === 'reporter' ? reporterId : ctx.callerId;
      ctx.store.addAttachment(issue, { filename: file.filename, mimeType: file.mimeType, data: file.data, authorId });
    }
    publish(ctx.store, ctx.site, 'jira:issue_created', issue, ctx.callerId);
    return created(requestDto(ctx, desk, issue));
  },
  'GET /rest/servicedeskapi/request/{issueIdOrKey}': (ctx) => {
    const { issue, desk } = requestBy(ctx);
    return ok({ ...requestDto(ctx, desk, issue), ...expansions(ctx, desk, issue) });
  },
  'GET /rest/servicedeskapi/request/{issueIdOrKey}/status': (ctx) => {
    const { issue } = requestBy(ctx);
    return ok(paged(ctx.site, `/rest/servicedeskapi/request/${issue.id}/status`, ctx.query, statusHistory(ctx, issue), pageRequest(ctx.query, ctx.pageCap)));
  },
  'GET /rest/servicedeskapi/request/{issueIdOrKey}/transition': (ctx) => {
    const { issue } = requestBy(ctx);
    const values = transitionsFrom(issue.statusId).map((t) => ({ id: t.id, name: t.name[ctx.lang] }));
    return ok(paged(ctx.site, `/rest/servicedeskapi/request/${issue.id}/transition`, ctx.query, values, pageRequest(ctx.query, ctx.pageCap)));
  },
  'POST /rest/servicedeskapi/request/{issueIdOrKey}/transition': (ctx) => {
    const { issue } = requestBy(ctx);
    const input = body<{ id: string; additionalComment: { body?: string } }>(ctx);
    const transition = transitionsFrom(issue.statusId).find((t) => t.id === input.id);
    if (!transition) {
      const known = TRANSITIONS.some((t) => t.id === input.id);
      throw new SimError(400, known ? 'This transition is not available from the current status.' : `The transition '${input.id ?? ''}' does not exist.`, { i18nKey: 'sd.request.transition.invalid' });
    }
    const comment = input.additionalComment?.body;
    if (comment !== undefined && comment.length > 32_767) throw new SimError(400, 'The comment is too long.', { i18nKey: 'sd.comment.too.long' });
    if (comment) commentOn(ctx.store, ctx.site, issue, { body: comment, internal: false, authorId: ctx.callerId });
    moveIssue(ctx.store, ctx.site, issue, transition.to, ctx.callerId);
    return noContent();
  },
};
