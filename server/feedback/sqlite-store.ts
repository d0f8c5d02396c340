import { createHmac, randomBytes } from 'node:crypto';
import type { Db } from '../store/sqlite/database.js';
import { feedbackPairKeys, type FeedbackStore, type LearnedPair } from './learner.js';

const SECRET_KEY = 'feedback.secret';
const KEY_CHECK = 'feedback.key-check';
const REVISION = 'feedback.revision';

/**
 * The learner's counts in the portal's own SQLite file (tables of migration 10), in both backends: on JSM it is the
 * gateway's state store. Pending pairs (feedback_pending, feedback_pending_marks) hold keys and marks, never a term;
 * feedback_learned holds the learned terms. `secure_delete` on this connection overwrites the marks a learned or
 * expired pair leaves, rather than leaving them in free pages of the file.
 */
export function createSqliteFeedbackStore(db: Db): FeedbackStore {
  db.pragma('secure_delete = ON');
  const s = {
    isLearned: db.prepare<[string, string], number>('SELECT 1 FROM feedback_learned WHERE article_id = ? AND term = ?').pluck(),
    pending: db.prepare<[string, string], number>('SELECT practices FROM feedback_pending WHERE article_id = ? AND pair_key = ?').pluck(),
    pendingPairs: db.prepare<[string], number>('SELECT count(*) FROM feedback_pending WHERE article_id = ?').pluck(),
    stalest: db.prepare<[string], string>('SELECT pair_key FROM feedback_pending WHERE article_id = ? AND practices = 1 ORDER BY last_day, pair_key LIMIT 1').pluck(),
    addPair: db.prepare('INSERT INTO feedback_pending (article_id, pair_key, practices, last_day) VALUES (?, ?, 0, ?)'),
    addMark: db.prepare('INSERT INTO feedback_pending_marks (article_id, pair_key, mark, day) VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET day = max(day, excluded.day)'),
    counted: db.prepare('UPDATE feedback_pending SET practices = practices + ?, last_day = max(last_day, ?) WHERE article_id = ? AND pair_key = ?'),
    known: db.prepare<[string, string, string], number>('SELECT 1 FROM feedback_pending_marks WHERE article_id = ? AND pair_key = ? AND mark = ?').pluck(),
    dropMarks: db.prepare('DELETE FROM feedback_pending_marks WHERE article_id = ? AND pair_key = ?'),
    dropPair: db.prepare<[string, string], { practices: number }>('DELETE FROM feedback_pending WHERE article_id = ? AND pair_key = ? RETURNING practices'),
    learn: db.prepare('INSERT INTO feedback_learned (article_id, term, practices, learned_day) VALUES (?, ?, ?, ?)'),
    expireMarks: db.prepare<[number], { article_id: string; pair_key: string }>('DELETE FROM feedback_pending_marks WHERE day < ? RETURNING article_id, pair_key'),
    recount: db.prepare<[{ article: string; key: string }]>(`UPDATE feedback_pending SET practices = (SELECT count(*) FROM feedback_pending_marks m
      WHERE m.article_id = @article AND m.pair_key = @key) WHERE article_id = @article AND pair_key = @key`),
    dropEmpty: db.prepare('DELETE FROM feedback_pending WHERE article_id = ? AND pair_key = ? AND practices = 0'),
    clearMarks: db.prepare('DELETE FROM feedback_pending_marks'),
    clearPairs: db.prepare('DELETE FROM feedback_pending'),
    learned: db.prepare<[], { article_id: string; term: string; practices: number; learned_day: number }>('SELECT article_id, term, practices, learned_day FROM feedback_learned'),
    revision: db.prepare<[string], string>('SELECT value FROM meta WHERE key = ?').pluck(),
    bump: db.prepare("INSERT INTO meta (key, value) VALUES (?, '1') ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1"),
  };

  return {
    // IMMEDIATE: the write lock is taken before the reads, so two processes cannot both count the same last practice.
    atomically: (work) => db.transaction(work).immediate(),
    isLearned: (articleId, term) => s.isLearned.get(articleId, term) === 1,
    pending: (articleId, key) => s.pending.get(articleId, key) ?? null,
    pendingPairs: (articleId) => s.pendingPairs.get(articleId) ?? 0,
    stalestSingle: (articleId) => s.stalest.get(articleId) ?? null,
    addPair(articleId, key, day) {
      s.addPair.run(articleId, key, day);
    },
    mark(articleId, key, mark, day) {
      const known = s.known.get(articleId, key, mark) === 1;
      s.addMark.run(articleId, key, mark, day);
      s.counted.run(known ? 0 : 1, day, articleId, key);
      return !known;
    },
    dropPair(articleId, key) {
      s.dropMarks.run(articleId, key);
      s.dropPair.run(articleId, key);
    },
    learn(articleId, key, term, day) {
      s.dropMarks.run(articleId, key);
      const pair = s.dropPair.get(articleId, key);
      if (!pair) throw new Error(`no pending pair ${articleId}/${key}`);
      s.learn.run(articleId, term, pair.practices, day);
      s.bump.run(REVISION);
    },
    expire(beforeDay) {
      const touched = new Map<string, [string, string]>();
      for (const row of s.expireMarks.all(beforeDay)) touched.set(JSON.stringify([row.article_id, row.pair_key]), [row.article_id, row.pair_key]);
      for (const [articleId, key] of touched.values()) {
        s.recount.run({ article: articleId, key });
        s.dropEmpty.run(articleId, key);
      }
    },
    clearPending() {
      s.clearMarks.run();
      s.clearPairs.run();
    },
    learned: (): LearnedPair[] => s.learned.all().map((r) => ({ articleId: r.article_id, term: r.term, practices: r.practices, learnedDay: r.learned_day })),
    revision: () => Number(s.revision.get(REVISION) ?? 0),
  };
}

