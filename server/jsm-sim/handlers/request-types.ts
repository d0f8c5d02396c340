import { ok, SimError, type Ctx, type Routes } from '../http/context.js';
import { paged, pageRequest } from '../render/paging.js';
import type { Desk, DeskField, RequestType } from '../state/desk.js';
import { deskOr404 } from './desks.js';

export function requestTypeDto(ctx: Ctx, desk: Desk, rt: RequestType): Record<string, unknown> {
  const self = `${ctx.site}/rest/servicedeskapi/servicedesk/${desk.id}/requesttype/${rt.id}`;
  return {
    id: rt.id,
    _links: { self },
    name: rt.name[ctx.lang],
    description: rt.description[ctx.lang],
    helpText: rt.helpText[ctx.lang],
    issueTypeId: rt.issueTypeId,
    serviceDeskId: desk.id,
    portalId: desk.id,
    groupIds: rt.groupIds,
    icon: { id: '10500', _links: { iconUrls: { '48x48': `${ctx.site}/secure/viewavatar?avatarType=SD_REQTYPE&size=large&avatarId=10500` } } },
  };
}

const JIRA_SCHEMA: Record<DeskField['kind'], Record<string, unknown>> = {
  summary: { type: 'string', system: 'summary' },
  description: { type: 'string', system: 'description' },
  text: { type: 'string', custom: 'com.atlassian.jira.plugin.system.customfieldtypes:textfield' },
  textarea: { type: 'string', custom: 'com.atlassian.jira.plugin.system.customfieldtypes:textarea' },
  option: { type: 'option', custom: 'com.atlassian.jira.plugin.system.customfieldtypes:select' },
  checkboxes: { type: 'array', items: 'option', custom: 'com.atlassian.jira.plugin.system.customfieldtypes:multicheckboxes' },
  number: { type: 'number', custom: 'com.atlassian.jira.plugin.system.customfieldtypes:float' },
  date: { type: 'date', custom: 'com.atlassian.jira.plugin.system.customfieldtypes:datepicker' },
  datetime: { type: 'datetime', custom: 'com.atlassian.jira.plugin.system.customfieldtypes:datetime' },
  user: { type: 'user', custom: 'com.atlassian.jira.plugin.system.customfieldtypes:userpicker' },
  organizations: { type: 'array', items: 'sd-customerorganization', custom: 'com.atlassian.servicedesk:sd-customer-organizations' },
  attachment: { type: 'array', items: 'attachment', system: 'attachment' },
};

export function jiraSchema(field: DeskField): Record<string, unknown> {
  const schema: Record<string, unknown> = field.radio
    ? { type: 'string', custom: 'com.atlassian.jira.plugin.system.customfieldtypes:radiobuttons' }
    : { ...JIRA_SCHEMA[field.kind] };
  if (schema.custom !== undefined) schema.customId = Number(field.fieldId.replace('customfield_', ''));
  return schema;
}

function fieldDto(ctx: Ctx, field: DeskField): Record<string, unknown> {
  return {
    fieldId: field.fieldId,
    name: field.name[ctx.lang],
    description: field.description[ctx.lang],
    required: field.required,
    visible: field.visible,
    validValues: (field.options ?? []).map((o) => ({ value: o.id, label: o.label[ctx.lang], children: [] })),
    defaultValues: [],
    presetValues: field.presetValues ?? [],
    jiraSchema: jiraSchema(field),
  };
}

function requestTypeOr404(ctx: Ctx, desk: Desk): RequestType {
  const rt = desk.requestTypes.find((r) => r.id === ctx.params.requestTypeId);
  if (!rt) throw new SimError(404, 'The request type does not exist or you do not have permission to see it.', { i18nKey: 'sd.request.type.not.found' });
  return rt;
}

function matchesSearch(ctx: Ctx, rt: RequestType, search: string): boolean {
  const needle = search.toLowerCase();
  return rt.name[ctx.lang].toLowerCase().includes(needle) || rt.description[ctx.lang].toLowerCase().includes(needle);
}

export const requestTypeRoutes: Routes = {
  'GET /rest/servicedeskapi/servicedesk/{serviceDeskId}/requesttype': (ctx) => {
    const desk = deskOr404(ctx);
    const search = ctx.query.get('searchQuery');
    const groupId = ctx.query.get('groupId');
    const types = desk.requestTypes
      .filter((rt) => groupId === null || rt.groupIds.includes(groupId))
      // Hidden types (in no group) drop out only when a search is made (FACTS §1).
      .filter((rt) => search === null || (rt.groupIds.length > 0 && matchesSearch(ctx, rt, search)));
    const path = `/rest/servicedeskapi/servicedesk/${desk.id}/requesttype`;
    return ok(paged(ctx.site, path, ctx.query, types.map((rt) => requestTypeDto(ctx, desk, rt)), pageRequest(ctx.query, ctx.pageCap)));
  },
  'GET /rest/servicedeskapi/requesttype': (ctx) => {
    const wanted = ctx.query.getAll('serviceDeskId').flatMap((v) => v.split(','));
    const search = ctx.query.get('searchQuery');
    const all = ctx.store.desks
      .filter((d) => wanted.length === 0 || wanted.includes(d.id))
      .flatMap((d) => d.requestTypes.filter((rt) => search === null || (rt.groupIds.length > 0 && matchesSearch(ctx, rt, search))).map((rt) => requestTypeDto(ctx, d, rt)));
    return ok(paged(ctx.site, '/rest/servicedeskapi/requesttype', ctx.query, all, pageRequest(ctx.query, ctx.pageCap)));
  },
  'GET /rest/servicedeskapi/servicedesk/{serviceDeskId}/requesttype/{requestTypeId}': (ctx) => {
    const desk = deskOr404(ctx);
    return ok(requestTypeDto(ctx, desk, requestTypeOr404(ctx, desk)));
  },
  'GET /rest/servicedeskapi/servicedesk/{serviceDeskId}/requesttype/{requestTypeId}/field': (ctx) => {
    const desk = deskOr404(ctx);
    const rt = requestTypeOr404(ctx, desk);
    // Hidden fields are listed only with expand=hiddenFields, and only to desk admins (FACTS §1).
    const showHidden = ctx.query.getAll('expand').join(',').split(',').includes('hiddenFields') && ctx.store.permissions.serviceDeskAdmin;
    return ok({
      canRaiseOnBehalfOf: true,
      canAddRequestParticipants: true,
      requestTypeFields: rt.fields.filter((f) => f.visible || showHidden).map((f) => fieldDto(ctx, f)),
    });
  },
  'GET /rest/servicedeskapi/servicedesk/{serviceDeskId}/requesttypegroup': (ctx) => {
    const desk = deskOr404(ctx);
    const groups = desk.groups.map((g) => ({ id: g.id, name: g.name[ctx.lang] }));
    return ok(paged(ctx.site, `/rest/servicedeskapi/servicedesk/${desk.id}/requesttypegroup`, ctx.query, groups, pageRequest(ctx.query, ctx.pageCap)));
  },
};
