import type {
  ActivityItem,
  ActivityType,
  AgentRequestSummary,
  AttachmentRef,
  Locale,
  Person,
  RequestSummary,
  RequestType,
  StatusId,
} from '../../../src/api/contract.js';
import { isoTime as iso } from '../../domain/iso-time.js';
import { localizeStatus } from '../../domain/statuses.js';
import type { RequestTypeCatalog } from './request-types.js';

export const KEY_PREFIX = 'MED-';

/** Columns of one request with its creator and organisation; `r` is requests, `u` the creator, `o` the organisation. */
export const SUMMARY_COLUMNS = `r.id, r.org_id, o.name AS org_name, r.request_type_id, r.created_by, u.name AS creator_name,
  u.email AS creator_email, r.summary, r.status, r.created_at, r.updated_at, r.last_agent_activity_at`;

/**
 * Lists read rows as arrays (better-sqlite3's raw mode), which costs far less than building objects per row;
 * `listRow` reads them in the order below. A user's own list knows its creator, so it reads neither the creator's
 * columns nor the users table; only the support console's lists read the practice and the e-mail.
 */
export const LIST_COLUMNS = 'r.id, r.request_type_id, r.summary, r.status, r.created_at, r.updated_at, r.last_agent_activity_at';
export const CREATOR_COLUMNS = 'r.created_by, u.name';
export const AGENT_COLUMNS = 'r.org_id, o.name, u.email';

/** `creator` when the list holds one user's requests only; `agent` when it was read with {@link AGENT_COLUMNS}. */
export function listRow(values: unknown[], creator: Person | undefined, agent: boolean): SummaryRow {
  const creatorAt = 7;
  const agentAt = creator ? creatorAt : creatorAt + 2;
  return {
    id: values[0] as number,
    request_type_id: values[1] as string,
    summary: values[2] as string,
    status: values[3] as StatusId,
    created_at: values[4] as number,
    updated_at: values[5] as number,
    last_agent_activity_at: values[6] as number | null,
    created_by: creator ? creator.id : (values[creatorAt] as string),
    creator_name: creator ? creator.name : (values[creatorAt + 1] as string),
    org_id: agent ? (values[agentAt] as string | null) : null,
    org_name: agent ? (values[agentAt + 1] as string | null) : null,
    creator_email: agent ? (values[agentAt + 2] as string) : '',
  };
}

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

const typeJson = new WeakMap<RequestType, string>();
const statusJson = new Map<string, string>();

/**
 * Writes list items as `JSON.stringify(toSummary(row, catalog, locale))` would, directly. Lists are sent as JSON
 * text, and building the item objects and serialising them generically was a fifth of a list request's CPU. The
 * parts that repeat from row to row (request type, status, and the creator, who is the same in a user's own list)
 * are kept as text; a property test holds this to `toSummary`.
 */
export function summaryWriter(catalog: RequestTypeCatalog, locale: Locale): (row: SummaryRow) => string {
  let creatorId: string | undefined;
  let creatorName: string | undefined;
  let creatorJson = '';
  return (row) => {
    const type = catalog.find(row.request_type_id, locale);
    let typeText = type ? typeJson.get(type) : undefined;
    if (typeText === undefined) {
      typeText = JSON.stringify(toSummary(row, catalog, locale).requestType);
      if (type) typeJson.set(type, typeText);
    }
    const statusKey = `${locale}:${row.status}`;
    let statusText = statusJson.get(statusKey);
    if (statusText === undefined) {
      statusText = JSON.stringify(localizeStatus(row.status, locale));
      statusJson.set(statusKey, statusText);
    }
    if (row.created_by !== creatorId || row.creator_name !== creatorName) {
      creatorId = row.created_by;
      creatorName = row.creator_name;
      creatorJson = JSON.stringify({ id: creatorId, name: creatorName });
    }
    const agentActivity = row.last_agent_activity_at === null ? 'null' : `"${iso(row.last_agent_activity_at)}"`;
    return `{"key":"${requestKey(row.id)}","summary":${JSON.stringify(row.summary)},"requestType":${typeText},`
      + `"status":${statusText},"createdBy":${creatorJson},`
      + `"createdAt":"${iso(row.created_at)}","updatedAt":"${iso(row.updated_at)}","lastAgentActivityAt":${agentActivity}}`;
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
