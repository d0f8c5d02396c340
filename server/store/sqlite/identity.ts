import { randomUUID } from 'node:crypto';
import type { Locale, UpdateMeBody } from '../../../src/api/contract.js';
import type { VerifiedIdentity } from '../../auth/tokens.js';
import { isLocale } from '../../domain/locale.js';
import type { UserRecord } from '../portal-store.js';
import type { Db } from './database.js';

interface UserRow {
  id: string;
  org_id: string | null;
  org_name: string | null;
  email: string;
  name: string;
  token_name: string;
  locale: string;
  notify_by_email: number;
  is_visitor: number;
}

function toUser(row: UserRow): UserRecord {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    orgId: row.org_id,
    orgName: row.org_name,
    locale: isLocale(row.locale) ? row.locale : 'de',
    notifyByEmail: row.notify_by_email === 1,
    isVisitor: row.is_visitor === 1,
  };
}

export function createIdentityRepository(db: Db) {
  const selectUser = db.prepare<[string], UserRow>(
    `SELECT u.*, o.name AS org_name FROM users u LEFT JOIN organizations o ON o.id = u.org_id WHERE u.id = ?`,
  );
  const selectOrgName = db.prepare<[string], { name: string }>(`SELECT name FROM organizations WHERE id = ?`);
  const insertOrg = db.prepare(`INSERT INTO organizations (id, name, created_at) VALUES (?, ?, ?)`);
  const renameOrg = db.prepare(`UPDATE organizations SET name = ? WHERE id = ?`);
  const insertUser = db.prepare(
    `INSERT INTO users (id, org_id, email, name, token_name, locale, is_visitor, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const syncUser = db.prepare(`UPDATE users SET org_id = ?, email = ?, name = ?, token_name = ? WHERE id = ?`);
  const selectVisitor = db.prepare<[string], { id: string }>(`SELECT id FROM users WHERE is_visitor = 1 AND lower(email) = lower(?)`);
  const renameVisitor = db.prepare(`UPDATE users SET name = ?, token_name = ? WHERE id = ?`);
  const adoptVisitorRequests = db.prepare(
    `UPDATE requests SET created_by = ?, org_id = ? WHERE created_by IN (SELECT id FROM users WHERE is_visitor = 1 AND lower(email) = lower(?))`,
  );

  // Every API call identifies its user, so rows are kept in memory; every write below goes through `forget`.
  const cache = new Map<string, UserRow>();
  const CACHE_LIMIT = 10_000;
  const loadUser = (id: string): UserRow | undefined => {
    const cached = cache.get(id);
    if (cached) return cached;
    const row = selectUser.get(id);
    if (row) {
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(id, row);
    }
    return row;
  };
  const forget = () => cache.clear();

  const ensureOrganization = (id: string, name: string, now: number) => {
    const existing = selectOrgName.get(id);
    if (!existing) insertOrg.run(id, name, now);
    else if (existing.name !== name) {
      renameOrg.run(name, id);
      forget();
    }
  };

  const getUser = (id: string): UserRecord | null => {
    const row = loadUser(id);
    return row ? toUser(row) : null;
  };

  const unchanged = (row: UserRow, identity: VerifiedIdentity) =>
    row.org_id === identity.orgId && row.org_name === identity.orgName && row.email === identity.email && row.token_name === identity.name;

  const sync = db.transaction((identity: VerifiedIdentity, locale: Locale): UserRecord => {
    forget();
    const now = Date.now();
    const row = selectUser.get(identity.userId);
    ensureOrganization(identity.orgId, identity.orgName, now);
    if (!row) {
      insertUser.run(identity.userId, identity.orgId, identity.email, identity.name, identity.name, locale, 0, now);
      // Requests the person sent as a visitor become theirs once the host app vouches for the address.
      adoptVisitorRequests.run(identity.userId, identity.orgId, identity.email);
    } else {
      const name = row.token_name === identity.name ? row.name : identity.name;
      syncUser.run(identity.orgId, identity.email, name, identity.name, identity.userId);
    }
    return getUser(identity.userId) as UserRecord;
  });

  /**
   * Creates or refreshes the user and organisation from a verified token; a plain read when nothing changed, which
   * is almost every request. A name the user chose with PATCH /me is kept until a token carries a different name
   * than the previous token did.
   */
  const identify = (identity: VerifiedIdentity, locale: Locale): UserRecord => {
    const row = loadUser(identity.userId);
    return row && unchanged(row, identity) ? toUser(row) : sync(identity, locale);
  };

  const upsertVisitor = db.transaction((email: string, name: string, locale: Locale): UserRecord => {
    forget();
    const existing = selectVisitor.get(email);
    if (existing) {
      renameVisitor.run(name, name, existing.id);
      return getUser(existing.id) as UserRecord;
    }
    const id = `visitor-${randomUUID()}`;
    insertUser.run(id, null, email, name, name, locale, 1, Date.now());
    return getUser(id) as UserRecord;
  });

  const updateUser = (id: string, patch: UpdateMeBody): UserRecord => {
    const columns: [string, string | number | undefined][] = [
      ['name', patch.name],
      ['locale', patch.locale],
      ['notify_by_email', patch.notifyByEmail === undefined ? undefined : Number(patch.notifyByEmail)],
    ];
    const present = columns.filter((column): column is [string, string | number] => column[1] !== undefined);
    if (present.length > 0) {
      forget();
      const assignments = present.map(([column]) => `${column} = ?`).join(', ');
      db.prepare(`UPDATE users SET ${assignments} WHERE id = ?`).run(...present.map(([, value]) => value), id);
    }
    const user = getUser(id);
    if (!user) throw new Error(`user ${id} vanished`);
    return user;
  };

  return { identify, upsertVisitor, getUser, updateUser, ensureOrganization };
}
