import type { ActivityItem, AgentRequestDetail, AgentRequestList, Problem, StatusId } from '../../src/api/contract';

/** An activity entry as the console gets it: on JSM an agent also sees the internal notes, which the customer never does. */
export interface ConsoleActivityItem extends ActivityItem {
  internal?: boolean;
}

export interface ConsoleRequestDetail extends AgentRequestDetail {
  activity: ConsoleActivityItem[];
}

/** What the backend behind the console can do; answered by the demo server itself (`/demo/agent/features`). */
export interface ConsoleFeatures {
  /** JSM has internal notes; the portal's agent API (SQLite) has only public replies. */
  internalNotes: boolean;
}

/** A failed console call, with the portal's problem title and detail when it sent one. */
export class ConsoleError extends Error {}

/**
 * The console talks to /demo/agent/…, which the demo server forwards to the portal's agent API with the agent key
 * added; the key never reaches this page.
 */
async function call<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(`/demo/agent/${path}`, {
    ...init,
    // Status and request-type names come localised; the console is German.
    headers: { 'accept-language': 'de', ...(init?.body ? { 'content-type': 'application/json' } : {}) },
  });
  if (!response.ok) {
    const problem = (await response.json().catch(() => null)) as Partial<Problem> | null;
    const detail = problem?.errors?.map((e) => `${e.field}: ${e.message}`).join(', ') || problem?.detail;
    throw new ConsoleError(`${problem?.title ?? `HTTP ${response.status}`}${detail ? ` – ${detail}` : ''}`);
  }
  return (await response.json()) as T;
}

export interface ListFilter {
  status: 'all' | 'open' | 'closed';
  organization: string;
  cursor?: string | null;
}

export function listRequests(filter: ListFilter): Promise<AgentRequestList> {
  const query = new URLSearchParams({ status: filter.status, sort: 'updated', limit: '50' });
  if (filter.organization) query.set('organization', filter.organization);
  if (filter.cursor) query.set('cursor', filter.cursor);
  return call<AgentRequestList>(`requests?${query}`);
}

export function getFeatures(): Promise<ConsoleFeatures> {
  return call<ConsoleFeatures>('features');
}

export function getRequest(key: string): Promise<ConsoleRequestDetail> {
  return call<ConsoleRequestDetail>(`requests/${encodeURIComponent(key)}`);
}

/** `internal` is only sent when set, so the portal's agent API (which knows no such field) gets what it always got. */
export function reply(key: string, body: string, author: string, internal: boolean): Promise<ConsoleActivityItem> {
  return call<ConsoleActivityItem>(`requests/${encodeURIComponent(key)}/comments`, {
    method: 'POST',
    body: JSON.stringify({ body, ...(author ? { author } : {}), ...(internal ? { internal: true } : {}) }),
  });
}

export function setStatus(key: string, status: StatusId, author: string): Promise<AgentRequestDetail> {
  return call<AgentRequestDetail>(`requests/${encodeURIComponent(key)}/status`, { method: 'POST', body: JSON.stringify({ status, ...(author ? { author } : {}) }) });
}
