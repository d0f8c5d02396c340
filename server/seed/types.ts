import type { Locale, RequestContext, StatusId } from '../../src/api/contract.js';

export interface SeedOrganization {
  id: string;
  name: string;
}

export interface SeedUser {
  id: string;
  orgId: string;
  email: string;
  name: string;
  locale: Locale;
}

/** Something that happens to a seeded request, `hoursAfter` its creation. */
export type SeedEvent =
  | { hoursAfter: number; kind: 'agent_comment'; author: string; body: string }
  | { hoursAfter: number; kind: 'customer_comment'; userId: string; body: string }
  | { hoursAfter: number; kind: 'status'; status: StatusId; author: string };

export interface SeedRequest {
  requestTypeKey: string;
  createdBy: string;
  daysAgo: number;
  fields: Record<string, string>;
  context?: RequestContext;
  events: SeedEvent[];
}

export interface SeedData {
  organizations: SeedOrganization[];
  users: SeedUser[];
  requests: SeedRequest[];
}
