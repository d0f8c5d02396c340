import type { AttachmentRecord, AttachmentStore } from '../portal-store.js';
import type { Db } from './database.js';

interface Row {
  id: string;
  owner_key: string;
  name: string;
  size: number;
  content_type: string;
  created_at: number;
  activity_id: number | null;
  request_org_id: string | null;
}

const COLUMNS = `a.id, a.owner_key, a.name, a.size, a.content_type, a.created_at, a.activity_id, r.org_id AS request_org_id`;

function toRecord(row: Row): AttachmentRecord {
  return {
    id: row.id,
    ownerKey: row.owner_key,
    name: row.name,
    size: row.size,
    contentType: row.content_type,
    createdAt: row.created_at,
    requestOrgId: row.request_org_id,
    linked: row.activity_id !== null,
  };
}

export function createAttachmentStore(db: Db): AttachmentStore {
  const insert = db.prepare(
    `INSERT INTO attachments (id, owner_key, name, size, content_type, created_at) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const select = db.prepare<[string], Row>(`SELECT ${COLUMNS} FROM attachments a LEFT JOIN requests r ON r.id = a.request_id WHERE a.id = ?`);
  const selectTemporary = db.prepare<[number], Row>(
    `SELECT ${COLUMNS} FROM attachments a LEFT JOIN requests r ON r.id = a.request_id WHERE a.activity_id IS NULL AND a.created_at < ?`,
  );
  const remove = db.prepare(`DELETE FROM attachments WHERE id = ? AND activity_id IS NULL`);

  return {
    create: async (record) => {
      insert.run(record.id, record.ownerKey, record.name, record.size, record.contentType, record.createdAt);
    },
    get: async (id) => {
      const row = select.get(id);
      return row ? toRecord(row) : null;
    },
    listUnlinkedBefore: async (timestamp) => selectTemporary.all(timestamp).map(toRecord),
    delete: async (id) => {
      remove.run(id);
    },
  };
}
