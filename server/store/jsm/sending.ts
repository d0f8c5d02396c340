// What a new request and a reply share on their way to JSM: the caller's uploads, and JSM's refusals.
import { BackendRejectedError } from '../backend-errors.js';
import { AttachmentUnavailableError } from '../portal-store.js';
import { SD_API } from './client.js';
import { JsmResponseError } from './errors.js';
import { obj, optObj, ShapeError, str, type Json } from './read.js';
import type { RequestDeps } from './requests.js';

/** Uploads kept locally until they are sent with a request or comment (the same rule as the SQLite store). */
const UPLOAD_TTL_MS = 24 * 60 * 60 * 1000;
/** Desks whose refusal of files (403) was logged: once is enough for an operator, every try would flood the log. */
const refusedUploads = new Set<string>();

/** The caller's uploads, each still there and not yet sent: else `AttachmentUnavailableError` naming the first that is not. */
export async function ownUploads(deps: RequestDeps, ids: string[], owner: string) {
  const records = await Promise.all(ids.map((id) => deps.attachments.get(id)));
  return records.map((record, index) => {
    if (!record || record.linked || record.ownerKey !== owner || record.createdAt < Date.now() - UPLOAD_TTL_MS) throw new AttachmentUnavailableError(index);
    return record;
  });
}

/** Moves the caller's local uploads to JSM as temporary files (FACTS §6) and returns their temporary ids. */
export async function uploadTemporary(deps: RequestDeps, ids: string[], owner: string): Promise<string[]> {
  if (ids.length === 0) return [];
  const records = await ownUploads(deps, ids, owner);
  const form = new FormData();
  for (const [index, record] of records.entries()) {
    const data = await deps.files.read(record.id).catch(() => {
      throw new AttachmentUnavailableError(index);
    });
    form.append('file', new Blob([new Uint8Array(data)], { type: record.contentType }), record.name);
  }
  let answer: Json;
  try {
    answer = obj((await deps.client.request({
      method: 'POST', path: `${SD_API}/servicedesk/${deps.desk.id}/attachTemporaryFile`, form, experimental: true,
      headers: { 'X-Atlassian-Token': 'no-check' }, retry: false,
    })).body, 'temporary attachments');
  } catch (error) {
    if (error instanceof JsmResponseError && error.status === 403 && !refusedUploads.has(deps.desk.id)) {
      refusedUploads.add(deps.desk.id);
      deps.log(`jsm: JSM refused files (403: attachments turned off, or the service account lacks "Create Attachments"): ${error.jsmMessage}`);
    }
    // 400 (a file invalid or too large), 413 (too many files) and 403 (attachments turned off by an admin, FACTS §6)
    // never succeed when sent again; the request without the files does. JSM does not say which file: the path is
    // the list.
    throw rejected(error, { statuses: [400, 403, 413], fallback: 'Jira Service Management did not accept the attachments', paths: ['attachments'] });
  }
  // Fewer ids than files would send the request without some of them, and the caller's uploads are deleted after it.
  const temporary = Array.isArray(answer.temporaryAttachments) ? answer.temporaryAttachments : [];
  if (temporary.length !== records.length) throw new ShapeError(`${temporary.length} temporary attachment ids for ${records.length} files`);
  return temporary.map((t) => str(optObj(t)?.temporaryAttachmentId, 'temporaryAttachmentId'));
}

export async function forgetUploads(deps: RequestDeps, ids: string[]): Promise<void> {
  for (const id of ids) {
    await deps.attachments.delete(id);
    await deps.files.remove(id);
  }
}

/**
 * JSM's 400 to a create or comment (or the given statuses, e.g. an upload's 413) names what it did not accept (e.g. a
 * summary over 255 UTF-16 units): the user can fix it, sending it again cannot. The fields a Jira error body names
 * become the portal's paths (`fields.<id>`), so that the widget marks them, and one not on the `form` (the reporter,
 * the Organizations field) the form as a whole (`fields`), whose refusal the widget shows in JSM's words; `paths`
 * names them where the field list does not apply (a reply's `body`, the uploads).
 */
export function rejected(
  error: unknown,
  {
    statuses = [400],
    fallback = 'Jira Service Management did not accept the values',
    paths = undefined as string[] | undefined,
    form = undefined as readonly string[] | undefined,
  } = {},
): unknown {
  if (!(error instanceof JsmResponseError) || !statuses.includes(error.status)) return error;
  const path = (field: string) => (form && !form.includes(field) ? 'fields' : `fields.${field}`);
  return new BackendRejectedError(error.jsmMessage || fallback, paths ?? [...new Set(error.fields.map(path))]);
}

