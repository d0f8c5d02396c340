import type { AgentRequestDetail, Locale, Person, RequestList, StatusId } from '../../../src/api/contract.js';
import { RequestClosedError, type JsonText, type NewComment, type NewRequest, type PortalStore } from '../portal-store.js';
import { createAttachmentStore } from './attachments.js';
import { openDatabase } from './database.js';
import { createIdempotencyStore } from './idempotency.js';
import { createIdentityRepository } from './identity.js';
import { createReadMarks } from './read-marks.js';
import { createDetailReader } from './request-detail.js';
import { createRequestLister } from './request-list.js';
import { createRequestTypeCatalog } from './request-types.js';
import { createRequestWriter } from './request-writer.js';
import { agentInfo, parseRequestKey, requestKey, summaryWriter, toSummary } from './rows.js';
import { createSeedWriter } from './seed-writer.js';

export interface SqliteStore extends PortalStore {
  /** The file the store was opened on; the bench fills it directly. */
  readonly file: string;
}

/** Opens (creating and migrating as needed) the SQLite database behind the reference portal. */
export function createSqliteStore(file: string): SqliteStore {
  const db = openDatabase(file);
  const catalog = createRequestTypeCatalog(db);
  const identity = createIdentityRepository(db);
  const writer = createRequestWriter(db);
  const reader = createDetailReader(db, catalog);
  const list = createRequestLister(db);
  const seed = createSeedWriter(db, catalog, writer);
  const reads = createReadMarks(db);
  const selectListVersion = db.prepare<[string], number>('SELECT version FROM list_versions WHERE org_id = ?').pluck();
  const selectCreators = db.prepare<[string], Person>(
    `SELECT u.id, u.name FROM users u WHERE u.id IN (SELECT DISTINCT created_by FROM requests WHERE org_id = ?) ORDER BY u.name COLLATE NOCASE, u.id`,
  );

  const visibleRow = (key: string, orgId: string | null) => {
    const id = parseRequestKey(key);
    const row = id === null ? null : reader.row(id);
    if (!row || (orgId !== null && row.org_id !== orgId)) return null;
    return row;
  };

  const agentDetail = (key: string, locale: Locale): AgentRequestDetail | null => {
    const row = visibleRow(key, null);
    return row ? { ...reader.detail(row, locale), ...agentInfo(row) } : null;
  };

  const createRequest = db.transaction((input: NewRequest, locale: Locale) => {
    const at = Date.now();
    const requestId = writer.insertRequest({
      orgId: input.createdBy.orgId, requestTypeId: input.requestTypeId, createdBy: input.createdBy.id, fields: input.fields,
      context: input.context, status: 'waiting_for_support', at, withoutSignIn: input.createdBy.isVisitor,
    });
    const activityId = writer.addActivity({
      requestId, type: 'created', at, authorId: input.createdBy.id, authorName: input.createdBy.name, isAgent: false,
    });
    writer.linkAttachments(input.attachmentIds, input.attachmentOwner, requestId, activityId);
    return reader.detail(reader.row(requestId)!, locale);
  });

  const addComment = db.transaction((key: string, author: NewRequest['createdBy'], comment: NewComment, locale: Locale) => {
    const row = author.orgId === null ? null : visibleRow(key, author.orgId);
    if (!row) return null;
    if (row.status === 'closed') throw new RequestClosedError(requestKey(row.id));
    const at = Date.now();
    const base = { requestId: row.id, at, authorId: author.id, authorName: author.name, isAgent: false };
    const activityId = writer.addActivity({ ...base, type: 'comment', body: comment.body });
    writer.linkAttachments(comment.attachmentIds, comment.attachmentOwner, row.id, activityId);
    // A customer's answer hands the request back to the support team, also one marked resolved: it evidently is not.
    if (row.status === 'waiting_for_customer' || row.status === 'resolved') {
      writer.changeStatus({ ...base, type: 'status', status: 'waiting_for_support' });
    }
    return reader.activityItem(activityId, locale);
  });

  const agentComment = db.transaction((key: string, author: string, body: string, locale: Locale) => {
    const row = visibleRow(key, null);
    if (!row) return null;
    const activityId = writer.addActivity({ requestId: row.id, type: 'comment', at: Date.now(), authorId: null, authorName: author, isAgent: true, body });
    return { activity: reader.activityItem(activityId, locale), request: agentDetail(key, locale)! };
  });

  const agentSetStatus = db.transaction((key: string, status: StatusId, author: string, locale: Locale) => {
    const row = visibleRow(key, null);
    if (!row) return null;
    if (row.status !== status) {
      writer.changeStatus({ requestId: row.id, type: 'status', at: Date.now(), authorId: null, authorName: author, isAgent: true, status });
    }
    return agentDetail(key, locale);
  });

  return {
    file,
    ensureRequestTypes: async (definitions) => catalog.ensure(definitions),
    seedDemoData: async (data) => seed(data),
    identify: async (who, locale) => identity.identify(who, locale),
    upsertVisitor: async (email, name, locale) => identity.upsertVisitor(email, name, locale),
    getUser: async (id) => identity.getUser(id),
    updateUser: async (id, patch) => identity.updateUser(id, patch),
    listRequestTypes: async (locale) => catalog.list(locale),
    getRequestType: async (idOrKey, locale) => catalog.find(idOrKey, locale),
    createRequest: async (input, locale) => createRequest(input, locale),
    listRequests: async (query, locale) => {
      const scope = { orgId: query.orgId, ...(query.ownership === 'mine' ? { creator: { id: query.userId, name: query.userName } } : {}) };
      const page = list(scope, query);
      const items = page.rows.map(summaryWriter(catalog, locale)).join(',');
      return `{"items":[${items}],"nextCursor":${JSON.stringify(page.nextCursor)}}` as JsonText<RequestList>;
    },
    getRequest: async (key, { orgId }, locale) => {
      const row = visibleRow(key, orgId);
      return row ? reader.detail(row, locale) : null;
    },
    addComment: async (key, author, comment, locale) => addComment(key, author, comment, locale),
    listCreators: async (orgId) => selectCreators.all(orgId),
    readMarks: async (userId) => reads.get(userId),
    markRead: async (userId, key, at) => reads.put(userId, key, at),
    agentListRequests: async (query, locale) => {
      const page = list(query.orgId === undefined ? { agent: true } : { agent: true, orgId: query.orgId }, query);
      return { items: page.rows.map((row) => ({ ...toSummary(row, catalog, locale), ...agentInfo(row) })), nextCursor: page.nextCursor };
    },
    agentGetRequest: async (key, locale) => agentDetail(key, locale),
    agentComment: async (key, author, body, locale) => agentComment(key, author, body, locale),
    agentSetStatus: async (key, status, author, locale) => agentSetStatus(key, status, author, locale),
    listVersion: (orgId) => selectListVersion.get(orgId) ?? 0,
    idempotency: createIdempotencyStore(db),
    attachments: createAttachmentStore(db),
    close: () => db.close(),
  };
}
