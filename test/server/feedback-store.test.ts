import { createHmac } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createFeedbackLearner, feedbackPairKeys } from '../../server/feedback/learner.js';
import { createSqliteFeedbackStore, feedbackSecret } from '../../server/feedback/sqlite-store.js';
import { openDatabase, type Db } from '../../server/store/sqlite/database.js';
import { migrate } from '../../server/store/sqlite/migrations.js';
import { learnerSuite } from './feedback-learner-suite.js';

const open: Db[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const db of open.splice(0)) if (db.open) db.close();
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function database(file = ':memory:'): Db {
  const db = openDatabase(file);
  open.push(db);
  return db;
}

function tempFile(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'feedback-store-'));
  dirs.push(dir);
  return path.join(dir, 'portal.sqlite');
}

learnerSuite('SQLite store', () => createSqliteFeedbackStore(database()));

/** Every text a row of a feedback table holds (whatever tables the schema has), and the meta rows the feedback keeps. */
function storedTexts(db: Db): string[] {
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name LIKE 'feedback%'").pluck().all() as string[];
  const rows = [
    ...tables.flatMap((table) => db.prepare(`SELECT * FROM "${table}"`).all()),
    ...db.prepare("SELECT * FROM meta WHERE key LIKE 'feedback.%'").all(),
  ] as Record<string, unknown>[];
  return rows.flatMap((row) => Object.values(row).map(String));
}

/** Every text any row of any table of the database holds. */
function allTexts(db: Db): string[] {
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all() as string[];
  return tables.flatMap((table) => (db.prepare(`SELECT * FROM "${table}"`).all() as Record<string, unknown>[]).flatMap((row) => Object.values(row).map(String)));
}

/** The bytes of the database file and its WAL after a checkpoint, so deleted rows would show in free pages or the WAL. */
function fileBytes(db: Db, file: string): Buffer {
  expect(db.pragma('secure_delete', { simple: true })).toBe(1);
  db.pragma('wal_checkpoint(TRUNCATE)');
  return Buffer.concat([fs.readFileSync(file), ...(fs.existsSync(`${file}-wal`) ? [fs.readFileSync(`${file}-wal`)] : [])]);
}

