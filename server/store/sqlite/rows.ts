import type {
  ActivityItem,
  ActivityType,
  AgentRequestSummary,
  AttachmentRef,
  Locale,
  RequestSummary,
  StatusId,
} from '../../../src/api/contract.js';
import { localizeStatus } from '../../domain/statuses.js';
import type { RequestTypeCatalog } from './request-types.js';

export const KEY_PREFIX = 'MED-';

/** Columns every request listing selects; `r` is requests, `u` the creator, `o` the organisation. */
export const SUMMARY_COLUMNS = `r.id, r.org_id, o.name AS org_name, r.request_type_id, r.created_by, u.name AS creator_name,
  u.email AS creator_email, r.summary, r.status, r.created_at, r.updated_at, r.last_agent_activity_at`;

export interface SummaryRow {
  id: number;
  org_id: string | null;
  org_name: string | null;
  request_type_id: string;
  created_by: string;
  creator_name: string;
  creator_email: string;
  summary: string;
  status: StatusId;
  created_at: number;
  updated_at: number;
  last_agent_activity_at: number | null;
}

export interface ActivityRow {
  id: number;
  type: ActivityType;
  at: number;
  author_name: string;
  is_agent: number;
  body: string | null;
  status: StatusId | null;
}

export interface AttachmentRow {
  id: string;
  activity_id: number;
  name: string;
  size: number;
  content_type: string;
}

export function requestKey(id: number): string {
  return `${KEY_PREFIX}${id}`;
}

/** The numeric id behind a key like `MED-42`, or null for anything that is not a request key. */
export function parseRequestKey(key: string): number | null {
  const match = /^MED-([1-9]\d{0,14})$/i.exec(key);
  return match ? Number(match[1]) : null;
}

const iso = (ms: number) => new Date(ms).toISOString();

export function toSummary(row: SummaryRow, catalog: RequestTypeCatalog, locale: Locale): RequestSummary {
  const type = catalog.find(row.request_type_id, locale);
  return {
    key: requestKey(row.id),
    summary: row.summary,
    requestType: type ? { id: type.id, key: type.key, name: type.name } : { id: row.request_type_id, key: row.request_type_id, name: row.request_type_id },
    status: localizeStatus(row.status, locale),
    createdBy: { id: row.created_by, name: row.creator_name },
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    lastAgentActivityAt: row.last_agent_activity_at === null ? null : iso(row.last_agent_activity_at),
  };
}

export function agentInfo(row: SummaryRow): Pick<AgentRequestSummary, 'organization' | 'requester'> {
  return {
    organization: row.org_id === null ? null : { id: row.org_id, name: row.org_name ?? row.org_id },
    requester: { id: row.created_by, name: row.creator_name, email: row.creator_email },
  };
}

export function toAttachmentRef(row: AttachmentRow): AttachmentRef {
  return { id: row.id, name: row.name, size: row.size, contentType: row.content_type, url: `/attachments/${row.id}` };
}

export function toActivityItem(row: ActivityRow, locale: Locale, attachments: AttachmentRef[]): ActivityItem {
  const item: ActivityItem = {
    id: String(row.id),
    type: row.type,
    at: iso(row.at),
    author: { name: row.author_name, isAgent: row.is_agent === 1 },
  };
  if (row.body !== null) item.body = row.body;
  if (row.status !== null) item.status = localizeStatus(row.status, locale);
  if (attachments.length > 0) item.attachments = attachments;
  return item;
}
