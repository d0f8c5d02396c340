/**
 * The portal API contract (base path `/api/portal/v1`), shared by the widget's client and the reference server.
 * Documented for humans in docs/portal-api.md; keep both in step.
 */

export type Locale = 'de' | 'en';

/**
 * `multiselect` is a set of checkboxes: any number of its options. `datetime` is a day and a time, sent with the
 * sender's offset from UTC (`2026-12-08T14:30+01:00`).
 */
export type FieldType = 'text' | 'textarea' | 'select' | 'multiselect' | 'number' | 'date' | 'datetime';

/** A field's value as sent: the option values chosen for a `multiselect`, text for every other type. */
export type FieldValue = string | string[];

export interface FieldOption {
  value: string;
  label: string;
}

/** Holds when the form's field `field` has the value `equals` (a select's option value, not a multiselect's). */
export interface FieldCondition {
  field: string;
  equals: string;
}

export interface RequestTypeField {
  id: string;
  label: string;
  type: FieldType;
  required: boolean;
  maxLength?: number;
  /** Bounds for `number` fields (inclusive). */
  min?: number;
  max?: number;
  /** A `number` field that takes whole numbers only; others take decimals. */
  integer?: boolean;
  options?: FieldOption[];
  /** Short hint shown under the input. */
  help?: string;
  /** Shown and sent only while this holds; the portal drops the value of a field it hides. */
  visibleWhen?: FieldCondition;
  /** Required while this holds (on top of `required`). */
  requiredWhen?: FieldCondition;
}

export interface RequestType {
  id: string;
  key: string;
  name: string;
  description: string;
  helpText: string;
  fields: RequestTypeField[];
  /** At least one file must go with a request of this type (a JSM request type whose Attachment field is required). */
  attachmentsRequired?: boolean;
}

export interface ArticleSummary {
  id: string;
  title: string;
  excerpt: string;
  keywords: string[];
  requestTypes: string[];
  locale: Locale;
  updatedAt: string;
  /**
   * The id of the article this one translates, where the two ids differ (in Confluence, translations share their id):
   * the widget shows the reader's version of the two only.
   */
  translationOf?: string;
  /**
   * Words users' queries taught the portal (`POST /articles/:id/feedback` from at least k distinct practices), as
   * search index terms (folded, stemmed): they rank an article lower than its authored `keywords` do.
   */
  learnedKeywords?: string[];
  /**
   * The texts the article quotes, as the software shows them: error messages and the labels of buttons and menus
   * („Dieser Eintrag ist abgeschlossen.“), so that a pasted message finds the article that explains it.
   */
  messages?: string[];
}

/**
 * `GET /synonyms`: the installation's own synonym groups, added to the search's built-in table. Each group lists
 * words (or phrases, which only ever match a query) that mean the same thing: `["Behandler", "Arzt", "Doktor"]`.
 */
export interface SynonymTable {
  groups: string[][];
}

/**
 * `POST /articles/:id/feedback`: a suggested article helped (`solved`: the user said so) or was opened from the
 * form and the request then not sent (`abandoned`). `terms` are the query's index terms as the search reports them
 * (`ArticleSearch.terms`): words only, no other text.
 */
export interface ArticleFeedback {
  terms: string[];
  kind: 'solved' | 'abandoned';
}

export interface Article {
  id: string;
  title: string;
  /** Sanitised on the server; the widget sanitises again before rendering. */
  html: string;
  updatedAt: string;
  /** The language of the version served (the requested one when it exists, else German). */
  locale?: Locale;
}

export type StatusCategory = 'open' | 'closed';

export type StatusId = 'waiting_for_support' | 'in_progress' | 'waiting_for_customer' | 'resolved' | 'closed';

export interface RequestStatus {
  id: StatusId;
  name: string;
  category: StatusCategory;
}

export interface Person {
  id: string;
  name: string;
}

export interface RequestSummary {
  key: string;
  summary: string;
  requestType: { id: string; key: string; name: string };
  status: RequestStatus;
  createdBy: Person;
  createdAt: string;
  updatedAt: string;
  /** When the support team last commented or changed the status; null if never. */
  lastAgentActivityAt: string | null;
}

export interface RequestList {
  items: RequestSummary[];
  nextCursor: string | null;
}

export interface RequestContext {
  pageUrl?: string;
  appVersion?: string;
  userAgent?: string;
  locale?: string;
  screen?: string;
  extra?: Record<string, unknown>;
}

