// What a new request and a reply share on their way to JSM: the caller's uploads, and JSM's refusals.
import { BackendRejectedError } from '../backend-errors.js';
import { AttachmentUnavailableError } from '../portal-store.js';
import { SD_API } from './client.js';
import { JsmResponseError } from './errors.js';
import { obj, optObj, str } from './read.js';
import type { RequestDeps } from './requests.js';

/** Uploads kept locally until they are sent with a request or comment (the same rule as the SQLite store). */
const UPLOAD_TTL_MS = 24 * 60 * 60 * 1000;

/** Moves the caller's local uploads to JSM as temporary files (FACTS §6) and returns their temporary ids. */
export async function uploadTemporary(deps: RequestDeps, ids: string[], owner: string): Promise<string[]> {
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
    method: 'POST', path: `${SD_API}/servicedesk/${deps.desk.id}/attachTemporaryFile`, form, experimental: true,
    headers: { 'X-Atlassian-Token': 'no-check' }, retry: false,
  })).body, 'temporary attachments');
  const temporary = Array.isArray(answer.temporaryAttachments) ? answer.temporaryAttachments : [];
  return temporary.map((t) => str(optObj(t)?.temporaryAttachmentId, 'temporaryAttachmentId'));
}

export async function forgetUploads(deps: RequestDeps, ids: string[]): Promise<void> {
  for (const id of ids) {
    await deps.attachments.delete(id);
    await deps.files.remove(id);
  }
}

/** JSM's 400 to a create or comment names what it did not accept (e.g. a summary over 255 UTF-16 units): the user can fix it. */
export function rejected(error: unknown): unknown {
  return error instanceof JsmResponseError && error.status === 400 ? new BackendRejectedError(error.jsmMessage || 'Jira Service Management did not accept the values') : error;
}

