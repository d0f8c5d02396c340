import type { IdempotencyRecord, IdempotencyStore } from '../portal-store.js';
import type { Db } from './database.js';

/** The store in the portal's own database, which also tells which sends never finished (for the JSM gateway). */
export interface LocalIdempotencyStore extends IdempotencyStore {
  /** The keys reserved before `createdBefore` whose send has neither completed nor been released. */
  unfinished(createdBefore: number): Array<{ scope: string; key: string }>;
}

export function createIdempotencyStore(db: Db): LocalIdempotencyStore {
  const select = db.prepare<[string, string], IdempotencyRecord>(
    `SELECT fingerprint, status, body FROM idempotency_keys WHERE scope = ? AND key = ?`,
  );
  const insert = db.prepare(`INSERT INTO idempotency_keys (scope, key, fingerprint, created_at) VALUES (?, ?, ?, ?)`);
  const complete = db.prepare(`UPDATE idempotency_keys SET status = ?, body = ? WHERE scope = ? AND key = ?`);
  const release = db.prepare(`DELETE FROM idempotency_keys WHERE scope = ? AND key = ? AND status IS NULL`);
  const purge = db.prepare(`DELETE FROM idempotency_keys WHERE created_at < ?`);
  const unfinished = db.prepare<[number], { scope: string; key: string }>(`SELECT scope, key FROM idempotency_keys WHERE status IS NULL AND created_at < ?`);

  // Check-then-insert is atomic here because better-sqlite3 runs synchronously on the one event-loop thread.
  const reserve = db.transaction((scope: string, key: string, fingerprint: string): IdempotencyRecord | null => {
    const existing = select.get(scope, key);
    if (existing) return existing;
    insert.run(scope, key, fingerprint, Date.now());
    return null;
  });

  return {
    reserve: async (scope, key, fingerprint) => reserve(scope, key, fingerprint),
    complete: async (scope, key, status, body) => {
      complete.run(status, body, scope, key);
    },
    release: async (scope, key) => {
      release.run(scope, key);
    },
    purgeOlderThan: async (timestamp) => purge.run(timestamp).changes,
    unfinished: (createdBefore) => unfinished.all(createdBefore),
  };
}
