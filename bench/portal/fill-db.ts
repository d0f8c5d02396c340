import Database from 'better-sqlite3';
import { foldText } from '../../server/domain/fold.js';
import { DEMO_SEED, REQUEST_TYPES } from '../../server/seed/index.js';
import { createSqliteStore } from '../../server/store/sqlite/index.js';

export interface FillOptions {
  dbPath: string;
  requests: number;
  practices: number;
  usersPerPractice: number;
  /** Share of all requests that belong to the first practice, the one the load test queries. */
  hotPracticeShare: number;
}

/** The token claims of user `u` of practice `p`, exactly as the fill stores them, so identifying them writes nothing. */
export function benchUser(practice: number, user: number) {
  const id = `bench-${practice}-${user}`;
  return { sub: id, email: `${id}@bench.example`, name: `Bench User ${user}`, org: `bench-org-${practice}`, org_name: `Benchpraxis ${practice}` };
}

export const BENCH_USER = benchUser(0, 0);

const SUBJECTS = ['Drucker', 'Rechnung', 'Kalender', 'Login', 'Export', 'Behandler-Lizenz', 'Patientenakte', 'Serientermin', 'Mahnung', 'Kartenleser'];
const PROBLEMS = ['funktioniert nicht', 'zeigt Fehlermeldung', 'ist sehr langsam', 'Frage zur Einrichtung', 'seit dem Update anders'];
const STATUSES = ['waiting_for_support', 'in_progress', 'waiting_for_customer', 'resolved', 'closed', 'closed', 'closed', 'resolved'];
const TYPES = REQUEST_TYPES.map((type) => type.id);
const YEAR = 365 * 24 * 3_600_000;

/** A deterministic pseudo-random sequence, so every run measures the same database. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Migrates and seeds through the real store, then bulk-inserts in one transaction with prepared statements. */
export async function fillDatabase(options: FillOptions): Promise<void> {
  const store = createSqliteStore(options.dbPath);
  await store.ensureRequestTypes(REQUEST_TYPES);
  await store.seedDemoData(DEMO_SEED);
  store.close();

  const db = new Database(options.dbPath);
  db.pragma('journal_mode = WAL');
  const insertOrg = db.prepare('INSERT INTO organizations (id, name, created_at) VALUES (?, ?, ?)');
  const insertUser = db.prepare('INSERT INTO users (id, org_id, email, name, token_name, created_at) VALUES (?, ?, ?, ?, ?, ?)');
  const insertRequest = db.prepare(
    `INSERT INTO requests (org_id, request_type_id, created_by, summary, summary_folded, fields, status, created_at, updated_at, last_agent_activity_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertActivity = db.prepare(
    'INSERT INTO activity (request_id, type, at, author_id, author_name, is_agent, body, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const next = random(42);
  const now = Date.now();

  db.transaction(() => {
    for (let p = 0; p < options.practices; p++) {
      const first = benchUser(p, 0);
      insertOrg.run(first.org, first.org_name, now);
      for (let u = 0; u < options.usersPerPractice; u++) {
        const user = benchUser(p, u);
        insertUser.run(user.sub, user.org, user.email, user.name, user.name, now);
      }
    }
    for (let i = 0; i < options.requests; i++) {
      const practice = next() < options.hotPracticeShare ? 0 : 1 + Math.floor(next() * (options.practices - 1));
      const user = `bench-${practice}-${Math.floor(next() * options.usersPerPractice)}`;
      const summary = `${SUBJECTS[i % SUBJECTS.length]} ${PROBLEMS[Math.floor(next() * PROBLEMS.length)]} (#${i})`;
      const createdAt = now - Math.floor(next() * 2 * YEAR);
      const answered = next() < 0.7;
      const updatedAt = answered ? createdAt + Math.floor(next() * 72 * 3_600_000) : createdAt;
      const status = answered ? STATUSES[Math.floor(next() * STATUSES.length)]! : 'waiting_for_support';
      const fields = JSON.stringify({ summary, description: 'Automatisch erzeugt für den Lasttest.' });
      const result = insertRequest.run(`bench-org-${practice}`, TYPES[i % TYPES.length], user, summary, foldText(summary), fields, status,
        createdAt, updatedAt, answered ? updatedAt : null);
      const id = Number(result.lastInsertRowid);
      insertActivity.run(id, 'created', createdAt, user, 'Bench User', 0, null, null);
      if (answered) insertActivity.run(id, 'comment', updatedAt, null, 'medondo Support', 1, 'Antwort des Supports.', null);
    }
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.exec('ANALYZE');
  db.close();
}
