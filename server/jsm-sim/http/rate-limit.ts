import type { Fault } from '../types.js';

type StatusFault = Extract<Fault, { kind: 'status' }>;

/** Header set from developer.atlassian.com/cloud/jira/platform/rate-limiting (FACTS §10). */
export function rateLimitHeaders(fault: StatusFault, now: number): Record<string, string> {
  const headers: Record<string, string> = {};
  if (fault.retryAfter !== undefined) headers['Retry-After'] = String(fault.retryAfter);
  if (fault.status !== 429) return headers;
  const retryAfter = fault.retryAfter ?? 1;
  headers['Retry-After'] = String(retryAfter);
  const reset = new Date(now + retryAfter * 1000).toISOString().slice(0, 16) + 'Z';
  return { ...headers, 'X-RateLimit-Limit': '100', 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': reset, 'X-RateLimit-NearLimit': 'true', 'RateLimit-Reason': 'jira-burst-based' };
}
