import { randomBytes } from 'node:crypto';
import { Hono } from 'hono';
import { LIMITS, type UploadedAttachment } from '../../../src/api/contract.js';
import { nameForType, safeFileName } from '../../attachments/file-name.js';
import { detectContentType } from '../../attachments/magic.js';
import { callerScope, clientIp } from '../client-ip.js';
import type { AppDeps, AppEnv } from '../env.js';
import { authenticate, isAgentKey } from '../middleware/auth.js';
import { limitBackendReads } from '../middleware/read-limits.js';
import { limitWrites } from '../middleware/write-limits.js';
import { problems } from '../problem.js';
import { requestHeader } from '../request-header.js';

const ACCEPTED = 'images (PNG, JPEG, GIF, WebP, BMP), PDF, and text or log files';

function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/[%\\"]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** Downloads are never rendered by the browser in the portal's origin: attachment, no sniffing, sandboxed. */
function downloadHeaders(name: string, contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Disposition': contentDisposition(name),
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'private, no-store',
    'Content-Security-Policy': "default-src 'none'; sandbox",
  };
}

export function attachmentRoutes(deps: AppDeps) {
  const { store, files } = deps;
  return new Hono<AppEnv>()
    .post('/attachments', authenticate(deps, deps.config.allowAnonymous ? 'optional' : 'required', false), limitWrites(deps, deps.limits.anonymousUploads), async (c) => {
      let form: FormData;
      try {
        form = await c.req.formData();
      } catch {
        throw problems.badRequest('Send the file as multipart/form-data in a field named "file".');
      }
      const file = form.get('file');
      if (!(file instanceof File)) throw problems.validation([{ field: 'file', message: 'is required (multipart field "file")' }]);
      if (file.size > LIMITS.attachmentMaxBytes) throw problems.tooLarge(LIMITS.attachmentMaxBytes);
      const data = new Uint8Array(await file.arrayBuffer());
      const uploadedName = safeFileName(file.name);
      const contentType = detectContentType(data, uploadedName);
      if (!contentType) throw problems.unsupportedMediaType(`Only ${ACCEPTED} are accepted; the content decides, not the name.`);
      const name = nameForType(uploadedName, contentType);
      const id = randomBytes(18).toString('base64url');
      await files.write(id, data);
      const owner = callerScope(c.get('user')?.id ?? null, clientIp(c));
      await store.attachments.create({ id, ownerKey: owner, name, size: data.length, contentType, createdAt: Date.now() });
      const uploaded: UploadedAttachment = { id, name, size: data.length, contentType };
      return c.json(uploaded, 201);
    })
    .get('/attachments/:id', async (c, next) => {
      // The support console downloads with the agent key; everyone else needs a user token.
      if (store.agentApi !== false && isAgentKey(requestHeader(c, 'authorization'), deps.config.agentKey)) return next();
      return authenticate(deps, 'required')(c, next);
    }, limitBackendReads(deps), async (c) => {
      const user = c.get('user');
      if (store.remoteAttachments && user?.orgId && c.req.param('id').startsWith('j.')) {
        const file = await store.remoteAttachments.open(c.req.param('id'), { id: user.id, orgId: user.orgId });
        if (!file) throw problems.notFound('No attachment with this id.');
        return c.body(file.body, 200, {
          ...downloadHeaders(file.name, file.contentType),
          ...(file.size === null ? {} : { 'Content-Length': String(file.size) }),
        });
      }
      const agent = isAgentKey(requestHeader(c, 'authorization'), deps.config.agentKey);
      const attachment = await store.attachments.get(c.req.param('id'));
      // Attached files follow the request's visibility; temporary uploads are visible to their uploader only.
      const visible = !!attachment && (agent || (!!user && (attachment.linked
        ? attachment.requestOrgId !== null && attachment.requestOrgId === user.orgId
        : attachment.ownerKey === callerScope(user.id, ''))));
      if (!attachment || !visible) throw problems.notFound('No attachment with this id.');
      const data = await files.read(attachment.id).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') throw problems.notFound('No attachment with this id.');
        throw error;
      });
      return c.body(new Uint8Array(data), 200, { ...downloadHeaders(attachment.name, attachment.contentType), 'Content-Length': String(data.length) });
    });
}
