import type { Store } from '../state/store.js';
import type { SimAttachment } from '../types.js';
import { dateDto, jiraDateTime } from './dates.js';
import { platformUser, userDto } from './users.js';

const isImage = (a: SimAttachment): boolean => a.mimeType.startsWith('image/');

/** servicedeskapi AttachmentDTO: no id and no visibility flag, by design of the real API (FACTS §6). */
export function requestAttachment(store: Store, site: string, a: SimAttachment): Record<string, unknown> {
  const user = store.users.get(a.authorId);
  const name = encodeURIComponent(a.filename);
  const links: Record<string, string> = {
    jiraRest: `${site}/rest/api/2/attachment/${a.id}`,
    content: `${site}/servicedesk/customershim/secure/attachment/${a.id}/${name}`,
  };
  if (isImage(a)) links.thumbnail = `${site}/servicedesk/customershim/secure/thumbnail/${a.id}/${name}`;
  return {
    filename: a.filename,
    author: user ? userDto(site, user) : { accountId: a.authorId },
    created: dateDto(a.created),
    size: a.data.byteLength,
    mimeType: a.mimeType,
    _links: links,
  };
}

export function platformAttachment(store: Store, site: string, a: SimAttachment): Record<string, unknown> {
  const user = store.users.get(a.authorId);
  const meta: Record<string, unknown> = {
    self: `${site}/rest/api/3/attachment/${a.id}`,
    id: a.id,
    filename: a.filename,
    author: user ? platformUser(site, user) : { accountId: a.authorId },
    created: jiraDateTime(a.created),
    size: a.data.byteLength,
    mimeType: a.mimeType,
    content: `${site}/rest/api/3/attachment/content/${a.id}`,
  };
  if (isImage(a)) meta.thumbnail = `${site}/rest/api/3/attachment/thumbnail/${a.id}`;
  return meta;
}
