import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createFeedbackLearner } from '../../server/feedback/learner.js';
import { createSqliteFeedbackStore, feedbackSecret } from '../../server/feedback/sqlite-store.js';
import { openDatabase, type Db } from '../../server/store/sqlite/database.js';
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

/** Every text a row of the feedback tables holds, and the meta rows the feedback keeps. */
function storedTexts(db: Db): string[] {
  const rows = [
    ...db.prepare('SELECT * FROM feedback_pairs').all(),
    ...db.prepare('SELECT * FROM feedback_marks').all(),
    ...db.prepare("SELECT * FROM meta WHERE key LIKE 'feedback.%'").all(),
  ] as Record<string, unknown>[];
  return rows.flatMap((row) => Object.values(row).map(String));
}

describe('the SQLite feedback store', () => {
  it('holds no practice or user id: per pair one mark per practice, different for every pair, gone once learned', () => {
    const db = database();
    const learner = createFeedbackLearner({ secret: feedbackSecret(db, null).secret, store: createSqliteFeedbackStore(db), minPractices: 3 });
    const orgs = ['org-berger', 'org-seepraxis', 'u-berger-anna'];
    learner.record('drucken', 'org-berger', ['ausdruck', 'druckerei']);
    learner.record('passwort', 'org-berger', ['ausdruck']);
    learner.record('drucken', 'org-seepraxis', ['ausdruck']);

    const marks = db.prepare('SELECT article_id, term, mark, day FROM feedback_marks ORDER BY article_id, term').all() as { article_id: string; term: string; mark: string; day: number }[];
    expect(marks.map((m) => `${m.article_id}/${m.term}`)).toEqual(['drucken/ausdruck', 'drucken/ausdruck', 'drucken/druckerei', 'passwort/ausdruck']);
    // org-berger's three marks are three unrelated strings; days are whole days, never times.
    expect(new Set(marks.map((m) => m.mark)).size).toBe(4);
    expect(marks.every((m) => Number.isInteger(m.day) && m.day < 100_000)).toBe(true);
    const texts = storedTexts(db);
    for (const id of orgs) expect(texts.some((t) => t.toLowerCase().includes(id.toLowerCase()))).toBe(false);

    learner.record('drucken', 'org-third', ['ausdruck']);
    expect(learner.learned().get('drucken')).toEqual(['ausdruck']);
    expect(db.prepare("SELECT count(*) AS n FROM feedback_marks WHERE article_id = 'drucken' AND term = 'ausdruck'").get()).toEqual({ n: 0 });
    expect(db.prepare("SELECT practices, learned_day IS NOT NULL AS learned FROM feedback_pairs WHERE article_id = 'drucken' AND term = 'ausdruck'").get()).toEqual({ practices: 3, learned: 1 });
    expect(db.pragma('secure_delete', { simple: true })).toBe(1);
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
    expect(feedbackSecret(db, null)).toEqual({ secret: generated.secret, reset: false });
    const store = createSqliteFeedbackStore(db);
    const learner = createFeedbackLearner({ secret: generated.secret, store, minPractices: 2 });
    for (const org of ['org-a', 'org-b']) learner.record('a1', org, ['kennwort']);
    learner.record('a1', 'org-a', ['drucker']);

    const configured = feedbackSecret(db, 'configured-feedback-secret-0123456789');
    expect(configured).toEqual({ secret: 'configured-feedback-secret-0123456789', reset: true });
    expect(storedTexts(db).some((t) => t.includes('configured-feedback-secret') || t === generated.secret)).toBe(false);
    expect(store.pair('a1', 'drucker')).toBeNull();
    expect(learner.learned().get('a1')).toEqual(['kennwort']);
    expect(feedbackSecret(db, 'configured-feedback-secret-0123456789').reset).toBe(false);
  });
});
