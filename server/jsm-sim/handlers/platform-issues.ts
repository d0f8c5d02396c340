import { publish } from '../events.js';
import { body, created, issueOr404, noContent, ok, SimError, type Ctx, type Routes } from '../http/context.js';
import { adfToText, isAdfDoc } from '../render/adf.js';
import { platformComment } from '../render/comments.js';
import { renderIssue, selectFields } from '../render/issue-fields.js';
import { platformStatus } from '../render/status.js';
import { commentOn, moveIssue } from '../state/actions.js';
import { transitionsFrom } from '../state/workflow.js';
import type { SimComment, SimIssue } from '../types.js';
import { applyFields } from './platform-edit.js';

interface CommentBody {
  body: unknown;
  properties: { key?: string; value?: { internal?: boolean } }[];
}

function commentOr404(issue: SimIssue, id: string | undefined): SimComment {
  const comment = issue.comments.find((c) => c.id === id);
  if (!comment) throw new SimError(404, 'Can not find a comment for the id.');
  return comment;
}

function adfBody(value: unknown): { text: string; adf: unknown } {
  if (!isAdfDoc(value)) throw new SimError(400, '', { errors: { comment: 'Comment body is not valid!' } });
  return { text: adfToText(value), adf: value };
}

/** Platform comments are public unless the sd.public.comment property says internal (FACTS §5). */
function internalFrom(properties: CommentBody['properties'] | undefined): boolean {
  return (properties ?? []).some((p) => p.key === 'sd.public.comment' && p.value?.internal === true);
}

const fieldTokens = (ctx: Ctx): string[] => ctx.query.getAll('fields').flatMap((f) => f.split(',')).filter(Boolean);

