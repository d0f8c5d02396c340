import { jiraDateTime } from './render/dates.js';
import { renderIssue } from './render/issue-fields.js';
import { platformUser } from './render/users.js';
import { ORGANIZATIONS_FIELD_ID, REQUEST_TYPE_FIELD_ID } from './state/desk.js';
import type { Store } from './state/store.js';
import type { SimComment, SimEventName, SimIssue } from './types.js';

// Jira webhook payloads are REST v2 shaped: the comment body is a string, not ADF.
const EVENT_FIELDS = new Set(['summary', 'status', 'reporter', 'created', 'updated', 'project', 'issuetype', ORGANIZATIONS_FIELD_ID, REQUEST_TYPE_FIELD_ID]);

const ISSUE_EVENT_TYPE: Partial<Record<SimEventName, string>> = {
  'jira:issue_created': 'issue_created',
  'jira:issue_updated': 'issue_generic',
};

export function publish(store: Store, site: string, name: SimEventName, issue: SimIssue, actorId: string, comment?: SimComment): void {
  const rendered = renderIssue(store, site, issue, EVENT_FIELDS);
  const actor = store.users.get(actorId);
  const event: Parameters<Store['emit']>[0] = {
    webhookEvent: name,
    timestamp: store.now(),
    issue: { id: issue.id, key: issue.key, self: `${site}/rest/api/2/issue/${issue.id}`, fields: { ...(rendered.fields as Record<string, unknown>), description: issue.description } },
  };
  const type = ISSUE_EVENT_TYPE[name];
  if (type) event.issue_event_type_name = type;
  if (actor) event.user = platformUser(site, actor);
  if (comment) {
    const author = store.users.get(comment.authorId);
    const who = author ? platformUser(site, author) : { accountId: comment.authorId };
    event.comment = {
      self: `${site}/rest/api/2/issue/${issue.id}/comment/${comment.id}`,
      id: comment.id,
      author: who,
      body: comment.body,
      updateAuthor: who,
      created: jiraDateTime(comment.created),
      updated: jiraDateTime(comment.updated),
      jsdPublic: !comment.internal,
    };
  }
  store.emit(event);
}
