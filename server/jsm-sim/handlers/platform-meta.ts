import { ok, SimError, type Routes } from '../http/context.js';
import { platformUser } from '../render/users.js';
import { ORGANIZATIONS_FIELD_ID, PARTICIPANTS_FIELD_ID, REQUEST_TYPE_FIELD_ID } from '../state/desk.js';
import type { Store } from '../state/store.js';
import { jiraSchema } from './request-types.js';

const builtIn = (id: string, name: string, schema: Record<string, unknown>, custom: boolean): Record<string, unknown> => ({
  id,
  key: id,
  name,
  custom,
  orderable: true,
  navigable: true,
  searchable: true,
  clauseNames: custom ? [`cf[${id.replace('customfield_', '')}]`, name] : [id],
  schema,
});

export function siteFields(store: Store): Record<string, unknown>[] {
  const list = [
    builtIn('summary', 'Summary', { type: 'string', system: 'summary' }, false),
    builtIn('description', 'Description', { type: 'string', system: 'description' }, false),
    builtIn('status', 'Status', { type: 'status', system: 'status' }, false),
    builtIn('reporter', 'Reporter', { type: 'user', system: 'reporter' }, false),
    builtIn('created', 'Created', { type: 'datetime', system: 'created' }, false),
    builtIn('updated', 'Updated', { type: 'datetime', system: 'updated' }, false),
    builtIn('comment', 'Comment', { type: 'comments-page', system: 'comment' }, false),
    builtIn('attachment', 'Attachment', { type: 'array', items: 'attachment', system: 'attachment' }, false),
    builtIn('project', 'Project', { type: 'project', system: 'project' }, false),
    builtIn(PARTICIPANTS_FIELD_ID, 'Request participants', { type: 'array', items: 'user', custom: 'com.atlassian.servicedesk:sd-request-participants', customId: 10001 }, true),
    builtIn(ORGANIZATIONS_FIELD_ID, 'Organizations', { type: 'array', items: 'sd-customerorganization', custom: 'com.atlassian.servicedesk:sd-customer-organizations', customId: 10002 }, true),
    builtIn(REQUEST_TYPE_FIELD_ID, 'Request Type', { type: 'sd-customerrequesttype', custom: 'com.atlassian.servicedesk:vp-origin', customId: 10010 }, true),
  ];
  const seen = new Set(list.map((f) => f.id));
  for (const field of store.desks.flatMap((d) => d.requestTypes.flatMap((rt) => rt.fields))) {
    if (seen.has(field.fieldId)) continue;
    seen.add(field.fieldId);
    // Field names on a site are the admin-entered (German) ones; the English text is the portal translation.
    list.push(builtIn(field.fieldId, field.name.de, jiraSchema(field), true));
  }
  return list;
}

export const platformMetaRoutes: Routes = {
  'GET /rest/api/3/myself': (ctx) => {
    const me = ctx.store.users.get(ctx.callerId);
    return ok({ ...(me ? platformUser(ctx.site, me) : {}), groups: { size: 2, items: [] }, applicationRoles: { size: 1, items: [] } });
  },
  'GET /rest/api/3/field': (ctx) => ok(siteFields(ctx.store)),
  'GET /rest/api/3/user': (ctx) => {
    const accountId = ctx.query.get('accountId');
    if (accountId === null) throw new SimError(400, 'The accountId query parameter needs to be provided.');
    if (!ctx.store.permissions.browseUsers) throw new SimError(403, 'You do not have the permission to see the specified user.');
    const user = ctx.store.users.get(accountId);
    if (!user) throw new SimError(404, 'Specified user does not exist or you do not have required permissions');
    return ok(platformUser(ctx.site, user));
  },
  'GET /rest/api/3/user/search': (ctx) => {
    const query = ctx.query.get('query');
    const accountId = ctx.query.get('accountId');
    if (query === null && accountId === null && ctx.query.get('property') === null) {
      throw new SimError(400, 'One of query, accountId or property must be provided.');
    }
    // Without Browse users and groups the answer is empty, not an error (FACTS §2).
    if (!ctx.store.permissions.browseUsers) return ok([]);
    const needle = (query ?? '').toLowerCase();
    const startAt = Number(ctx.query.get('startAt') ?? 0) || 0;
    const maxResults = Math.min(Number(ctx.query.get('maxResults') ?? 50) || 50, 1000);
    const found = [...ctx.store.users.values()].filter((u) => {
      if (accountId !== null && u.accountId !== accountId) return false;
      if (query === null) return true;
      const words = [u.displayName.toLowerCase(), ...u.displayName.toLowerCase().split(/\s+/), (u.emailAddress ?? '').toLowerCase()];
      return words.some((w) => w.startsWith(needle));
    });
    return ok(found.slice(startAt, startAt + maxResults).map((u) => platformUser(ctx.site, u)));
  },
};
