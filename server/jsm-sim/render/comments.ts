import type { Store } from '../state/store.js';
import type { SimComment } from '../types.js';
import { textToAdf } from './adf.js';
import { dateDto, jiraDateTime } from './dates.js';
import { platformUser, userDto } from './users.js';

function author(store: Store, accountId: string): { accountId: string; displayName: string } {
  return store.users.get(accountId) ?? { accountId, displayName: 'Former user' };
}

/** Platform Comment (v3): ADF body, `jsdPublic` read-only. */
export function platformComment(store: Store, site: string, issueId: string, c: SimComment): Record<string, unknown> {
  const user = store.users.get(c.authorId);
  const who = user ? platformUser(site, user) : author(store, c.authorId);
  return {
    self: `${site}/rest/api/3/issue/${issueId}/comment/${c.id}`,
    id: c.id,
    author: who,
    body: c.adf ?? textToAdf(c.body),
    updateAuthor: who,
    created: jiraDateTime(c.created),
    updated: jiraDateTime(c.updated),
    jsdPublic: !c.internal,
  };
}

export function platformCommentPage(store: Store, site: string, issueId: string, comments: SimComment[], startAt = 0, maxResults = 5000): Record<string, unknown> {
  return {
    comments: comments.slice(startAt, startAt + maxResults).map((c) => platformComment(store, site, issueId, c)),
    self: `${site}/rest/api/3/issue/${issueId}/comment`,
    maxResults,
    total: comments.length,
    startAt,
  };
}

/** servicedeskapi CommentDTO without expansions. */
export function requestComment(store: Store, site: string, issueId: string, c: SimComment): Record<string, unknown> {
  const user = store.users.get(c.authorId);
  return {
    id: c.id,
    body: c.body,
    public: !c.internal,
    author: user ? userDto(site, user) : author(store, c.authorId),
    created: dateDto(c.created),
    _links: { self: `${site}/rest/servicedeskapi/request/${issueId}/comment/${c.id}` },
  };
}
