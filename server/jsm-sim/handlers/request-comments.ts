import { body, created, ok, SimError, type Ctx, type Routes } from '../http/context.js';
import { requestAttachment } from '../render/attachments.js';
import { requestComment } from '../render/comments.js';
import { paged, pageRequest } from '../render/paging.js';
import { commentOn } from '../state/actions.js';
import type { SimComment, SimIssue } from '../types.js';
import { requestBy } from './requests.js';

function flag(ctx: Ctx, name: string): boolean {
  return ctx.query.get(name) !== 'false';
}

export function commentWithExpansions(ctx: Ctx, issue: SimIssue, c: SimComment, expand: Set<string>): Record<string, unknown> {
  const dto = requestComment(ctx.store, ctx.site, issue.id, c);
  if (expand.has('attachment')) {
    const files = c.attachmentIds.flatMap((id) => {
      const a = ctx.store.attachments.get(id);
      return a ? [requestAttachment(ctx.store, ctx.site, a)] : [];
    });
    dto.attachments = paged(ctx.site, `/rest/servicedeskapi/request/${issue.id}/comment/${c.id}/attachment`, new URLSearchParams(), files, { start: 0, limit: ctx.pageCap });
  }
  if (expand.has('renderedBody')) dto.renderedBody = { html: `<p>${c.body.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</p>` };
  return dto;
}

const expandOf = (ctx: Ctx): Set<string> => new Set(ctx.query.getAll('expand').flatMap((e) => e.split(',')));

export const requestCommentRoutes: Routes = {
  'GET /rest/servicedeskapi/request/{issueIdOrKey}/comment': (ctx) => {
    const { issue } = requestBy(ctx);
    // Both default to true, so an agent caller gets internal comments unless it sends internal=false (FACTS §5).
    const wantPublic = flag(ctx, 'public');
    const wantInternal = flag(ctx, 'internal');
    const expand = expandOf(ctx);
    const chosen = issue.comments.filter((c) => (c.internal ? wantInternal : wantPublic)).map((c) => commentWithExpansions(ctx, issue, c, expand));
    return ok(paged(ctx.site, `/rest/servicedeskapi/request/${issue.id}/comment`, ctx.query, chosen, pageRequest(ctx.query, ctx.pageCap)));
  },
  'GET /rest/servicedeskapi/request/{issueIdOrKey}/comment/{commentId}': (ctx) => {
    const { issue } = requestBy(ctx);
    const comment = issue.comments.find((c) => c.id === ctx.params.commentId);
    if (!comment) throw new SimError(404, 'The comment does not exist.', { i18nKey: 'sd.comment.not.found' });
    return ok(commentWithExpansions(ctx, issue, comment, expandOf(ctx)));
  },
  'GET /rest/servicedeskapi/request/{issueIdOrKey}/comment/{commentId}/attachment': (ctx) => {
    const { issue } = requestBy(ctx);
    const comment = issue.comments.find((c) => c.id === ctx.params.commentId);
    if (!comment) throw new SimError(404, 'The comment does not exist.', { i18nKey: 'sd.comment.not.found' });
    const files = comment.attachmentIds.flatMap((id) => {
      const a = ctx.store.attachments.get(id);
      return a ? [requestAttachment(ctx.store, ctx.site, a)] : [];
    });
    return ok(paged(ctx.site, `/rest/servicedeskapi/request/${issue.id}/comment/${comment.id}/attachment`, ctx.query, files, pageRequest(ctx.query, ctx.pageCap)));
  },
  'POST /rest/servicedeskapi/request/{issueIdOrKey}/comment': (ctx) => {
    const { issue } = requestBy(ctx);
    const input = body<{ body: string; public: boolean }>(ctx);
    if (typeof input.public !== 'boolean') throw new SimError(400, 'The public field is required.', { i18nKey: 'sd.comment.public.required' });
    if (typeof input.body !== 'string' || input.body.trim() === '') throw new SimError(400, 'The comment body is required.', { i18nKey: 'sd.comment.body.required' });
    const comment = commentOn(ctx.store, ctx.site, issue, { body: input.body, internal: !input.public, authorId: ctx.callerId });
    return created(requestComment(ctx.store, ctx.site, issue.id, comment));
  },
};
