import { LIMITS, type RequestOwnership, type RequestSort, type StatusFilter } from '../../../src/api/contract.js';
import type { RequestFilters } from '../../store/portal-store.js';
import { problems } from '../problem.js';
import { Checks } from './checks.js';

function oneOf<T extends string>(checks: Checks, query: Record<string, string>, name: string, allowed: readonly T[], fallback: T): T {
  const value = query[name];
  if (value === undefined || value === '') return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  checks.fail(name, `must be one of: ${allowed.join(', ')}`);
  return fallback;
}

function limit(checks: Checks, raw: string | undefined): number {
  if (raw === undefined || raw === '') return LIMITS.listDefaultLimit;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    checks.fail('limit', `must be an integer from 1 to ${LIMITS.listMaxLimit}`);
    return LIMITS.listDefaultLimit;
  }
  return Math.min(value, LIMITS.listMaxLimit);
}

function optional(checks: Checks, query: Record<string, string>, name: string, max: number): string | undefined {
  const value = query[name]?.trim();
  if (!value) return undefined;
  if (value.length > max) checks.fail(name, `must be at most ${max} characters`);
  return value;
}

export interface ParsedListQuery extends RequestFilters {
  ownership: RequestOwnership;
  organization?: string;
}

/** Parses the list query; `defaultStatus` differs between the widget (open) and the support console (all). */
export function parseListQuery(query: Record<string, string>, defaultStatus: StatusFilter = 'open'): ParsedListQuery {
  const checks = new Checks();
  const parsed: ParsedListQuery = {
    ownership: oneOf(checks, query, 'ownership', ['mine', 'organization'] as const, 'mine'),
    status: oneOf(checks, query, 'status', ['open', 'closed', 'all'] as const, defaultStatus),
    sort: oneOf<RequestSort>(checks, query, 'sort', ['updated', 'created'] as const, 'updated'),
    limit: limit(checks, query.limit),
  };
  const requestType = optional(checks, query, 'requestType', 100);
  const createdBy = optional(checks, query, 'createdBy', 200);
  const q = optional(checks, query, 'q', 200);
  const cursor = optional(checks, query, 'cursor', 2000);
  const organization = optional(checks, query, 'organization', 200);
  if (requestType !== undefined) parsed.requestTypeId = requestType;
  if (createdBy !== undefined) parsed.createdBy = createdBy;
  if (q !== undefined) parsed.q = q;
  if (cursor !== undefined) parsed.cursor = cursor;
  if (organization !== undefined) parsed.organization = organization;
  if (!checks.ok) throw problems.validation(checks.errors);
  return parsed;
}
