import type { Reader, RemoteFile } from '../portal-store.js';
import { safeFileName } from '../../attachments/file-name.js';
import { SD_API } from './client.js';
import { JsmResponseError } from './errors.js';
import { allPages, publicComments } from './activity.js';
import { attachmentId } from './convert.js';
import { obj, optObj, optStr } from './read.js';
import { NO_REQUEST, sentWithRequest, visibleIssue, type RequestDeps } from './requests.js';

const ID = /^j\.([A-Z][A-Z0-9_]{0,19}-[1-9]\d{0,14})\.(\d{1,18})$/;

/**
 * A download for a user who may see the request: the attachment must be on one of its public comments or be one
 * of the files sent with the request (`sentWithRequest`; FACTS §6: the list has no visibility flag). The bytes are streamed
 * from JSM; no JSM URL or credential reaches the widget.
 */
export async function readAttachment(deps: RequestDeps, id: string, reader: Reader): Promise<RemoteFile | null> {
  const match = ID.exec(id);
  if (!match) return null;
  const [, key, attachment] = match as unknown as [string, string, string];
  const issue = await visibleIssue(deps, key, reader);
  if (!issue) return null;

  const reads = await Promise.all([publicComments(deps.client, key), allPages(deps.client, `${SD_API}/request/${key}/attachment`, {})]).catch((error: unknown) => {
    // An agent's plain Jira issue has no request to read (`NO_REQUEST`), nor files of one.
    if (error instanceof JsmResponseError && error.status === NO_REQUEST) return null;
    throw error;
  });
  if (!reads) return null;
  const [comments, all] = reads;
  const onPublicComment = comments.flatMap((c) => {
    const values = optObj(c.attachments)?.values;
    return Array.isArray(values) ? values.map((v) => obj(v, 'attachment')) : [];
  });
  const item = [...onPublicComment, ...sentWithRequest(deps, all, obj(issue.fields, 'issue fields'))].find((a) => attachmentId(a) === attachment);
  if (!item) return null;
  // The file as it is, uncompressed: passed on with its length.
  let response = await deps.client.send({
    method: 'GET', path: `/rest/api/3/attachment/content/${attachment}`, query: { redirect: false }, retry: true, accept: [403, 404], headers: { 'Accept-Encoding': 'identity' },
  });
  const location = response.status >= 300 && response.status < 400 ? response.headers.get('location') : null;
  if (location) {
    // A site that redirects anyway (the default is 303 to the media store): credentials go only to the site itself.
    await response.body?.cancel();
    response = await deps.client.follow(location);
  }
  // A file the service account may not read (403) is as unavailable to the practice as a missing one, for good.
  if (response.status === 403 || response.status === 404 || !response.body) {
    await response.body?.cancel();
    return null;
  }
  // fetch unpacks a compressed answer itself: its Content-Length is then the packed size, not the file's.
  const length = response.headers.has('content-encoding') ? Number.NaN : Number(response.headers.get('content-length'));
  return {
    name: safeFileName(optStr(item.filename) ?? ''),
    contentType: optStr(item.mimeType) ?? response.headers.get('content-type') ?? 'application/octet-stream',
    size: Number.isFinite(length) && length > 0 ? length : null,
    body: response.body,
  };
}
