import type { Desk, DeskField } from '../state/desk.js';
import { ORGANIZATIONS_FIELD_ID, PARTICIPANTS_FIELD_ID, REQUEST_TYPE_FIELD_ID } from '../state/desk.js';
import type { Store } from '../state/store.js';
import type { CustomValue, SimIssue } from '../types.js';
import { textToAdf } from './adf.js';
import { platformAttachment } from './attachments.js';
import { platformCommentPage } from './comments.js';
import { jiraDateTime } from './dates.js';
import { currentStatus, platformStatus } from './status.js';
import { platformUser } from './users.js';

const SYSTEM_FIELDS = ['summary', 'description', 'status', 'reporter', 'creator', 'created', 'updated', 'project', 'issuetype', 'comment', 'attachment'];
const NOT_NAVIGABLE = new Set(['comment']);

export function allFieldIds(desk: Desk): string[] {
  const custom = new Set(desk.requestTypes.flatMap((rt) => rt.fields.filter((f) => f.fieldId.startsWith('customfield_')).map((f) => f.fieldId)));
  return [...SYSTEM_FIELDS, PARTICIPANTS_FIELD_ID, ORGANIZATIONS_FIELD_ID, REQUEST_TYPE_FIELD_ID, ...custom];
}

/** Resolves Jira's `fields` list (`*all`, `*navigable`, `-x`, explicit ids); `id` and `key` are not fields. */
export function selectFields(tokens: string[], desk: Desk): Set<string> {
  const all = allFieldIds(desk);
  const chosen = new Set<string>();
  for (const token of tokens) {
    if (token === '*all') all.forEach((f) => chosen.add(f));
    else if (token === '*navigable') all.filter((f) => !NOT_NAVIGABLE.has(f)).forEach((f) => chosen.add(f));
  }
  for (const token of tokens) {
    if (token.startsWith('-')) chosen.delete(token.slice(1));
    else if (!token.startsWith('*') && token !== 'id' && token !== 'key' && all.includes(token)) chosen.add(token);
  }
  return chosen;
}

function deskField(desk: Desk, issue: SimIssue, fieldId: string): DeskField | undefined {
  return desk.requestTypes.find((rt) => rt.id === issue.requestTypeId)?.fields.find((f) => f.fieldId === fieldId)
    ?? desk.requestTypes.flatMap((rt) => rt.fields).find((f) => f.fieldId === fieldId);
}

export function organizationValue(store: Store, site: string, ids: string[]): Record<string, unknown>[] {
  return ids.flatMap((id) => {
    const org = store.organizations.get(id);
    return org ? [{ id: org.id, name: org.name, _links: { self: `${site}/rest/servicedeskapi/organization/${org.id}` } }] : [];
  });
}

export function requestTypeValue(site: string, desk: Desk, issue: SimIssue): Record<string, unknown> {
  const rt = desk.requestTypes.find((r) => r.id === issue.requestTypeId);
  return {
    _links: {
      jiraRest: `${site}/rest/api/2/issue/${issue.id}`,
      web: `${site}/servicedesk/customer/portal/${desk.id}/${issue.key}`,
      agent: `${site}/browse/${issue.key}`,
      self: `${site}/rest/servicedeskapi/request/${issue.id}`,
    },
    requestType: rt && {
      _links: { self: `${site}/rest/servicedeskapi/servicedesk/${desk.id}/requesttype/${rt.id}` },
      id: rt.id,
      name: rt.name.en,
      description: rt.description.en,
      helpText: rt.helpText.en,
      issueTypeId: rt.issueTypeId,
      serviceDeskId: desk.id,
      portalId: desk.id,
      groupIds: rt.groupIds,
    },
    currentStatus: currentStatus(issue, 'en'),
  };
}

function customValue(site: string, field: DeskField | undefined, value: CustomValue | undefined): unknown {
  if (value === undefined) return null;
  if (Array.isArray(value)) return value.map((id) => customValue(site, field, id));
  if (field?.kind === 'option' || field?.kind === 'checkboxes') {
    const option = field.options?.find((o) => o.id === value);
    return option ? { self: `${site}/rest/api/3/customFieldOption/${option.id}`, value: option.value, id: option.id } : null;
  }
  return value;
}

function fieldValue(store: Store, site: string, desk: Desk, issue: SimIssue, id: string): unknown {
  const user = (accountId: string): unknown => {
    const u = store.users.get(accountId);
    return u ? platformUser(site, u) : null;
  };
  switch (id) {
    case 'summary': return issue.summary;
    case 'description': return issue.description === '' ? null : textToAdf(issue.description);
    case 'status': return platformStatus(site, issue.statusId);
    case 'reporter': return user(issue.reporterId);
    case 'creator': return user(issue.creatorId);
    case 'created': return jiraDateTime(issue.created);
    case 'updated': return jiraDateTime(issue.updated);
    case 'project': return { self: `${site}/rest/api/3/project/${desk.projectId}`, id: desk.projectId, key: desk.projectKey, name: desk.projectName, projectTypeKey: 'service_desk' };
    case 'issuetype': {
      const rt = desk.requestTypes.find((r) => r.id === issue.requestTypeId);
      return { self: `${site}/rest/api/3/issuetype/${rt?.issueTypeId ?? '10005'}`, id: rt?.issueTypeId ?? '10005', name: rt?.issueTypeId === '10004' ? 'Problem' : 'Service Request', subtask: false };
    }
    case 'comment': return platformCommentPage(store, site, issue.id, issue.comments);
    case 'attachment': return issue.attachmentIds.flatMap((a) => {
      const attachment = store.attachments.get(a);
      return attachment ? [platformAttachment(store, site, attachment)] : [];
    });
    case PARTICIPANTS_FIELD_ID: return issue.participantIds.map(user);
    case ORGANIZATIONS_FIELD_ID: return organizationValue(store, site, issue.organizationIds);
    case REQUEST_TYPE_FIELD_ID: return issue.requestTypeId === '' ? null : requestTypeValue(site, desk, issue);
    default: return customValue(site, deskField(desk, issue, id), issue.customFields[id]);
  }
}

export function renderIssue(store: Store, site: string, issue: SimIssue, fields: Set<string>): Record<string, unknown> {
  const desk = store.deskById(issue.serviceDeskId);
  const rendered: Record<string, unknown> = {};
  if (desk) for (const id of fields) rendered[id] = fieldValue(store, site, desk, issue, id);
  return { expand: 'renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations', id: issue.id, self: `${site}/rest/api/3/issue/${issue.id}`, key: issue.key, fields: rendered };
}
