import type { ActivityItem, AttachmentRef, FieldValue, Locale, RequestContext, RequestDetail, RequestField } from '../../../src/api/contract.js';
import { shownValue } from '../../domain/request-types.js';
import type { Db } from './database.js';
import type { RequestTypeCatalog } from './request-types.js';
import {
  SUMMARY_COLUMNS,
  toActivityItem,
  toAttachmentRef,
  toSummary,
  type ActivityRow,
  type AttachmentRow,
  type SummaryRow,
} from './rows.js';

interface DetailRow extends SummaryRow {
  fields: string;
  context: string | null;
  without_sign_in: number;
}

export function createDetailReader(db: Db, catalog: RequestTypeCatalog) {
  const selectRequest = db.prepare<[number], DetailRow>(
    `SELECT ${SUMMARY_COLUMNS}, r.fields, r.context, r.without_sign_in FROM requests r
     JOIN users u ON u.id = r.created_by LEFT JOIN organizations o ON o.id = r.org_id WHERE r.id = ?`,
  );
  const selectActivity = db.prepare<[number], ActivityRow>(`SELECT * FROM activity WHERE request_id = ? ORDER BY at, id`);
  const selectAttachments = db.prepare<[number], AttachmentRow>(
    `SELECT id, activity_id, name, size, content_type FROM attachments WHERE request_id = ? ORDER BY created_at, id`,
  );
  const selectActivityItem = db.prepare<[number], ActivityRow>(`SELECT * FROM activity WHERE id = ?`);
  const selectActivityAttachments = db.prepare<[number], AttachmentRow>(
    `SELECT id, activity_id, name, size, content_type FROM attachments WHERE activity_id = ? ORDER BY created_at, id`,
  );

  /** Field values in the order of the request type's form, select values shown by their label. */
  const fieldsOf = (row: DetailRow, locale: Locale): RequestField[] => {
    const values = JSON.parse(row.fields) as Record<string, FieldValue>;
    const type = catalog.find(row.request_type_id, locale);
    const known = (type?.fields ?? []).filter((field) => values[field.id] !== undefined);
    const result: RequestField[] = known.map((field) => ({ id: field.id, label: field.label, value: shownValue(field, values[field.id]!, locale) }));
    for (const [id, value] of Object.entries(values)) {
      if (!known.some((field) => field.id === id)) result.push({ id, label: id, value: [value].flat().join(', ') });
    }
    return result;
  };

  const activityOf = (requestId: number, locale: Locale): ActivityItem[] => {
    const byActivity = new Map<number, AttachmentRef[]>();
    for (const attachment of selectAttachments.all(requestId)) {
      const list = byActivity.get(attachment.activity_id) ?? [];
      list.push(toAttachmentRef(attachment));
      byActivity.set(attachment.activity_id, list);
    }
    return selectActivity.all(requestId).map((row) => toActivityItem(row, locale, byActivity.get(row.id) ?? []));
  };

  return {
    /** The raw row, for visibility checks and agent details; null when the id does not exist. */
    row: (id: number): DetailRow | null => selectRequest.get(id) ?? null,
    detail: (row: DetailRow, locale: Locale): RequestDetail => ({
      ...toSummary(row, catalog, locale),
      fields: fieldsOf(row, locale),
      context: row.context === null ? null : (JSON.parse(row.context) as RequestContext),
      activity: activityOf(row.id, locale),
      ...(row.without_sign_in ? { sentWithoutSignIn: true } : {}),
    }),
    activityItem: (id: number, locale: Locale): ActivityItem => {
      const row = selectActivityItem.get(id);
      if (!row) throw new Error(`activity ${id} vanished`);
      return toActivityItem(row, locale, selectActivityAttachments.all(id).map(toAttachmentRef));
    },
  };
}
