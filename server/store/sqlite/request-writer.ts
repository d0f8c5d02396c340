import type { ActivityType, FieldValue, RequestContext, StatusId } from '../../../src/api/contract.js';
import { foldText } from '../../domain/fold.js';
import { AttachmentUnavailableError } from '../portal-store.js';
import type { Db } from './database.js';
import { createSearchIndex } from './request-search.js';

export interface ActivityInput {
  requestId: number;
  type: ActivityType;
  at: number;
  authorId: string | null;
  authorName: string;
  isAgent: boolean;
  body?: string;
  status?: StatusId;
}

export interface RequestInput {
  orgId: string | null;
  requestTypeId: string;
  createdBy: string;
  fields: Record<string, FieldValue>;
  context: RequestContext | null;
  status: StatusId;
  at: number;
  /** Sent by a visitor, who only typed name and address. */
  withoutSignIn?: boolean;
}

/** The low-level writes shared by the live API and the demo seed; callers wrap them in a transaction. */
export function createRequestWriter(db: Db) {
  const insertRequest = db.prepare(
    `INSERT INTO requests (org_id, request_type_id, created_by, summary, summary_folded, fields, context, status, created_at, updated_at, without_sign_in)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertActivity = db.prepare(
    `INSERT INTO activity (request_id, type, at, author_id, author_name, is_agent, body, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const touch = db.prepare(`UPDATE requests SET updated_at = max(updated_at, ?) WHERE id = ?`);
  const touchByAgent = db.prepare(
    `UPDATE requests SET updated_at = max(updated_at, ?), last_agent_activity_at = max(coalesce(last_agent_activity_at, 0), ?) WHERE id = ?`,
  );
  const setStatus = db.prepare(`UPDATE requests SET status = ? WHERE id = ?`);
  const search = createSearchIndex(db);
  const linkAttachment = db.prepare(
    `UPDATE attachments SET request_id = ?, activity_id = ? WHERE id = ? AND owner_key = ? AND activity_id IS NULL`,
  );

  const addActivity = (input: ActivityInput): number => {
    const result = insertActivity.run(
      input.requestId, input.type, input.at, input.authorId, input.authorName, input.isAgent ? 1 : 0, input.body ?? null, input.status ?? null,
    );
    if (input.isAgent) touchByAgent.run(input.at, input.at, input.requestId);
    else touch.run(input.at, input.requestId);
    return Number(result.lastInsertRowid);
  };

  return {
    insertRequest: (input: RequestInput): number => {
      const summary = String(input.fields.summary ?? '');
      const result = insertRequest.run(
        input.orgId, input.requestTypeId, input.createdBy, summary, foldText(summary), JSON.stringify(input.fields),
        input.context === null ? null : JSON.stringify(input.context), input.status, input.at, input.at,
        input.withoutSignIn ? 1 : 0,
      );
      const requestId = Number(result.lastInsertRowid);
      // With the request, so that searches find it without indexing on their way.
      search.index(requestId, summary, input.orgId);
      return requestId;
    },
    addActivity,
    changeStatus: (input: ActivityInput & { status: StatusId }): number => {
      setStatus.run(input.status, input.requestId);
      return addActivity({ ...input, type: 'status' });
    },
    /** Throws AttachmentUnavailableError (rolling back the caller's transaction) for an id that cannot be used. */
    linkAttachments: (ids: string[], owner: string, requestId: number, activityId: number) => {
      ids.forEach((id, index) => {
        if (linkAttachment.run(requestId, activityId, id, owner).changes !== 1) throw new AttachmentUnavailableError(index);
      });
    },
  };
}

export type RequestWriter = ReturnType<typeof createRequestWriter>;