export const platformIssueRoutes: Routes = {
  'GET /rest/api/3/issue/{issueIdOrKey}': (ctx) => {
    const issue = issueOr404(ctx, ctx.params.issueIdOrKey);
    const desk = ctx.store.deskById(issue.serviceDeskId);
    const tokens = fieldTokens(ctx);
    const fields = desk ? selectFields(tokens.length > 0 ? tokens : ['*all'], desk) : new Set<string>();
    return ok(renderIssue(ctx.store, ctx.site, issue, fields));
  },
  'PUT /rest/api/3/issue/{issueIdOrKey}': (ctx) => {
    const issue = issueOr404(ctx, ctx.params.issueIdOrKey);
    const input = body<{ fields: Record<string, unknown>; update: Record<string, { set?: unknown }[]> }>(ctx);
    const fromUpdate = Object.fromEntries(
      Object.entries(input.update ?? {}).map(([id, ops]) => {
        const set = ops.find((op) => 'set' in op);
        if (!set || ops.length !== 1) throw new SimError(400, '', { errors: { [id]: 'The simulator models only the "set" operation in update.' } });
        return [id, set.set];
      }),
    );
    applyFields(ctx, issue, { ...input.fields, ...fromUpdate });
    issue.updated = ctx.store.now();
    publish(ctx.store, ctx.site, 'jira:issue_updated', issue, ctx.callerId);
    return noContent();
  },
  'GET /rest/api/3/issue/{issueIdOrKey}/comment': (ctx) => {
    const issue = issueOr404(ctx, ctx.params.issueIdOrKey);
    const startAt = Number(ctx.query.get('startAt') ?? 0);
    const maxResults = Math.min(Number(ctx.query.get('maxResults') ?? 5000), 5000);
    const comments = ctx.query.get('orderBy') === '-created' ? [...issue.comments].reverse() : issue.comments;
    const page = comments.slice(startAt, startAt + maxResults).map((c) => platformComment(ctx.store, ctx.site, issue.id, c));
    return ok({ startAt, maxResults, total: comments.length, comments: page });
  },
  'POST /rest/api/3/issue/{issueIdOrKey}/comment': (ctx) => {
    const issue = issueOr404(ctx, ctx.params.issueIdOrKey);
    const input = body<CommentBody>(ctx);
    const { text, adf } = adfBody(input.body);
    const comment = commentOn(ctx.store, ctx.site, issue, { body: text, adf, internal: internalFrom(input.properties), authorId: ctx.callerId });
    return created(platformComment(ctx.store, ctx.site, issue.id, comment));
  },
  'GET /rest/api/3/issue/{issueIdOrKey}/comment/{id}': (ctx) => {
    const issue = issueOr404(ctx, ctx.params.issueIdOrKey);
    return ok(platformComment(ctx.store, ctx.site, issue.id, commentOr404(issue, ctx.params.id)));
  },
  'PUT /rest/api/3/issue/{issueIdOrKey}/comment/{id}': (ctx) => {
    const issue = issueOr404(ctx, ctx.params.issueIdOrKey);
    const comment = commentOr404(issue, ctx.params.id);
    const input = body<CommentBody>(ctx);
    const { text, adf } = adfBody(input.body);
    comment.body = text;
    comment.adf = adf;
    if (input.properties) comment.internal = internalFrom(input.properties);
    comment.updated = ctx.store.now();
    issue.updated = comment.updated;
    publish(ctx.store, ctx.site, 'comment_updated', issue, ctx.callerId, comment);
    return ok(platformComment(ctx.store, ctx.site, issue.id, comment));
  },
  'DELETE /rest/api/3/issue/{issueIdOrKey}/comment/{id}': (ctx) => {
    const issue = issueOr404(ctx, ctx.params.issueIdOrKey);
    const comment = commentOr404(issue, ctx.params.id);
    issue.comments = issue.comments.filter((c) => c !== comment);
    issue.updated = ctx.store.now();
    publish(ctx.store, ctx.site, 'comment_deleted', issue, ctx.callerId, comment);
    return noContent();
  },
  'GET /rest/api/3/issue/{issueIdOrKey}/properties': (ctx) => {
    const issue = issueOr404(ctx, ctx.params.issueIdOrKey);
    return ok({ keys: Object.keys(issue.properties).map((key) => ({ key, self: `${ctx.site}/rest/api/3/issue/${issue.id}/properties/${encodeURIComponent(key)}` })) });
  },
  'GET /rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}': (ctx) => {
    const issue = issueOr404(ctx, ctx.params.issueIdOrKey);
    const key = ctx.params.propertyKey ?? '';
    if (!(key in issue.properties)) throw new SimError(404, `The property with key '${key}' does not exist.`);
    return ok({ key, value: issue.properties[key] });
  },
  'PUT /rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}': (ctx) => {
    const issue = issueOr404(ctx, ctx.params.issueIdOrKey);
    const key = ctx.params.propertyKey ?? '';
    if (key.length > 255) throw new SimError(400, 'The property key cannot be longer than 255 characters.');
    if (ctx.rawBody.toString('utf8').length > 32_768) throw new SimError(400, 'The property value cannot be longer than 32768 characters.');
    const existed = key in issue.properties;
    issue.properties[key] = ctx.json;
    return { status: existed ? 200 : 201 };
  },
  'DELETE /rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}': (ctx) => {
    const issue = issueOr404(ctx, ctx.params.issueIdOrKey);
    const key = ctx.params.propertyKey ?? '';
    if (!(key in issue.properties)) throw new SimError(404, `The property with key '${key}' does not exist.`);
    delete issue.properties[key];
    return noContent();
  },
  'GET /rest/api/3/issue/{issueIdOrKey}/transitions': (ctx) => {
    const issue = issueOr404(ctx, ctx.params.issueIdOrKey);
    const transitions = transitionsFrom(issue.statusId).map((t) => ({ id: t.id, name: t.name.en, to: platformStatus(ctx.site, t.to), hasScreen: false, isGlobal: true, isInitial: false, isAvailable: true, isConditional: false }));
    return ok({ expand: 'transitions', transitions });
  },
  'POST /rest/api/3/issue/{issueIdOrKey}/transitions': (ctx) => {
    const issue = issueOr404(ctx, ctx.params.issueIdOrKey);
    const input = body<{ transition: { id?: string } }>(ctx);
    const transition = transitionsFrom(issue.statusId).find((t) => t.id === input.transition?.id);
    if (!transition) throw new SimError(400, `Transition id '${input.transition?.id ?? ''}' is not valid for this issue.`);
    moveIssue(ctx.store, ctx.site, issue, transition.to, ctx.callerId);
    return noContent();
  },
};
