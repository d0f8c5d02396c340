import { publish } from '../events.js';
import type { SimComment, SimIssue } from '../types.js';
import type { Store } from './store.js';

// Mutations shared by the HTTP handlers, the in-process handle and the control API, so each publishes the same events.

export function moveIssue(store: Store, site: string, issue: SimIssue, statusId: string, actorId: string, at = store.now()): void {
  issue.statusId = statusId;
  issue.statusHistory.push({ statusId, at });
  issue.updated = Math.max(issue.updated, at);
  publish(store, site, 'jira:issue_updated', issue, actorId);
}

export interface NewComment {
  body: string;
  internal: boolean;
  authorId: string;
  adf?: unknown;
  at?: number;
  attachments?: { filename: string; mimeType: string; data: Uint8Array }[];
}

export function commentOn(store: Store, site: string, issue: SimIssue, c: NewComment): SimComment {
  const comment = store.addComment(issue, c);
  for (const file of c.attachments ?? []) {
    const attachment = store.addAttachment(issue, { ...file, authorId: c.authorId, commentId: comment.id });
    comment.attachmentIds.push(attachment.id);
  }
  publish(store, site, 'comment_created', issue, c.authorId, comment);
  return comment;
}
