import type { Ctx } from '../http/context.js';
import type { Desk, DeskField } from '../state/desk.js';
import type { SimIssue } from '../types.js';
import { dateDto } from './dates.js';
import { currentStatus } from './status.js';
import { userDto } from './users.js';

function fieldValue(ctx: Ctx, issue: SimIssue, field: DeskField): { value: unknown; renderedValue?: unknown } | undefined {
  if (field.kind === 'summary') return { value: issue.summary };
  if (field.kind === 'description') return issue.description === '' ? undefined : { value: issue.description, renderedValue: { html: `<p>${escapeHtml(issue.description)}</p>` } };
  const stored = issue.customFields[field.fieldId];
  if (stored === undefined) return undefined;
  const option = (id: string) => {
    const found = field.options?.find((o) => o.id === id);
    return found && { self: `${ctx.site}/rest/api/2/customFieldOption/${found.id}`, value: found.label[ctx.lang], id: found.id };
  };
  if (field.kind === 'option') {
    const value = option(String(stored));
    return value && { value };
  }
  if (Array.isArray(stored)) return { value: stored.flatMap((id) => option(id) ?? []) };
  return { value: stored };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\n/g, '<br/>');
}

/** CustomerRequestDTO without expansions; hidden fields are left out of requestFieldValues (FACTS §3). */
export function requestDto(ctx: Ctx, desk: Desk, issue: SimIssue): Record<string, unknown> {
  const rt = desk.requestTypes.find((r) => r.id === issue.requestTypeId);
  const reporter = ctx.store.users.get(issue.reporterId);
  const requestFieldValues = (rt?.fields ?? [])
    .filter((f) => f.visible && f.kind !== 'attachment')
    .flatMap((f) => {
      const value = fieldValue(ctx, issue, f);
      return value ? [{ fieldId: f.fieldId, label: f.name[ctx.lang], ...value }] : [];
    });
  return {
    _expands: ['participant', 'status', 'sla', 'requestType', 'serviceDesk', 'attachment', 'action', 'comment'],
    issueId: issue.id,
    issueKey: issue.key,
    requestTypeId: issue.requestTypeId,
    serviceDeskId: desk.id,
    createdDate: dateDto(issue.created),
    reporter: reporter ? userDto(ctx.site, reporter) : { accountId: issue.reporterId },
    requestFieldValues,
    currentStatus: currentStatus(issue, ctx.lang),
    _links: {
      web: `${ctx.site}/servicedesk/customer/portal/${desk.id}/${issue.key}`,
      agent: `${ctx.site}/browse/${issue.key}`,
      jiraRest: `${ctx.site}/rest/api/2/issue/${issue.id}`,
      self: `${ctx.site}/rest/servicedeskapi/request/${issue.id}`,
    },
  };
}
