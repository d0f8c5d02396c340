// Public types of the simulator handle; the in-memory model uses the same shapes so a seed can be loaded as-is.

import type { DeskField, RequestType } from './state/desk.js';

export type SimRequestType = RequestType;
export type SimRequestTypeField = DeskField;

export type Lang = 'de' | 'en';
export type Localized = Record<Lang, string>;
/** A custom field's stored value: text, a number, an option id, or a checkbox field's option ids. */
export type CustomValue = string | number | string[];

export interface Permissions {
  jiraAdmin: boolean;
  browseUsers: boolean;
  serviceDeskAdmin: boolean;
}

export interface SimUser {
  accountId: string;
  displayName: string;
  emailAddress: string | null;
  accountType: 'atlassian' | 'customer' | 'app';
  active: boolean;
  timeZone: string;
  locale: string;
  isAgent: boolean;
}

export interface SimOrganization {
  id: string;
  name: string;
  created: number;
  memberIds: string[];
  properties: Record<string, unknown>;
}

export interface SimComment {
  id: string;
  /** Plain text / wiki markup, the servicedeskapi form. */
  body: string;
  /** Kept when the comment arrived as ADF through the platform API, so it reads back unchanged. */
  adf?: unknown;
  internal: boolean;
  authorId: string;
  created: number;
  updated: number;
  attachmentIds: string[];
}

export interface SimAttachment {
  id: string;
  issueKey: string;
  commentId?: string;
  filename: string;
  mimeType: string;
  data: Uint8Array;
  authorId: string;
  created: number;
}

export interface SimStatusChange {
  statusId: string;
  at: number;
}

export interface SimIssue {
  id: string;
  key: string;
  serviceDeskId: string;
  requestTypeId: string;
  summary: string;
  description: string;
  reporterId: string;
  creatorId: string;
  participantIds: string[];
  organizationIds: string[];
  /** Request-type custom fields: option id, text, number or `YYYY-MM-DD`. */
  customFields: Record<string, CustomValue>;
  statusId: string;
  statusHistory: SimStatusChange[];
  created: number;
  updated: number;
  comments: SimComment[];
  attachmentIds: string[];
  properties: Record<string, unknown>;
}

export interface RecordedCall {
  method: string;
  path: string;
  query: string;
  /** 0 when the simulator destroyed the connection instead of answering. */
  status: number;
  at: number;
}

export interface FaultMatch {
  method?: string;
  path?: RegExp;
}

export type Fault =
  | { kind: 'latency'; ms: number; times?: number; match?: FaultMatch }
  | { kind: 'status'; status: 400 | 403 | 429 | 500 | 502 | 503; times: number; retryAfter?: number; match?: FaultMatch }
  | { kind: 'drop-after-commit'; times: number; match?: FaultMatch }
  | { kind: 'garbage'; times: number; match?: FaultMatch }
  /**
   * A `/search/jql` page asked for with a token that holds no issues yet names a next page: the same one again. FACTS
   * §4 only says a page may hold fewer issues than asked for; nothing says it holds any.
   */
  | { kind: 'empty-page'; times: number; match?: FaultMatch }
  | { kind: 'down' };

export type SimEventName = 'jira:issue_created' | 'jira:issue_updated' | 'comment_created' | 'comment_updated' | 'comment_deleted';

export interface SimEvent {
  webhookEvent: SimEventName;
  timestamp: number;
  issue_event_type_name?: string;
  user?: Record<string, unknown>;
  issue: { id: string; key: string; self: string; fields: Record<string, unknown> };
  comment?: Record<string, unknown>;
}

export interface SeedComment {
  body: string;
  internal?: boolean;
  /** accountId; defaults to the seeded support agent. */
  authorId?: string;
  created?: string;
}

export interface SeedIssue {
  /** Absent: a plain Jira issue an agent made in the project, no customer request (servicedeskapi answers 404). */
  requestTypeId?: string;
  summary: string;
  description?: string;
  reporterId: string;
  organizationIds?: string[];
  customFields?: Record<string, CustomValue>;
  /** English status name; defaults to "Waiting for support". */
  status?: string;
  created?: string;
  comments?: SeedComment[];
}

/** A Confluence space; ids are digit strings because the v2 paths declare them int64. */
export interface SimSpace {
  id: string;
  key: string;
  name: string;
  createdAt: number;
}

export interface SimLabel {
  id: string;
  name: string;
  prefix: 'global' | 'my' | 'team' | 'system';
}

export type SimPageStatus = 'current' | 'archived' | 'trashed';

export interface SimPage {
  id: string;
  spaceId: string;
  title: string;
  status: SimPageStatus;
  /** Confluence storage format (XHTML with ac:/ri: elements). */
  storage: string;
  labels: SimLabel[];
  authorId: string;
  createdAt: number;
  version: { number: number; createdAt: number };
}

/** What a test or the control API writes; labels are global-prefixed names. */
export interface SimPageInput {
  spaceKey: string;
  title: string;
  storage: string;
  labels?: string[];
}

export interface SimConfluenceSeed {
  spaces?: { key: string; name?: string }[];
  pages?: (SimPageInput & { createdAt?: string })[];
}