/** What `feedbackSecret` found. */
export interface FeedbackKey {
  secret: string;
  /** The key changed: pending counts were dropped (learned keywords stay). */
  reset: boolean;
  /** Pending pairs of a database from before migration 10 that now are keyed by hash, their terms deleted. */
  converted: number;
}

/**
 * The key of the practice marks and pair keys: `configured` (PORTAL_FEEDBACK_SECRET) when set, which keeps it out of
 * the database file, else one generated at the first start and kept in `meta`. A check value of the key is kept too:
 * when the key changes, the pending pairs and marks could never match again (a practice would count twice), so they
 * are deleted and `reset` is true. Learned keywords stay.
 *
 * Also completes migration 10, which needs the key: pending pairs it left in feedback_legacy_pairs with their terms
 * are moved to feedback_pending under their keyed hash, with their marks (unchanged: marks never depended on how the
 * pair is stored), or dropped when the key changed; then the legacy tables are dropped with `secure_delete` on and the
 * WAL is checkpointed, so the terms are overwritten in the file, not left in free pages.
 */
export function feedbackSecret(db: Db, configured: string | null): FeedbackKey {
  db.pragma('secure_delete = ON');
  const get = db.prepare<[string], string>('SELECT value FROM meta WHERE key = ?').pluck();
  const put = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
  const key = db.transaction((): FeedbackKey & { legacy: boolean } => {
    let secret = configured;
    if (secret) db.prepare('DELETE FROM meta WHERE key = ?').run(SECRET_KEY);
    else {
      secret = get.get(SECRET_KEY) ?? randomBytes(32).toString('base64url');
      put.run(SECRET_KEY, secret);
    }
    const check = createHmac('sha256', secret).update('medsupport feedback key check').digest('base64url').slice(0, 16);
    const previous = get.get(KEY_CHECK);
    const reset = previous !== undefined && previous !== check;
    if (reset) {
      db.prepare('DELETE FROM feedback_pending_marks').run();
      db.prepare('DELETE FROM feedback_pending').run();
    }
    const legacy = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'feedback_legacy_pairs'").get() !== undefined;
    const converted = legacy && !reset ? convertLegacyPending(db, secret) : 0;
    if (legacy) db.exec('DROP TABLE feedback_legacy_marks; DROP TABLE feedback_legacy_pairs;');
    put.run(KEY_CHECK, check);
    return { secret, reset, converted, legacy };
  }).immediate();
  // The dropped pages are zeroed in the WAL; a checkpoint writes them over the file's old ones. Another process
  // reading may keep the WAL from being truncated now; its frames are overwritten as the WAL is reused.
  if (key.legacy) db.pragma('wal_checkpoint(TRUNCATE)');
  return { secret: key.secret, reset: key.reset, converted: key.converted };
}

function convertLegacyPending(db: Db, secret: string): number {
  const keyOf = feedbackPairKeys(secret);
  const pairs = db.prepare<[], { article_id: string; term: string; practices: number; last_day: number }>(
    'SELECT article_id, term, practices, last_day FROM feedback_legacy_pairs WHERE learned_day IS NULL').all();
  const addPair = db.prepare('INSERT INTO feedback_pending (article_id, pair_key, practices, last_day) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING');
  const addMarks = db.prepare(`INSERT INTO feedback_pending_marks (article_id, pair_key, mark, day)
    SELECT article_id, ?, mark, day FROM feedback_legacy_marks WHERE article_id = ? AND term = ? ON CONFLICT DO NOTHING`);
  for (const pair of pairs) {
    const key = keyOf(pair.article_id, pair.term);
    addPair.run(pair.article_id, key, pair.practices, pair.last_day);
    addMarks.run(key, pair.article_id, pair.term);
  }
  return pairs.length;
}
