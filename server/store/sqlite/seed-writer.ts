import type { StatusId } from '../../../src/api/contract.js';
import type { SeedData, SeedRequest } from '../../seed/types.js';
import type { Db } from './database.js';
import type { RequestTypeCatalog } from './request-types.js';
import type { RequestWriter } from './request-writer.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Writes the demo data once, marked in `meta`, so restarts never duplicate it. */
export function createSeedWriter(db: Db, catalog: RequestTypeCatalog, writer: RequestWriter) {
  const seeded = db.prepare<[], { value: string }>(`SELECT value FROM meta WHERE key = 'seeded_at'`);
  const markSeeded = db.prepare(`INSERT INTO meta (key, value) VALUES ('seeded_at', ?)`);
  const insertOrg = db.prepare(`INSERT OR IGNORE INTO organizations (id, name, created_at) VALUES (?, ?, ?)`);
  const insertUser = db.prepare(
    `INSERT OR IGNORE INTO users (id, org_id, email, name, token_name, locale, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );

  const writeRequest = (request: SeedRequest, data: SeedData, now: number) => {
    const creator = data.users.find((user) => user.id === request.createdBy);
    const typeId = catalog.idFor(request.requestTypeKey);
    if (!creator || !typeId) throw new Error(`seed request "${request.fields.summary}" references unknown data`);
    const createdAt = Math.round(now - request.daysAgo * DAY);
    const requestId = writer.insertRequest({
      orgId: creator.orgId, requestTypeId: typeId, createdBy: creator.id, fields: request.fields,
      context: request.context ?? null, status: 'waiting_for_support', at: createdAt,
    });
    writer.addActivity({ requestId, type: 'created', at: createdAt, authorId: creator.id, authorName: creator.name, isAgent: false });
    let status: StatusId = 'waiting_for_support';
    for (const event of [...request.events].sort((a, b) => a.hoursAfter - b.hoursAfter)) {
      const at = Math.min(now, Math.round(createdAt + event.hoursAfter * HOUR));
      if (event.kind === 'status') {
        status = event.status;
        writer.changeStatus({ requestId, type: 'status', at, authorId: null, authorName: event.author, isAgent: true, status });
      } else if (event.kind === 'agent_comment') {
        writer.addActivity({ requestId, type: 'comment', at, authorId: null, authorName: event.author, isAgent: true, body: event.body });
      } else {
        const author = data.users.find((user) => user.id === event.userId) ?? creator;
        writer.addActivity({ requestId, type: 'comment', at, authorId: author.id, authorName: author.name, isAgent: false, body: event.body });
        if (status === 'waiting_for_customer') {
          status = 'waiting_for_support';
          writer.changeStatus({ requestId, type: 'status', at, authorId: author.id, authorName: author.name, isAgent: false, status });
        }
      }
    }
  };

  return db.transaction((data: SeedData): boolean => {
    if (seeded.get()) return false;
    const now = Date.now();
    for (const org of data.organizations) insertOrg.run(org.id, org.name, now);
    for (const user of data.users) insertUser.run(user.id, user.orgId, user.email, user.name, user.name, user.locale, now);
    // Oldest first, so MED-numbers grow with creation time as they would in a real portal.
    const ordered = [...data.requests].sort((a, b) => b.daysAgo - a.daysAgo);
    for (const request of ordered) writeRequest(request, data, now);
    markSeeded.run(new Date(now).toISOString());
    return true;
  });
}
