import type {
  ActivityItem,
  AgentRequestDetail,
  AgentRequestList,
  FieldValue,
  Locale,
  Person,
  RequestContext,
  RequestDetail,
  RequestList,
  RequestOwnership,
  RequestSort,
  ReadMarks,
  RequestType,
  StatusFilter,
  StatusId,
  UpdateMeBody,
} from '../../src/api/contract.js';
import type { VerifiedIdentity } from '../auth/tokens.js';
import type { RequestTypeDefinition } from '../domain/request-types.js';
import type { SeedData } from '../seed/types.js';

/** The JSON text of a `T`, as the HTTP layer sends it. */
export type JsonText<T> = string & { readonly __jsonOf: T };

export interface UserRecord {
  id: string;
  email: string;
  name: string;
  orgId: string | null;
  orgName: string | null;
  locale: Locale;
  notifyByEmail: boolean;
  isVisitor: boolean;
}

export interface RequestFilters {
  status: StatusFilter;
  requestTypeId?: string;
  createdBy?: string;
  q?: string;
  sort: RequestSort;
  limit: number;
  /** Opaque; produced by a previous page of the same query. */
  cursor?: string;
}

export interface UserListQuery extends RequestFilters {
  /** The caller: a "mine" list holds the caller's requests under the caller's name. */
  userId: string;
  userName: string;
  orgId: string;
  ownership: RequestOwnership;
}

export interface AgentListQuery extends RequestFilters {
  orgId?: string;
}

export interface NewRequest {
  requestTypeId: string;
  createdBy: UserRecord;
  fields: Record<string, FieldValue>;
  context: RequestContext | null;
  attachmentIds: string[];
  /** Who uploaded the attachments; only their own unused uploads may be attached. */
  attachmentOwner: string;
  /** Stands for the caller's Idempotency-Key: a remote store finds a send whose answer was lost by it. */
  idempotencyRef: string;
}

export interface NewComment {
  body: string;
  attachmentIds: string[];
  attachmentOwner: string;
  idempotencyRef: string;
}

export interface IdempotencyRecord {
  fingerprint: string;
  /** Null while the first request with this key is still being processed. */
  status: number | null;
  body: string | null;
}

export interface IdempotencyStore {
  /** Reserves the key for this fingerprint, or returns what an earlier request with the key left behind. */
  reserve(scope: string, key: string, fingerprint: string): Promise<IdempotencyRecord | null>;
  complete(scope: string, key: string, status: number, body: string): Promise<void>;
  release(scope: string, key: string): Promise<void>;
  purgeOlderThan(timestamp: number): Promise<number>;
}

/** A token bucket: up to `capacity` at once, refilled at `capacity` per `windowMs`. */
export interface RateLimitRule {
  capacity: number;
  windowMs: number;
}

/**
 * Where the rate limits keep their buckets. The portal's default is in its own memory, so each process counts on
 * its own; instances behind one address that must share their limits get one store over something they share (for
 * example Redis). Not part of `PortalStore`: limits are about callers, not about the portal's data.
 */
export interface RateLimitStore {
  /**
   * Takes one token from the bucket of (`scope`, `key`) under `rule`, atomically; resolves to 0 when it was there,
   * else to the whole seconds until one will be (at least 1).
   */
  take(scope: string, key: string, rule: RateLimitRule): Promise<number>;
}

export interface AttachmentRecord {
  id: string;
  ownerKey: string;
  name: string;
  size: number;
  contentType: string;
  createdAt: number;
  /** Set once the upload is attached to a request; null while temporary. */
  requestOrgId: string | null;
  linked: boolean;
}

export interface AttachmentStore {
  create(record: Omit<AttachmentRecord, 'requestOrgId' | 'linked'>): Promise<void>;
  get(id: string): Promise<AttachmentRecord | null>;
  /** Temporary uploads created before the timestamp. */
  listUnlinkedBefore(timestamp: number): Promise<AttachmentRecord[]>;
  delete(id: string): Promise<void>;
}

/** Raised when an attachment id is unknown, not the caller's, or already used; `index` points into the request's list. */
export class AttachmentUnavailableError extends Error {
  constructor(readonly index: number) {
    super(`attachment ${index} is not available`);
  }
}

/**
 * Raised by `addComment` on a request whose status is `closed`: a closed request takes no more replies, the
 * customer opens a new request that refers to it. (A `resolved` request does take a reply, which reopens it.)
 */
export class RequestClosedError extends Error {
  constructor(readonly key: string) {
    super(`request ${key} is closed`);
  }
}

/** Raised for a cursor that this store did not produce or that belongs to a different sort. */
export class InvalidCursorError extends Error {}

/** A file a remote backend keeps, streamed to the caller. */
export interface RemoteFile {
  name: string;
  contentType: string;
  size: number | null;
  body: ReadableStream<Uint8Array>;
}

