import type { Permissions, SimAttachment, SimComment, SimEvent, SimIssue, SimOrganization, SimUser } from '../types.js';
import { ConfluenceSite, type ConfluenceRateLimit } from './confluence.js';
import { medDesk, type Desk } from './desk.js';
import { INITIAL_STATUS_ID } from './workflow.js';

export interface TemporaryFile {
  id: string;
  deskId: string;
  filename: string;
  mimeType: string;
  data: Uint8Array;
  expiresAt: number;
}

export interface StoreOptions {
  firstIssueNumber: number;
  temporaryFileTtlMs: number;
  permissions: Permissions;
  orgManagementJiraAdminsOnly: boolean;
  organizationsFieldOnRequestTypes: boolean;
  requestTypesWithoutAttachment?: string[];
  /** Who files sent with a create are authored by; FACTS says only that attachments are the service account's (gotcha 4). */
  createAttachmentsBy?: 'caller' | 'reporter';
  confluenceRateLimit?: ConfluenceRateLimit | null;
  now: () => number;
}

export const SERVICE_ACCOUNT_ID = 'sa-0001';
export const DEFAULT_AGENT_ID = '557058:sim-agent-0001';

/** All simulated site state, in memory; handlers mutate it directly and publish events through `emit`. */
export class Store {
  readonly users = new Map<string, SimUser>();
  readonly organizations = new Map<string, SimOrganization>();
  readonly desks: Desk[];
  readonly issues = new Map<string, SimIssue>();
  readonly attachments = new Map<string, SimAttachment>();
  readonly temporaryFiles = new Map<string, TemporaryFile>();
  readonly events: SimEvent[] = [];
  readonly listeners = new Set<(event: SimEvent) => void>();
  readonly confluence: ConfluenceSite;
  permissions: Permissions;
  readonly now: () => number;
  private nextIssueNumber: number;
  private counters = { issue: 10000, comment: 10000, attachment: 10000, organization: 1, customer: 1, agent: 2, temp: 1 };

  constructor(readonly options: StoreOptions) {
    this.now = options.now;
    this.permissions = { ...options.permissions };
    this.nextIssueNumber = options.firstIssueNumber;
    this.desks = [medDesk(options.organizationsFieldOnRequestTypes, options.requestTypesWithoutAttachment)];
    this.confluence = new ConfluenceSite(options.now, options.confluenceRateLimit ?? null, DEFAULT_AGENT_ID);
    this.addUser({ accountId: SERVICE_ACCOUNT_ID, displayName: 'MedSupport Gateway', emailAddress: 'gateway@medondo.example', accountType: 'atlassian', isAgent: true });
    this.addUser({ accountId: DEFAULT_AGENT_ID, displayName: 'Support Agent', emailAddress: 'agent@medondo.example', accountType: 'atlassian', isAgent: true });
  }

  addUser(u: Pick<SimUser, 'accountId' | 'displayName' | 'emailAddress' | 'accountType' | 'isAgent'>): SimUser {
    const user: SimUser = { ...u, active: true, timeZone: 'Europe/Berlin', locale: 'en_US' };
    this.users.set(user.accountId, user);
    return user;
  }

  newCustomerId(): string {
    return `qm:sim-customer:${String(this.counters.customer++).padStart(4, '0')}`;
  }

  newAgentId(): string {
    return `557058:sim-agent-${String(this.counters.agent++).padStart(4, '0')}`;
  }

  newOrganizationId(): string {
    return String(this.counters.organization++);
  }

  /** Seeds may bring their own ids; later ids must not collide with them. */
  reserveOrganizationId(id: string): void {
    const n = Number(id);
    if (Number.isInteger(n) && n >= this.counters.organization) this.counters.organization = n + 1;
  }

  newCommentId(): string {
    return String(this.counters.comment++);
  }

  newAttachmentId(): string {
    return String(this.counters.attachment++);
  }

  newTemporaryId(): string {
    return `temp${String(this.counters.temp++).padStart(6, '0')}`;
  }

  newIssue(fields: Omit<SimIssue, 'id' | 'key' | 'statusId' | 'statusHistory' | 'updated' | 'comments' | 'attachmentIds' | 'properties'>): SimIssue {
    const desk = this.deskById(fields.serviceDeskId);
    const issue: SimIssue = {
      ...fields,
      id: String(this.counters.issue++),
      key: `${desk?.projectKey ?? 'MED'}-${this.nextIssueNumber++}`,
      statusId: INITIAL_STATUS_ID,
      statusHistory: [{ statusId: INITIAL_STATUS_ID, at: fields.created }],
      updated: fields.created,
      comments: [],
      attachmentIds: [],
      properties: {},
    };
    this.issues.set(issue.key, issue);
    return issue;
  }

  issueByIdOrKey(idOrKey: string): SimIssue | undefined {
    const upper = idOrKey.toUpperCase();
    return this.issues.get(upper) ?? [...this.issues.values()].find((i) => i.id === idOrKey);
  }

  addComment(issue: SimIssue, c: Omit<SimComment, 'id' | 'created' | 'updated' | 'attachmentIds'> & { at?: number }): SimComment {
    const at = c.at ?? this.now();
    const comment: SimComment = { id: this.newCommentId(), body: c.body, internal: c.internal, authorId: c.authorId, created: at, updated: at, attachmentIds: [] };
    if (c.adf !== undefined) comment.adf = c.adf;
    issue.comments.push(comment);
    issue.updated = Math.max(issue.updated, at);
    return comment;
  }

  addAttachment(issue: SimIssue, a: { filename: string; mimeType: string; data: Uint8Array; authorId: string; commentId?: string }): SimAttachment {
    const attachment: SimAttachment = { filename: a.filename, mimeType: a.mimeType, data: a.data, authorId: a.authorId, id: this.newAttachmentId(), issueKey: issue.key, created: this.now() };
    if (a.commentId !== undefined) attachment.commentId = a.commentId;
    this.attachments.set(attachment.id, attachment);
    issue.attachmentIds.push(attachment.id);
    return attachment;
  }

  /** `{serviceDeskId}` accepts an id, a project key, `projectKey:KEY`, `projectId:N` or `serviceDeskId:N`. */
  deskByIdentifier(identifier: string): Desk | undefined {
    const [kind, value] = identifier.includes(':') ? identifier.split(':', 2) : ['', identifier];
    return this.desks.find((d) => {
      if (kind === 'projectKey') return d.projectKey === value;
      if (kind === 'projectId') return d.projectId === value;
      if (kind === 'serviceDeskId') return d.id === value;
      if (kind !== '') return false;
      return d.id === value || d.projectKey === value;
    });
  }

  deskById(id: string): Desk | undefined {
    return this.desks.find((d) => d.id === id);
  }

  emit(event: SimEvent): void {
    this.events.push(event);
    for (const listener of this.listeners) listener(event);
  }
}
