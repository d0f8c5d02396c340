import { body, created, noContent, ok, SimError, type Ctx, type Routes } from '../http/context.js';
import { dateDto } from '../render/dates.js';
import { paged, pageRequest } from '../render/paging.js';
import { userDto } from '../render/users.js';
import type { SimOrganization } from '../types.js';
import { addAccounts } from './customers.js';
import { deskOr404 } from './desks.js';

function orgDto(ctx: Ctx, org: SimOrganization): Record<string, unknown> {
  return { id: org.id, name: org.name, created: dateDto(org.created), _links: { self: `${ctx.site}/rest/servicedeskapi/organization/${org.id}` } };
}

function orgOr404(ctx: Ctx): SimOrganization {
  const org = ctx.store.organizations.get(ctx.params.organizationId ?? '');
  if (!org) throw new SimError(404, 'The organization does not exist.', { i18nKey: 'sd.admin.organization.not.found' });
  return org;
}

function mayManage(ctx: Ctx): void {
  if (ctx.store.options.orgManagementJiraAdminsOnly && !ctx.store.permissions.jiraAdmin) {
    throw new SimError(403, 'Only Jira administrators can manage organizations on this site.', { i18nKey: 'sd.admin.organization.permission.denied' });
  }
}

function listed(ctx: Ctx, orgs: SimOrganization[], path: string): Record<string, unknown> {
  const accountId = ctx.query.get('accountId');
  const filtered = accountId === null ? orgs : orgs.filter((o) => o.memberIds.includes(accountId));
  return paged(ctx.site, path, ctx.query, filtered.map((o) => orgDto(ctx, o)), pageRequest(ctx.query, ctx.pageCap));
}

const MAX_PROPERTY_KEY_BYTES = 255;
// Not documented for organizations; Jira issue properties allow 32,768 characters (FACTS §2).
const MAX_PROPERTY_CHARS = 32_768;

export const organizationRoutes: Routes = {
  'GET /rest/servicedeskapi/organization': (ctx) => ok(listed(ctx, [...ctx.store.organizations.values()], '/rest/servicedeskapi/organization')),
  'POST /rest/servicedeskapi/organization': (ctx) => {
    mayManage(ctx);
    const name = (body<{ name: string }>(ctx).name ?? '').trim();
    if (name.length < 1 || name.length > 200) throw new SimError(400, 'The organization name must be between 1 and 200 characters.', { i18nKey: 'sd.admin.organization.name.invalid' });
    // A taken name answers 201 with the existing organization rather than a conflict (FACTS §2).
    const existing = [...ctx.store.organizations.values()].find((o) => o.name.toLowerCase() === name.toLowerCase());
    if (existing) return created(orgDto(ctx, existing));
    const org: SimOrganization = { id: ctx.store.newOrganizationId(), name, created: ctx.store.now(), memberIds: [], properties: {} };
    ctx.store.organizations.set(org.id, org);
    return created(orgDto(ctx, org));
  },
  'GET /rest/servicedeskapi/organization/{organizationId}': (ctx) => ok(orgDto(ctx, orgOr404(ctx))),
  'GET /rest/servicedeskapi/organization/{organizationId}/user': (ctx) => {
    const org = orgOr404(ctx);
    const members = [...org.memberIds].sort().flatMap((id) => {
      const user = ctx.store.users.get(id);
      return user ? [userDto(ctx.site, user)] : [];
    });
    return ok(paged(ctx.site, `/rest/servicedeskapi/organization/${org.id}/user`, ctx.query, members, pageRequest(ctx.query, ctx.pageCap)));
  },
  'POST /rest/servicedeskapi/organization/{organizationId}/user': (ctx) => {
    const org = orgOr404(ctx);
    mayManage(ctx);
    addAccounts(ctx, org.memberIds, body<{ accountIds: string[] }>(ctx).accountIds);
    return noContent();
  },
  'DELETE /rest/servicedeskapi/organization/{organizationId}/user': (ctx) => {
    const org = orgOr404(ctx);
    mayManage(ctx);
    const leaving = new Set(body<{ accountIds?: string[] }>(ctx).accountIds ?? []);
    org.memberIds = org.memberIds.filter((id) => !leaving.has(id));
    return noContent();
  },
  'GET /rest/servicedeskapi/servicedesk/{serviceDeskId}/organization': (ctx) => {
    const desk = deskOr404(ctx);
    const orgs = desk.organizationIds.flatMap((id) => {
      const org = ctx.store.organizations.get(id);
      return org ? [org] : [];
    });
    return ok(listed(ctx, orgs, `/rest/servicedeskapi/servicedesk/${desk.id}/organization`));
  },
  'POST /rest/servicedeskapi/servicedesk/{serviceDeskId}/organization': (ctx) => {
    const desk = deskOr404(ctx);
    const id = String(body<{ organizationId: number }>(ctx).organizationId ?? '');
    if (!ctx.store.organizations.has(id)) throw new SimError(404, 'The organization does not exist.', { i18nKey: 'sd.admin.organization.not.found' });
    if (!desk.organizationIds.includes(id)) desk.organizationIds.push(id);
    return noContent();
  },
  'GET /rest/servicedeskapi/organization/{organizationId}/property': (ctx) => {
    const org = orgOr404(ctx);
    const keys = Object.keys(org.properties).map((key) => ({ key, self: `${ctx.site}/rest/servicedeskapi/organization/${org.id}/property/${encodeURIComponent(key)}` }));
    return ok({ keys });
  },
  'GET /rest/servicedeskapi/organization/{organizationId}/property/{propertyKey}': (ctx) => {
    const org = orgOr404(ctx);
    const key = ctx.params.propertyKey ?? '';
    if (!(key in org.properties)) throw new SimError(404, `The property with key '${key}' does not exist.`, { i18nKey: 'sd.property.not.found' });
    return ok({ key, value: org.properties[key] });
  },
  'PUT /rest/servicedeskapi/organization/{organizationId}/property/{propertyKey}': (ctx) => {
    const org = orgOr404(ctx);
    const key = ctx.params.propertyKey ?? '';
    if (Buffer.byteLength(key) > MAX_PROPERTY_KEY_BYTES) throw new SimError(400, 'The property key cannot be longer than 255 bytes.', { i18nKey: 'sd.property.key.too.long' });
    if (ctx.rawBody.length === 0 || ctx.json === undefined) throw new SimError(400, 'The property value must be valid JSON.', { i18nKey: 'sd.property.value.invalid' });
    if (ctx.rawBody.toString('utf8').length > MAX_PROPERTY_CHARS) throw new SimError(400, 'The property value is too long.', { i18nKey: 'sd.property.value.too.long' });
    const existed = key in org.properties;
    org.properties[key] = ctx.json;
    return { status: existed ? 200 : 201 };
  },
  'DELETE /rest/servicedeskapi/organization/{organizationId}/property/{propertyKey}': (ctx) => {
    const org = orgOr404(ctx);
    const key = ctx.params.propertyKey ?? '';
    if (!(key in org.properties)) throw new SimError(404, `The property with key '${key}' does not exist.`, { i18nKey: 'sd.property.not.found' });
    delete org.properties[key];
    return noContent();
  },
};
