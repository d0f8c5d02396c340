import type { ActivityItem, AgentRequestDetail, AgentRequestList, Problem, StatusId } from '../../src/api/contract';

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

export function getRequest(key: string): Promise<AgentRequestDetail> {
  return call<AgentRequestDetail>(`requests/${encodeURIComponent(key)}`);
}

export function reply(key: string, body: string, author: string): Promise<ActivityItem> {
  return call<ActivityItem>(`requests/${encodeURIComponent(key)}/comments`, { method: 'POST', body: JSON.stringify({ body, ...(author ? { author } : {}) }) });
}

export function setStatus(key: string, status: StatusId, author: string): Promise<AgentRequestDetail> {
  return call<AgentRequestDetail>(`requests/${encodeURIComponent(key)}/status`, { method: 'POST', body: JSON.stringify({ status, ...(author ? { author } : {}) }) });
}
