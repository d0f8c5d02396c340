import { CATEGORIES, statusById } from '../state/workflow.js';
import type { Lang, SimIssue } from '../types.js';
import { dateDto } from './dates.js';

export function platformStatus(site: string, statusId: string): Record<string, unknown> {
  const status = statusById(statusId);
  const category = CATEGORIES[status.category];
  return {
    self: `${site}/rest/api/3/status/${status.id}`,
    description: '',
    iconUrl: `${site}/images/icons/statuses/generic.png`,
    name: status.name.en,
    id: status.id,
    statusCategory: { self: `${site}/rest/api/3/statuscategory/${category.id}`, ...category },
  };
}

/** servicedeskapi CustomerRequestStatusDTO. */
export function requestStatus(statusId: string, at: number, lang: Lang): Record<string, unknown> {
  const status = statusById(statusId);
  return { status: status.name[lang], statusCategory: status.category.toUpperCase(), statusDate: dateDto(at) };
}

export function currentStatus(issue: SimIssue, lang: Lang): Record<string, unknown> {
  const last = issue.statusHistory[issue.statusHistory.length - 1];
  return requestStatus(issue.statusId, last?.at ?? issue.created, lang);
}
