import type { ReadMarks } from '../../../src/api/contract.js';
import type { Db } from './database.js';

/** Marks kept per user; the oldest go first. The widget looks at the newest 100 requests, so this is plenty. */
export const MAX_READ_MARKS = 1000;

/**
 * What each user has read, per request key (tables of the read-marks migration). Shared by both stores: in the JSM
 * mode the tables are part of the gateway's local state store, as JSM keeps nothing like it.
 */
export function createReadMarks(db: Db) {
  const s = {
    since: db.prepare<[string], number>('SELECT since FROM read_since WHERE user_id = ?').pluck(),
    start: db.prepare('INSERT OR IGNORE INTO read_since (user_id, since) VALUES (?, ?)'),
    marks: db.prepare<[string], { request_key: string; read_at: number }>('SELECT request_key, read_at FROM read_marks WHERE user_id = ? ORDER BY request_key'),
    put: db.prepare(
      'INSERT INTO read_marks (user_id, request_key, read_at) VALUES (?, ?, ?) ON CONFLICT (user_id, request_key) DO UPDATE SET read_at = max(read_at, excluded.read_at)',
    ),
    mark: db.prepare<[string, string], number>('SELECT read_at FROM read_marks WHERE user_id = ? AND request_key = ?').pluck(),
    trim: db.prepare(
      'DELETE FROM read_marks WHERE user_id = ? AND request_key NOT IN (SELECT request_key FROM read_marks WHERE user_id = ? ORDER BY read_at DESC LIMIT ?)',
    ),
  };

  const ensureSince = (userId: string): number => {
    s.start.run(userId, Date.now());
    return s.since.get(userId)!;
  };

  return {
    /** The user's marks; the first call for a user starts the user's `since` at now. */
    get: db.transaction((userId: string): ReadMarks => {
      const since = ensureSince(userId);
      const marks: Record<string, string> = {};
      for (const row of s.marks.all(userId)) marks[row.request_key] = new Date(row.read_at).toISOString();
      return { since: new Date(since).toISOString(), marks };
    }),
    /** Moves the mark forward to `at` (never back, so devices may report in any order); returns the mark now kept. */
    put: db.transaction((userId: string, key: string, at: number): string => {
      ensureSince(userId);
      s.put.run(userId, key, at);
      s.trim.run(userId, userId, MAX_READ_MARKS);
      return new Date(s.mark.get(userId, key) ?? at).toISOString();
    }),
  };
}
