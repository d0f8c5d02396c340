import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import type { RequestFilters } from '../../server/store/portal-store.js';
import { openDatabase, type Db } from '../../server/store/sqlite/database.js';
import { migrate } from '../../server/store/sqlite/migrations.js';
import { listQuery, type ListScope } from '../../server/store/sqlite/request-list.js';

/**
 * A list page must be a range scan of an index in list order that stops after the page: sorting all of a user's or
 * a practice's requests first costs time in proportion to their number. Checked with and without statistics, since
 * nothing in the portal runs ANALYZE but an operator may.
 */
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

function tempFile(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'medsupport-plan-'));
  dirs.push(dir);
  return path.join(dir, 'portal.sqlite');
}

/** Three practices of four users with 200 requests each, half of them closed. */
function fill(db: Db): void {
  db.exec(`INSERT INTO request_types (id, key, position, definition) VALUES ('rt-bug', 'bug', 0, '{}')`);
  const org = db.prepare('INSERT INTO organizations (id, name, created_at) VALUES (?, ?, 0)');
  const user = db.prepare(`INSERT INTO users (id, org_id, email, name, token_name, created_at) VALUES (?, ?, ?, ?, ?, 0)`);
  const request = db.prepare(
    `INSERT INTO requests (org_id, request_type_id, created_by, summary, summary_folded, fields, status, created_at, updated_at)
     VALUES (?, 'rt-bug', ?, 'Drucker', 'drucker', '{}', ?, ?, ?)`,
  );
  db.transaction(() => {
    for (let o = 0; o < 3; o++) {
      org.run(`org-${o}`, `Praxis ${o}`);
      for (let u = 0; u < 4; u++) {
        user.run(`user-${o}-${u}`, `org-${o}`, `u${o}${u}@example.com`, `User ${u}`, `User ${u}`);
        for (let i = 0; i < 200; i++) request.run(`org-${o}`, `user-${o}-${u}`, i % 2 ? 'closed' : 'in_progress', i * 1000, i * 1000 + u);
      }
    }
  })();
}

const filters = (extra: Partial<RequestFilters> = {}): RequestFilters => ({ status: 'open', sort: 'updated', limit: 25, ...extra });
const mine: ListScope = { orgId: 'org-1', creator: { id: 'user-1-2', name: 'User 2' } };
const organization: ListScope = { orgId: 'org-1' };

function plan(db: Db, scope: ListScope, list: RequestFilters): string {
  const { sql, params } = listQuery(scope, list);
  return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((row) => row.detail).join(' | ');
}

function expectPlans(db: Db): void {
  const cases: [ListScope, RequestFilters, string][] = [
    [mine, filters(), 'requests_org_creator_category_updated'],
    [mine, filters({ status: 'all', limit: 100 }), 'COVERING INDEX requests_org_creator_updated'],
    [mine, filters({ sort: 'created' }), 'requests_org_creator_category_created'],
    [mine, filters({ status: 'all', sort: 'created' }), 'requests_org_creator_created'],
    [organization, filters({ createdBy: 'user-1-2', status: 'closed' }), 'requests_org_creator_category_updated'],
    [organization, filters(), 'requests_org_category_updated'],
    [organization, filters({ status: 'all' }), 'requests_org_updated'],
  ];
  for (const [scope, list, index] of cases) {
    const detail = plan(db, scope, list);
    expect(detail, JSON.stringify([scope, list])).toContain(index);
    expect(detail, JSON.stringify([scope, list])).not.toContain('TEMP B-TREE');
  }
}

describe('list query plans', () => {
  it('read an index in list order, without statistics', () => {
    const db = openDatabase(tempFile());
    fill(db);
    expectPlans(db);
    db.close();
  });

  it('read an index in list order after ANALYZE', () => {
    const db = openDatabase(tempFile());
    fill(db);
    db.exec('ANALYZE');
    expectPlans(db);
    db.close();
  });

  it('keep a search in a practice on the list index, reading only that practice\'s terms', () => {
    const db = openDatabase(tempFile());
    fill(db);
    for (const scope of [mine, organization]) {
      const { sql, params } = listQuery(scope, filters({ q: 'drucker rechnugn' }), () => ['rechnung']);
      const detail = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((row) => row.detail).join(' | ');
      expect(detail).toContain(scope.creator ? 'requests_org_creator_category_updated' : 'requests_org_category_updated');
      expect(detail).toContain('COVERING INDEX request_terms_org (org_id=? AND term>? AND term<?)');
      expect(detail).not.toContain('TEMP B-TREE');
    }
    db.close();
  });

  it('read the covering index without the table for the unread poll', () => {
    const db = openDatabase(tempFile());
    fill(db);
    const { sql, params } = listQuery(mine, filters({ status: 'all', limit: 100 }));
    const opcodes = db.prepare(`EXPLAIN ${sql}`).all(...params) as { opcode: string; p1: number; p2: number }[];
    const requestsTable = (db.prepare(`SELECT rootpage FROM sqlite_schema WHERE name = 'requests'`).get() as { rootpage: number }).rootpage;
    expect(opcodes.filter((op) => op.opcode === 'OpenRead' && op.p2 === requestsTable)).toEqual([]);
    db.close();
  });

  it('survive an upgrade of an analysed database: statistics are taken again after migrating', () => {
    const file = tempFile();
    const old = new Database(file);
    migrate(old, 2);
    fill(old);
    old.exec('ANALYZE');
    old.close();

    const db = openDatabase(file);
    const analysed = (db.prepare(`SELECT idx FROM sqlite_stat1 WHERE tbl = 'requests'`).all() as { idx: string }[]).map((row) => row.idx);
    expect(analysed).toContain('requests_org_creator_updated');
    expect(analysed).not.toContain('requests_org_creator');
    expectPlans(db);
    db.close();
  });
});