export interface AttachmentRef {
  id: string;
  name: string;
  size: number;
  contentType: string;
  /** Relative to the API base; needs the same Authorization as every other call. */
  url: string;
}

export type ActivityType = 'created' | 'comment' | 'status';

export interface ActivityItem {
  id: string;
  type: ActivityType;
  at: string;
  author: { name: string; isAgent: boolean };
  body?: string;
  status?: RequestStatus;
  attachments?: AttachmentRef[];
}

export interface RequestField {
  id: string;
  label: string;
  value: string;
}

export interface RequestDetail extends RequestSummary {
  fields: RequestField[];
  context: RequestContext | null;
  activity: ActivityItem[];
  /**
   * Sent by a visitor (no token), who only typed name and e-mail address: the request became this user's because the
   * address is theirs, but nobody confirmed who wrote it.
   */
  sentWithoutSignIn?: boolean;
}

export interface CreateRequestBody {
  requestTypeId: string;
  fields: Record<string, FieldValue>;
  context?: RequestContext;
  attachments?: string[];
  /** Only for visitors (no token): who is asking. */
  email?: string;
  name?: string;
}

export interface CreateCommentBody {
  body: string;
  attachments?: string[];
}

export interface Me {
  id: string;
  email: string;
  name: string;
  organization: { id: string; name: string };
  locale: Locale;
  notifyByEmail: boolean;
}

export interface UpdateMeBody {
  name?: string;
  locale?: Locale;
  notifyByEmail?: boolean;
}

/**
 * `GET /me/reads`: what the calling user has read, the same on every device. Support-team activity on a request up
 * to its mark, or up to `since` where it has none, counts as read.
 */
export interface ReadMarks {
  /** When the portal started keeping the user's marks (their first check); older activity counts as read. */
  since: string;
  /** Request key → the newest support-team activity the user has seen on it. */
  marks: Record<string, string>;
}

/** `PUT /requests/:key/read`: the user has seen the request's support-team activity up to `at`. */
export interface ReadMarkBody {
  at: string;
}

/** The answer to `PUT /requests/:key/read`: the mark now kept (never earlier than before). */
export interface ReadMark {
  key: string;
  at: string;
}

export interface RegistrationBody {
  email: string;
  name?: string;
}

export interface UploadedAttachment {
  id: string;
  name: string;
  size: number;
  contentType: string;
}

export interface AgentCommentBody {
  body: string;
  author?: string;
}

export interface AgentStatusBody {
  status: StatusId;
  /** Shown as the author of the status change; defaults to "medondo Support". */
  author?: string;
}

/** RFC 9457 problem details. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: { field: string; message: string }[];
}

export type RequestOwnership = 'mine' | 'organization';
export type StatusFilter = 'open' | 'closed' | 'all';
export type RequestSort = 'updated' | 'created';

export interface RequestQuery {
  ownership?: RequestOwnership;
  status?: StatusFilter;
  requestType?: string;
  createdBy?: string;
  q?: string;
  sort?: RequestSort;
  limit?: number;
  cursor?: string;
}

export const API_BASE_PATH = '/api/portal/v1';

export const LIMITS = {
  summaryMaxLength: 255,
  textMaxLength: 32_000,
  bodyMaxBytes: 256 * 1024,
  listDefaultLimit: 25,
  listMaxLimit: 100,
  attachmentMaxBytes: 10 * 1024 * 1024,
  attachmentMaxCount: 5,
  /** `context.appVersion`, in characters. */
  appVersionMaxLength: 100,
  /** `context.extra` written as JSON, in UTF-8 bytes. */
  contextExtraMaxBytes: 8 * 1024,
} as const;

/** `GET /requests/creators`: the people who appear as creators in the caller's organisation's requests. */
export interface CreatorList {
  items: Person[];
}

/** `POST /registrations` always answers 202 with this body, whether or not the address is known. */
export interface RegistrationAccepted {
  accepted: true;
}

/** The support console's view of a request (agent endpoints only): adds who asked and from which practice. */
export interface AgentRequestSummary extends RequestSummary {
  organization: { id: string; name: string } | null;
  requester: { id: string; name: string; email: string };
}

export interface AgentRequestList {
  items: AgentRequestSummary[];
  nextCursor: string | null;
}

export interface AgentRequestDetail extends RequestDetail {
  organization: { id: string; name: string } | null;
  requester: { id: string; name: string; email: string };
}