export interface SimSeed {
  confluence?: SimConfluenceSeed;
  customers?: { accountId?: string; displayName: string; emailAddress: string; onDesk?: boolean }[];
  organizations?: { id?: string; name: string; memberIds?: string[]; onDesk?: boolean; properties?: Record<string, unknown> }[];
  issues?: SeedIssue[];
}

export interface JsmSimulatorOptions {
  port?: number;
  email?: string;
  apiToken?: string;
  /** Server-side cap on servicedeskapi `limit`, applied silently. Default 50. */
  pageCap?: number;
  /** Issue number of the first created request (`MED-<n>`). Default 1. */
  firstIssueNumber?: number;
  searchLagMs?: number;
  /** Most issues a `/search/jql` page holds when fields are asked for (FACTS §4: fewer when many fields). Default 100. */
  searchPageCap?: number;
  /** Lifetime of temporary attachments. Default one hour. */
  temporaryFileTtlMs?: number;
  permissions?: Partial<Permissions>;
  /** The "Organization management" setting restricted to Jira admins. Default false. */
  orgManagementJiraAdminsOnly?: boolean;
  /** When false, request types 10–12 do not carry the Organizations field. Default true. */
  organizationsFieldOnRequestTypes?: boolean;
  /** Request types (ids) without the Attachment field, which then refuse files with the create. Default none. */
  requestTypesWithoutAttachment?: string[];
  /**
   * Author of the files sent with a create on behalf of a customer: the caller (default, FACTS gotcha 4) or the
   * customer it was raised for, a reading FACTS does not rule out.
   */
  createAttachmentsBy?: 'caller' | 'reporter';
  seed?: SimSeed;
  /**
   * Burst limit on `/wiki/api/v2` only (FACTS §10 describes per-API token buckets): more than `perSecond` calls in one
   * clock second answer 429 with `Retry-After: retryAfterSeconds` (default 1; tests use 0 to stay fast).
   */
  confluenceRateLimit?: { perSecond: number; retryAfterSeconds?: number };
  /** Clock for tests; defaults to Date.now. */
  now?: () => number;
}

/** A desk admin's edit of a request type: its texts, or its whole list of fields. */
export type SimRequestTypePatch = Partial<Pick<SimRequestType, 'name' | 'description' | 'helpText' | 'fields'>>;

export interface JsmSimulator {
  url: string;
  email: string;
  apiToken: string;
  serviceAccountId: string;
  calls: RecordedCall[];
  violations: string[];
  resetCalls(): void;
  setPermissions(p: Partial<Permissions>): void;
  searchLagMs: number;
  searchPageCap: number;
  fault(f: Fault): void;
  clearFaults(): void;
  agentComment(
    key: string,
    c: { body: string; internal: boolean; author?: string; attachment?: { name: string; mimeType: string; data: Uint8Array } },
  ): Promise<string>;
  transition(key: string, statusName: string, author?: string): Promise<void>;
  /** An agent moves the request to another request type of the desk. */
  changeRequestType(key: string, requestTypeId: string): void;
  /** A Jira admin deletes the issue (no webhook here: what a site without one shows). */
  deleteIssue(key: string): void;
  createAgentUser(displayName: string, emailAddress?: string): string;
  /**
   * A portal-only customer as the e-mail channel makes one, without createCustomer's check that the address is free:
   * a site's past may hold one beside an Atlassian account of the same address (FACTS does not rule it out).
   */
  createCustomerUser(displayName: string, emailAddress: string): string;
  issue(key: string): SimIssue | undefined;
  issues(): SimIssue[];
  customers(): SimUser[];
  organizations(): SimOrganization[];
  renameOrganization(id: string, name: string): void;
  /** A Jira admin deletes the organization: gone from the desks and from the requests shared with it. */
  deleteOrganization(id: string): void;
  /** An admin removes the customer from the desks (their organizations' membership aside). */
  removeDeskCustomer(accountId: string): void;
  /** An admin removes an organization from the desk (it still exists). */
  unlinkOrganization(id: string): void;
  /** An admin deletes the customer account: unknown to every call and JQL clause from then on. */
  deleteCustomer(accountId: string): void;
  /**
   * An admin erases the customer's personal data (GDPR): the account stays as an inactive "Former user" without an
   * address, and JSM refuses it wherever an account is given (reporter, desk, organization).
   */
  eraseCustomer(accountId: string): void;
  /** The desks' request types as an admin sees them (copies). */
  requestTypes(): SimRequestType[];
  updateRequestType(id: string, patch: SimRequestTypePatch): void;
  /** Deletes a request type: reading it answers 404, creating with it 400; its requests stay. */
  deleteRequestType(id: string): void;
  loadSeed(seed: SimSeed): void;
  /** Creates a current page (and its space when the key is new); returns the page id. */
  putPage(page: SimPageInput): string;
  /** Edits a page as Confluence does: a new version when title or body change; labels alone bump nothing. */
  updatePage(id: string, patch: Partial<Omit<SimPageInput, 'spaceKey'>>): void;
  /** Moves a page to the trash: gone from `status=current` lists. */
  deletePage(id: string): void;
  pages(): SimPage[];
  spaces(): SimSpace[];
  onEvent(listener: (event: SimEvent) => void): () => void;
  events: SimEvent[];
  close(): Promise<void>;
}