/** Downloads of attachments that live in the backend rather than in the portal's upload folder. */
export interface RemoteAttachment {
  /** Null when the id is not one of the backend's or `reader` may not see it. */
  open(id: string, reader: Reader): Promise<RemoteFile | null>;
}

/** A signed-in user of a practice, as far as seeing requests goes. */
export interface Reader {
  id: string;
  orgId: string;
}

export interface AgentCommentResult {
  activity: ActivityItem;
  request: AgentRequestDetail;
}

/**
 * Everything the HTTP layer needs from storage. The SQLite implementation is the reference; a Jira Service
 * Management gateway can implement the same interface without touching the routes.
 */
export interface PortalStore {
  ensureRequestTypes(definitions: RequestTypeDefinition[]): Promise<void>;
  /** Writes the demo data once; returns false when the store was already seeded. */
  seedDemoData(data: SeedData): Promise<boolean>;

  /**
   * The user behind a verified token, created or brought up to date from it; with `backend` (the default) also ready
   * in the backend (in JSM: customer, organization, membership). Routes that serve local data only leave it out, so
   * that help content and the profile stay there while the backend is down or refuses.
   */
  identify(identity: VerifiedIdentity, locale: Locale, backend?: boolean): Promise<UserRecord>;
  upsertVisitor(email: string, name: string, locale: Locale): Promise<UserRecord>;
  getUser(id: string): Promise<UserRecord | null>;
  updateUser(id: string, patch: UpdateMeBody): Promise<UserRecord>;

  listRequestTypes(locale: Locale): Promise<RequestType[]>;
  /** Finds a request type by id or by key. */
  getRequestType(idOrKey: string, locale: Locale): Promise<RequestType | null>;

  createRequest(input: NewRequest, locale: Locale): Promise<RequestDetail>;
  /**
   * As JSON text, which is all the HTTP layer needs: a store that can write the page directly saves building the
   * objects and serialising them (`JSON.stringify(list) as JsonText<RequestList>` is a correct implementation).
   */
  listRequests(query: UserListQuery, locale: Locale): Promise<JsonText<RequestList>>;
  /** Null when the request does not exist or `reader` (a user of a practice) may not see it. */
  getRequest(key: string, reader: Reader, locale: Locale): Promise<RequestDetail | null>;
  /**
   * A customer's reply. Null when the request does not exist or belongs to another organisation; throws
   * `RequestClosedError` when it is `closed` (nothing is written, attachments stay unused). On a request that is
   * `waiting_for_customer` or `resolved` the reply hands it back to the support team: the status becomes
   * `waiting_for_support`, recorded as a `status` activity by the same author after the comment.
   */
  addComment(key: string, author: UserRecord, comment: NewComment, locale: Locale): Promise<ActivityItem | null>;
  listCreators(orgId: string): Promise<Person[]>;

  /** What the user has read (`GET /me/reads`); the first call for a user starts its `since` at now. */
  readMarks(userId: string): Promise<ReadMarks>;
  /**
   * The user has seen the request's support-team activity up to `at` (ms since the epoch). The mark only moves
   * forward; resolves to the mark kept, as ISO text. The key is taken as given (upper case): marks are the user's own.
   */
  markRead(userId: string, key: string, at: number): Promise<string>;

  agentListRequests(query: AgentListQuery, locale: Locale): Promise<AgentRequestList>;
  agentGetRequest(key: string, locale: Locale): Promise<AgentRequestDetail | null>;
  agentComment(key: string, author: string, body: string, locale: Locale): Promise<AgentCommentResult | null>;
  agentSetStatus(key: string, status: StatusId, author: string, locale: Locale): Promise<AgentRequestDetail | null>;

  /**
   * Moves whenever any of the organisation's lists (`listRequests`) may have changed, through this store or behind
   * its back; a list may be reused while it stays the same. Null when the store cannot tell: reuse nothing.
   */
  listVersion(orgId: string): number | null;

  idempotency: IdempotencyStore;
  /** Uploads until they are sent with a request or comment (and, in SQLite, after that too). */
  attachments: AttachmentStore;
  /** Attachments kept by the backend itself (JSM); absent where every attachment is in `attachments`. */
  remoteAttachments?: RemoteAttachment;
  /** False where the support team works elsewhere (JSM): the agent API answers 404. */
  agentApi?: boolean;
  /** What keeps the backend from serving, as far as it knows without asking it (`GET /readyz`); null when nothing. */
  notReady?(): string | null;
  /** Where the backend pushes its changes (Jira webhooks, signed with `secret`); absent where nothing is pushed. */
  jiraHook?: { secret: string; receive(payload: unknown): void };
  /** Runs one HTTP request's work, e.g. under one deadline for every backend call it makes. */
  withinRequest?<T>(fn: () => Promise<T>): Promise<T>;
  close(): void;
}
