import { body, created, ok, SimError, type Ctx, type Routes } from '../http/context.js';
import { parseMultipart } from '../http/multipart.js';
import { platformAttachment, requestAttachment } from '../render/attachments.js';
import { requestComment } from '../render/comments.js';
import { paged, pageRequest } from '../render/paging.js';
import { commentOn } from '../state/actions.js';
import type { SimAttachment } from '../types.js';
import { deskOr404 } from './desks.js';
import { temporaryFiles } from './request-fields.js';
import { requestBy } from './requests.js';

const MAX_FILES_PER_UPLOAD = 60;

function attachmentOr404(ctx: Ctx, id: string | undefined): SimAttachment {
  const attachment = ctx.store.attachments.get(id ?? '');
  if (!attachment) throw new SimError(404, 'The attachment does not exist.', { i18nKey: 'sd.attachment.not.found' });
  return attachment;
}

/** Honours a single `bytes=a-b` range, which is all a download client sends. */
function content(ctx: Ctx, a: SimAttachment): { status: number; bytes: { contentType: string; data: Uint8Array }; headers?: Record<string, string> } {
  const range = /^bytes=(\d*)-(\d*)$/.exec(String(ctx.headers.range ?? ''));
  if (!range || (range[1] === '' && range[2] === '')) return { status: 200, bytes: { contentType: a.mimeType, data: a.data } };
  const size = a.data.byteLength;
  const start = range[1] === '' ? Math.max(0, size - Number(range[2])) : Number(range[1]);
  const end = range[1] !== '' && range[2] !== '' ? Math.min(Number(range[2]), size - 1) : size - 1;
  return { status: 206, bytes: { contentType: a.mimeType, data: a.data.subarray(start, end + 1) }, headers: { 'Content-Range': `bytes ${start}-${end}/${size}` } };
}

export const attachmentRoutes: Routes = {
  'POST /rest/servicedeskapi/servicedesk/{serviceDeskId}/attachTemporaryFile': (ctx) => {
    const desk = deskOr404(ctx);
    const files = parseMultipart(ctx.rawBody, String(ctx.headers['content-type'] ?? '')).filter((p) => p.name === 'file');
    if (files.length === 0) throw new SimError(400, 'No file was attached in a part named "file".', { i18nKey: 'sd.attachment.empty' });
    if (files.length > MAX_FILES_PER_UPLOAD) throw new SimError(413, `You can attach at most ${MAX_FILES_PER_UPLOAD} files at once.`, { i18nKey: 'sd.attachment.too.many' });
    const temporaryAttachments = files.map((f) => {
      const id = ctx.store.newTemporaryId();
      ctx.store.temporaryFiles.set(id, { id, deskId: desk.id, filename: f.filename, mimeType: f.contentType, data: f.data, expiresAt: ctx.store.now() + ctx.store.options.temporaryFileTtlMs });
      return { temporaryAttachmentId: id, fileName: f.filename };
    });
    return created({ temporaryAttachments });
  },
  'POST /rest/servicedeskapi/request/{issueIdOrKey}/attachment': (ctx) => {
    const { issue, desk } = requestBy(ctx);
    const input = body<{ temporaryAttachmentIds: string[]; public: boolean; additionalComment: { body?: string } }>(ctx);
    if (typeof input.public !== 'boolean') throw new SimError(400, 'The public field is required.', { i18nKey: 'sd.attachment.public.required' });
    if (!input.temporaryAttachmentIds || input.temporaryAttachmentIds.length === 0) throw new SimError(400, 'temporaryAttachmentIds is required.', { i18nKey: 'sd.attachment.ids.required' });
    const files = temporaryFiles(ctx, input.temporaryAttachmentIds, desk.id);
    for (const file of files) ctx.store.temporaryFiles.delete(file.id);
    // JSM always records an attachment as a comment, whose visibility the attachment then follows.
    const mentions = files.map((f) => `[^${f.filename}]`).join(' ');
    const text = input.additionalComment?.body ? `${input.additionalComment.body}\n\n${mentions}` : mentions;
    const comment = commentOn(ctx.store, ctx.site, issue, { body: text, internal: !input.public, authorId: ctx.callerId, attachments: files });
    const attachments = comment.attachmentIds.flatMap((id) => {
      const a = ctx.store.attachments.get(id);
      return a ? [requestAttachment(ctx.store, ctx.site, a)] : [];
    });
    return created({
      attachments: paged(ctx.site, `/rest/servicedeskapi/request/${issue.id}/attachment`, new URLSearchParams(), attachments, { start: 0, limit: ctx.pageCap }),
      comment: requestComment(ctx.store, ctx.site, issue.id, comment),
    });
  },
  'GET /rest/servicedeskapi/request/{issueIdOrKey}/attachment': (ctx) => {
    const { issue } = requestBy(ctx);
    const files = issue.attachmentIds.flatMap((id) => {
      const a = ctx.store.attachments.get(id);
      return a ? [requestAttachment(ctx.store, ctx.site, a)] : [];
    });
    return ok(paged(ctx.site, `/rest/servicedeskapi/request/${issue.id}/attachment`, ctx.query, files, pageRequest(ctx.query, ctx.pageCap)));
  },
  'GET /rest/servicedeskapi/request/{issueIdOrKey}/attachment/{attachmentId}': (ctx) => {
    const { issue } = requestBy(ctx);
    const attachment = attachmentOr404(ctx, ctx.params.attachmentId);
    if (attachment.issueKey !== issue.key) throw new SimError(404, 'The attachment does not exist.', { i18nKey: 'sd.attachment.not.found' });
    return { status: 303, headers: { Location: `${ctx.site}/rest/api/3/attachment/content/${attachment.id}` } };
  },
  'GET /rest/api/3/attachment/{id}': (ctx) => ok(platformAttachment(ctx.store, ctx.site, attachmentOr404(ctx, ctx.params.id))),
  'GET /rest/api/3/attachment/content/{id}': (ctx) => {
    const attachment = attachmentOr404(ctx, ctx.params.id);
    if (ctx.query.get('redirect') === 'false') return content(ctx, attachment);
    // The real site redirects to a signed media URL that needs no Jira credentials.
    return { status: 303, headers: { Location: `${ctx.site}/_sim/media/${attachment.id}` } };
  },
};