describe('the SQLite feedback store', () => {
  it('holds no practice or user id: per pair one mark per practice, different for every pair, gone once learned', () => {
    const db = database();
    const learner = createFeedbackLearner({ secret: feedbackSecret(db, null).secret, store: createSqliteFeedbackStore(db), minPractices: 3 });
    const orgs = ['org-berger', 'org-seepraxis', 'u-berger-anna'];
    learner.record('drucken', 'org-berger', ['ausdruck', 'druckerei']);
    learner.record('passwort', 'org-berger', ['ausdruck']);
    learner.record('drucken', 'org-seepraxis', ['ausdruck']);

    const marks = db.prepare('SELECT article_id, pair_key, mark, day FROM feedback_pending_marks').all() as { article_id: string; pair_key: string; mark: string; day: number }[];
    const keyOf = feedbackPairKeys(feedbackSecret(db, null).secret);
    const pairOf = new Map([['drucken', 'ausdruck'], ['drucken', 'druckerei'], ['passwort', 'ausdruck']].map(([a, t]) => [`${a}/${keyOf(a as string, t as string)}`, `${a}/${t}`]));
    expect(marks.map((m) => pairOf.get(`${m.article_id}/${m.pair_key}`)).sort()).toEqual(['drucken/ausdruck', 'drucken/ausdruck', 'drucken/druckerei', 'passwort/ausdruck']);
    // org-berger's three marks are three unrelated strings; days are whole days, never times.
    expect(new Set(marks.map((m) => m.mark)).size).toBe(4);
    expect(marks.every((m) => Number.isInteger(m.day) && m.day < 100_000)).toBe(true);
    const texts = storedTexts(db);
    for (const id of orgs) expect(texts.some((t) => t.toLowerCase().includes(id.toLowerCase()))).toBe(false);

    learner.record('drucken', 'org-third', ['ausdruck']);
    expect(learner.learned().get('drucken')).toEqual(['ausdruck']);
    expect(db.prepare("SELECT count(*) AS n FROM feedback_pending_marks WHERE article_id = 'drucken' AND pair_key = ?").get(keyOf('drucken', 'ausdruck'))).toEqual({ n: 0 });
    expect(db.prepare("SELECT count(*) AS n FROM feedback_pending WHERE article_id = 'drucken' AND pair_key = ?").get(keyOf('drucken', 'ausdruck'))).toEqual({ n: 0 });
    expect(db.prepare("SELECT practices, learned_day > 0 AS learned FROM feedback_learned WHERE article_id = 'drucken' AND term = 'ausdruck'").get()).toEqual({ practices: 3, learned: 1 });
    expect(db.pragma('secure_delete', { simple: true })).toBe(1);
  });

  it('keeps a pending term nowhere in the file, not in a row, a free page or the WAL; writes it once learned', () => {
    const file = tempFile();
    const db = database(file);
    let now = 20_000 * 86_400_000;
    const learner = createFeedbackLearner({
      secret: feedbackSecret(db, null).secret, store: createSqliteFeedbackStore(db), minPractices: 3, maxPendingPerArticle: 3, pendingDays: 10, now: () => now,
    });
    // "Frau Meier gibt es zweimal": the widget reports the request form's words, a patient's name among them. Pending
    // pairs are added, counted, capped (one is replaced) and expire.
    learner.record('artikel-7', 'org-a', ['meier', 'zweimal', 'patientin']);
    learner.record('artikel-7', 'org-b', ['meier', 'doppelt']);
    now += 11 * 86_400_000;
    learner.record('artikel-7', 'org-c', ['meier', 'zweimal']);
    learner.record('artikel-7', 'org-d', ['meier', 'krause']);
    expect(learner.learned().size).toBe(0);
    expect(db.prepare('SELECT count(*) FROM feedback_pending').pluck().get()).toBe(3);

    const terms = ['meier', 'zweimal', 'patientin', 'doppelt', 'krause'];
    const texts = allTexts(db).join('\n').toLowerCase();
    const bytes = fileBytes(db, file);
    for (const term of terms) {
      expect(texts).not.toContain(term);
      expect(bytes.includes(term), term).toBe(false);
    }

    learner.record('artikel-7', 'org-e', ['meier']);
    expect(learner.learned().get('artikel-7')).toEqual(['meier']);
    expect(db.prepare("SELECT term, practices FROM feedback_learned WHERE article_id = 'artikel-7'").all()).toEqual([{ term: 'meier', practices: 3 }]);
    expect(fileBytes(db, file).includes('meier')).toBe(true);
    for (const term of ['zweimal', 'krause']) expect(fileBytes(db, file).includes(term), term).toBe(false);
  });

  it('keeps counting across restarts: a practice that reported before counts nothing new', () => {
    const file = tempFile();
    const first = database(file);
    const a = createFeedbackLearner({ secret: feedbackSecret(first, null).secret, store: createSqliteFeedbackStore(first), minPractices: 2 });
    a.record('a1', 'org-a', ['kennwort']);
    first.close();
    const second = database(file);
    const { secret, reset } = feedbackSecret(second, null);
    expect(reset).toBe(false);
    const b = createFeedbackLearner({ secret, store: createSqliteFeedbackStore(second), minPractices: 2 });
    expect(b.record('a1', 'org-a', ['kennwort'])).toBe(false);
    expect(b.record('a1', 'org-b', ['kennwort'])).toBe(true);
    expect(b.learned().get('a1')).toEqual(['kennwort']);
  });

  it('lets processes sharing the file see what another learned', () => {
    const file = tempFile();
    const [one, two] = [database(file), database(file)];
    const secret = feedbackSecret(one, null).secret;
    expect(feedbackSecret(two, null).secret).toBe(secret);
    const a = createFeedbackLearner({ secret, store: createSqliteFeedbackStore(one), minPractices: 2 });
    const b = createFeedbackLearner({ secret, store: createSqliteFeedbackStore(two), minPractices: 2 });
    a.record('a1', 'org-a', ['kennwort']);
    expect(b.record('a1', 'org-a', ['kennwort'])).toBe(false);
    const revision = a.revision();
    b.record('a1', 'org-b', ['kennwort']);
    expect(a.revision()).not.toBe(revision);
    expect(a.learned().get('a1')).toEqual(['kennwort']);
  });

  it('generates the key once and keeps it, or takes the configured one without storing it; a new key drops pending counts only', () => {
    const db = database();
    const generated = feedbackSecret(db, null);
    expect(generated.secret.length).toBeGreaterThanOrEqual(40);
    expect(feedbackSecret(db, null)).toEqual({ secret: generated.secret, reset: false, converted: 0 });
    const store = createSqliteFeedbackStore(db);
    const learner = createFeedbackLearner({ secret: generated.secret, store, minPractices: 2 });
    for (const org of ['org-a', 'org-b']) learner.record('a1', org, ['kennwort']);
    learner.record('a1', 'org-a', ['drucker']);

    const configured = feedbackSecret(db, 'configured-feedback-secret-0123456789');
    expect(configured).toEqual({ secret: 'configured-feedback-secret-0123456789', reset: true, converted: 0 });
    expect(storedTexts(db).some((t) => t.includes('configured-feedback-secret') || t === generated.secret)).toBe(false);
    expect(store.pending('a1', feedbackPairKeys(generated.secret)('a1', 'drucker'))).toBeNull();
    expect(db.prepare('SELECT count(*) FROM feedback_pending').pluck().get()).toBe(0);
    expect(learner.learned().get('a1')).toEqual(['kennwort']);
    expect(feedbackSecret(db, 'configured-feedback-secret-0123456789').reset).toBe(false);
  });

  /** A database as migration 9 and the learner before it left it: pending pairs with their terms. */
  function version9(file: string, secret: string): void {
    const old = new Database(file);
    old.pragma('journal_mode = WAL');
    old.pragma('secure_delete = ON');
    migrate(old, 9);
    const mark = (practice: string, article: string, term: string) =>
      createHmac('sha256', secret).update(JSON.stringify([practice, article, term])).digest('base64url').slice(0, 22);
    const check = createHmac('sha256', secret).update('medsupport feedback key check').digest('base64url').slice(0, 16);
    const day = Math.floor(Date.now() / 86_400_000);
    old.prepare("INSERT INTO meta (key, value) VALUES ('feedback.secret', ?), ('feedback.key-check', ?), ('feedback.revision', '1')").run(secret, check);
    const pair = old.prepare('INSERT INTO feedback_pairs (article_id, term, practices, last_day, learned_day) VALUES (?, ?, ?, ?, ?)');
    const addMark = old.prepare('INSERT INTO feedback_marks (article_id, term, mark, day) VALUES (?, ?, ?, ?)');
    pair.run('artikel-7', 'meier', 2, day, null);
    for (const org of ['org-a', 'org-b']) addMark.run('artikel-7', 'meier', mark(org, 'artikel-7', 'meier'), day);
    pair.run('artikel-7', 'zweimal', 1, day - 3, null);
    addMark.run('artikel-7', 'zweimal', mark('org-a', 'artikel-7', 'zweimal'), day - 3);
    pair.run('drucken', 'ausdruck', 3, day - 20, day - 10);
    old.close();
  }

  const tablesOf = (db: Db) => (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name LIKE 'feedback%' ORDER BY name").pluck().all() as string[]);

  it('converts the pending pairs of a database from before migration 10: counts and marks stay, terms leave the file', () => {
    const file = tempFile();
    const secret = 'generated-before-migration-10-0123456789ab';
    version9(file, secret);
    expect(fs.readFileSync(file).includes('meier')).toBe(true);
    const db = database(file);
    // Until the key is known, the old pending rows wait in the renamed tables; learned ones have moved.
    expect(tablesOf(db)).toEqual(['feedback_learned', 'feedback_legacy_marks', 'feedback_legacy_pairs', 'feedback_pending', 'feedback_pending_marks']);
    expect(feedbackSecret(db, null)).toEqual({ secret, reset: false, converted: 2 });
    expect(tablesOf(db)).toEqual(['feedback_learned', 'feedback_pending', 'feedback_pending_marks']);
    const texts = allTexts(db).join('\n');
    const bytes = fileBytes(db, file);
    for (const term of ['meier', 'zweimal']) {
      expect(texts).not.toContain(term);
      expect(bytes.includes(term), term).toBe(false);
    }
    expect(bytes.includes('ausdruck')).toBe(true);
    expect(feedbackSecret(db, null)).toEqual({ secret, reset: false, converted: 0 });

    const learner = createFeedbackLearner({ secret, store: createSqliteFeedbackStore(db), minPractices: 3 });
    expect(learner.learned()).toEqual(new Map([['drucken', ['ausdruck']]]));
    // The converted marks still know who reported: org-a again counts nothing, a third practice teaches the term.
    expect(learner.record('artikel-7', 'org-a', ['meier', 'zweimal'])).toBe(false);
    expect(learner.record('artikel-7', 'org-c', ['meier'])).toBe(true);
    expect(learner.learned().get('artikel-7')).toEqual(['meier']);
    expect(db.prepare("SELECT practices FROM feedback_learned WHERE article_id = 'artikel-7' AND term = 'meier'").pluck().get()).toBe(3);
  });

  it('drops them instead when the key changed at the same time; learned keywords stay', () => {
    const file = tempFile();
    version9(file, 'generated-before-migration-10-0123456789ab');
    const db = database(file);
    expect(feedbackSecret(db, 'configured-feedback-secret-0123456789')).toEqual({ secret: 'configured-feedback-secret-0123456789', reset: true, converted: 0 });
    expect(tablesOf(db)).toEqual(['feedback_learned', 'feedback_pending', 'feedback_pending_marks']);
    expect(db.prepare('SELECT count(*) FROM feedback_pending').pluck().get()).toBe(0);
    const bytes = fileBytes(db, file);
    for (const term of ['meier', 'zweimal']) expect(bytes.includes(term), term).toBe(false);
    const learner = createFeedbackLearner({ secret: 'configured-feedback-secret-0123456789', store: createSqliteFeedbackStore(db), minPractices: 3 });
    expect(learner.learned()).toEqual(new Map([['drucken', ['ausdruck']]]));
  });
});
