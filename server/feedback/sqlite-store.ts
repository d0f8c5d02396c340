import { createHmac, randomBytes } from 'node:crypto';
import type { Db } from '../store/sqlite/database.js';
import type { FeedbackStore, LearnedPair } from './learner.js';

const SECRET_KEY = 'feedback.secret';
const KEY_CHECK = 'feedback.key-check';
const REVISION = 'feedback.revision';

/**
 * The learner's counts in the portal's own SQLite file (tables of migration 9), in both backends: on JSM it is the
 * gateway's state store. `secure_delete` on this connection overwrites the marks a learned or expired pair leaves,
 * rather than leaving them in free pages of the file.
 */
export function createSqliteFeedbackStore(db: Db): FeedbackStore {
  db.pragma('secure_delete = ON');
  const s = {
    pair: db.prepare<[string, string], { practices: number; learned_day: number | null }>('SELECT practices, learned_day FROM feedback_pairs WHERE article_id = ? AND term = ?'),
    pending: db.prepare<[string], number>('SELECT count(*) FROM feedback_pairs WHERE article_id = ? AND learned_day IS NULL').pluck(),
    stalest: db.prepare<[string], string>('SELECT term FROM feedback_pairs WHERE article_id = ? AND learned_day IS NULL AND practices = 1 ORDER BY last_day, term LIMIT 1').pluck(),
    addPair: db.prepare('INSERT INTO feedback_pairs (article_id, term, practices, last_day) VALUES (?, ?, 0, ?)'),
    addMark: db.prepare('INSERT INTO feedback_marks (article_id, term, mark, day) VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET day = max(day, excluded.day)'),
    counted: db.prepare('UPDATE feedback_pairs SET practices = practices + ?, last_day = max(last_day, ?) WHERE article_id = ? AND term = ? AND learned_day IS NULL'),
    dropMarks: db.prepare('DELETE FROM feedback_marks WHERE article_id = ? AND term = ?'),
    dropPair: db.prepare('DELETE FROM feedback_pairs WHERE article_id = ? AND term = ? AND learned_day IS NULL'),
    learn: db.prepare('UPDATE feedback_pairs SET learned_day = ? WHERE article_id = ? AND term = ? AND learned_day IS NULL'),
    known: db.prepare<[string, string, string], number>('SELECT 1 FROM feedback_marks WHERE article_id = ? AND term = ? AND mark = ?').pluck(),
    expireMarks: db.prepare<[number], { article_id: string; term: string }>('DELETE FROM feedback_marks WHERE day < ? RETURNING article_id, term'),
    recount: db.prepare<[{ article: string; term: string }]>(`UPDATE feedback_pairs SET practices = (SELECT count(*) FROM feedback_marks m WHERE m.article_id = @article AND m.term = @term)
      WHERE article_id = @article AND term = @term AND learned_day IS NULL`),
    dropEmpty: db.prepare('DELETE FROM feedback_pairs WHERE article_id = ? AND term = ? AND learned_day IS NULL AND practices = 0'),
    clearMarks: db.prepare('DELETE FROM feedback_marks'),
    clearPairs: db.prepare('DELETE FROM feedback_pairs WHERE learned_day IS NULL'),
    learned: db.prepare<[], { article_id: string; term: string; practices: number; learned_day: number }>('SELECT article_id, term, practices, learned_day FROM feedback_pairs WHERE learned_day IS NOT NULL'),
    revision: db.prepare<[string], string>('SELECT value FROM meta WHERE key = ?').pluck(),
    bump: db.prepare("INSERT INTO meta (key, value) VALUES (?, '1') ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1"),
  };

  return {
    // IMMEDIATE: the write lock is taken before the reads, so two processes cannot both count the same last practice.
    atomically: (work) => db.transaction(work).immediate(),
    pair(articleId, term) {
      const row = s.pair.get(articleId, term);
      return row ? { practices: row.practices, learned: row.learned_day !== null } : null;
    },
    pendingPairs: (articleId) => s.pending.get(articleId) ?? 0,
    stalestSingle: (articleId) => s.stalest.get(articleId) ?? null,
    addPair(articleId, term, day) {
      s.addPair.run(articleId, term, day);
    },
    mark(articleId, term, mark, day) {
      const known = s.known.get(articleId, term, mark) === 1;
      s.addMark.run(articleId, term, mark, day);
      s.counted.run(known ? 0 : 1, day, articleId, term);
      return !known;
    },
    dropPair(articleId, term) {
      s.dropMarks.run(articleId, term);
      s.dropPair.run(articleId, term);
    },
    learn(articleId, term, day) {
      s.dropMarks.run(articleId, term);
      s.learn.run(day, articleId, term);
      s.bump.run(REVISION);
    },
    expire(beforeDay) {
      const touched = new Map<string, [string, string]>();
      for (const row of s.expireMarks.all(beforeDay)) touched.set(JSON.stringify([row.article_id, row.term]), [row.article_id, row.term]);
      for (const [articleId, term] of touched.values()) {
        s.recount.run({ article: articleId, term });
        s.dropEmpty.run(articleId, term);
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

/**
 * The key of the practice marks: `configured` (PORTAL_FEEDBACK_SECRET) when set, which keeps it out of the database
 * file, else one generated at the first start and kept in `meta`. A check value of the key is kept too: when the key
 * changes, the pending marks could never match again (a practice would count twice), so they are deleted and
 * `reset` is true. Learned keywords stay.
 */
export function feedbackSecret(db: Db, configured: string | null): { secret: string; reset: boolean } {
  const get = db.prepare<[string], string>('SELECT value FROM meta WHERE key = ?').pluck();
  const put = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
  return db.transaction(() => {
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
      db.prepare('DELETE FROM feedback_marks').run();
      db.prepare('DELETE FROM feedback_pairs WHERE learned_day IS NULL').run();
    }
    put.run(KEY_CHECK, check);
    return { secret, reset };
  }).immediate();
}
