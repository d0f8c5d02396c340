import type Database from 'better-sqlite3';

/**
 * Each entry moves the schema one version forward; `PRAGMA user_version` records how far a database has come.
 * Never edit an entry that has shipped: append a new one.
 */
const MIGRATIONS: string[] = [
  `
  CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

  CREATE TABLE organizations (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    created_at INTEGER NOT NULL
  ) WITHOUT ROWID;

  CREATE TABLE users (
    id TEXT PRIMARY KEY,
    org_id TEXT REFERENCES organizations(id),
    email TEXT NOT NULL,
    name TEXT NOT NULL,
    token_name TEXT NOT NULL,
    locale TEXT NOT NULL DEFAULT 'de',
    notify_by_email INTEGER NOT NULL DEFAULT 1,
    is_visitor INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL
  ) WITHOUT ROWID;
  CREATE UNIQUE INDEX users_visitor_email ON users(lower(email)) WHERE is_visitor = 1;

  CREATE TABLE request_types (
    id TEXT PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    position INTEGER NOT NULL,
    definition TEXT NOT NULL
  ) WITHOUT ROWID;

  CREATE TABLE requests (
    id INTEGER PRIMARY KEY,
    org_id TEXT REFERENCES organizations(id),
    request_type_id TEXT NOT NULL REFERENCES request_types(id),
    created_by TEXT NOT NULL REFERENCES users(id),
    summary TEXT NOT NULL,
    summary_folded TEXT NOT NULL,
    fields TEXT NOT NULL,
    context TEXT,
    status TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    last_agent_activity_at INTEGER
  );
  CREATE INDEX requests_org_updated ON requests(org_id, updated_at, id);
  CREATE INDEX requests_org_created ON requests(org_id, created_at, id);
  CREATE INDEX requests_creator_updated ON requests(created_by, updated_at, id);
  CREATE INDEX requests_creator_created ON requests(created_by, created_at, id);
  CREATE INDEX requests_org_creator ON requests(org_id, created_by);
  CREATE INDEX requests_updated ON requests(updated_at, id);
  CREATE INDEX requests_created ON requests(created_at, id);

  CREATE TABLE activity (
    id INTEGER PRIMARY KEY,
    request_id INTEGER NOT NULL REFERENCES requests(id),
    type TEXT NOT NULL,
    at INTEGER NOT NULL,
    author_id TEXT,
    author_name TEXT NOT NULL,
    is_agent INTEGER NOT NULL,
    body TEXT,
    status TEXT
  );
  CREATE INDEX activity_request ON activity(request_id, id);

  CREATE TABLE idempotency_keys (
    scope TEXT NOT NULL,
    key TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    status INTEGER,
    body TEXT,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (scope, key)
  ) WITHOUT ROWID;
  CREATE INDEX idempotency_created ON idempotency_keys(created_at);

  CREATE TABLE attachments (
    id TEXT PRIMARY KEY,
    owner_key TEXT NOT NULL,
    name TEXT NOT NULL,
    size INTEGER NOT NULL,
    content_type TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    request_id INTEGER REFERENCES requests(id),
    activity_id INTEGER REFERENCES activity(id)
  ) WITHOUT ROWID;
  CREATE INDEX attachments_activity ON attachments(activity_id);
  CREATE INDEX attachments_temporary ON attachments(created_at) WHERE activity_id IS NULL;
  `,
  // The open/closed filter is on every widget list; with the category in the index the newest 25 open requests
  // are a plain range scan instead of a scan that skips closed ones row by row.
  `
  ALTER TABLE requests ADD COLUMN category TEXT
    GENERATED ALWAYS AS (CASE WHEN status IN ('resolved', 'closed') THEN 'closed' ELSE 'open' END) VIRTUAL;
  CREATE INDEX requests_creator_category_updated ON requests(created_by, category, updated_at, id);
  CREATE INDEX requests_creator_category_created ON requests(created_by, category, created_at, id);
  CREATE INDEX requests_org_category_updated ON requests(org_id, category, updated_at, id);
  CREATE INDEX requests_org_category_created ON requests(org_id, category, created_at, id);
  `,
  // "mine" lists filter on the practice as well as the creator. With both in front of the sort column the newest page
  // is a range scan whatever the statistics say, instead of sorting all the user's requests; the updated-first
  // indexes also carry every column a list item needs, so a page reads no table rows (the widget's list and its
  // unread poll). The practice-first order also serves the creators of a practice, so requests_org_creator goes;
  // requests_creator_updated stays for the support console's creator filter and for adopting visitor requests.
  `
  DROP INDEX requests_org_creator;
  DROP INDEX requests_creator_created;
  DROP INDEX requests_creator_category_updated;
  DROP INDEX requests_creator_category_created;
  CREATE INDEX requests_org_creator_updated ON requests(org_id, created_by, updated_at, id,
    status, request_type_id, created_at, last_agent_activity_at, summary);
  CREATE INDEX requests_org_creator_category_updated ON requests(org_id, created_by, category, updated_at, id,
    status, request_type_id, created_at, last_agent_activity_at, summary);
  CREATE INDEX requests_org_creator_created ON requests(org_id, created_by, created_at, id);
  CREATE INDEX requests_org_creator_category_created ON requests(org_id, created_by, category, created_at, id);
  `,
  // A practice's lists change only when its requests or the names of its users do. Counting those changes per
  // practice in triggers lets the portal answer a list's revalidation (the widget's unread poll) and reuse a cached
  // list without reading the list, and a write in one practice no longer invalidates every other practice's lists.
  // Triggers count writes from every process, the sqlite3 shell included.
  `
  CREATE TABLE list_versions (org_id TEXT PRIMARY KEY, version INTEGER NOT NULL) WITHOUT ROWID;
  CREATE TRIGGER requests_inserted AFTER INSERT ON requests WHEN NEW.org_id IS NOT NULL BEGIN
    INSERT INTO list_versions VALUES (NEW.org_id, 1) ON CONFLICT (org_id) DO UPDATE SET version = version + 1;
  END;
  CREATE TRIGGER requests_updated AFTER UPDATE ON requests BEGIN
    INSERT INTO list_versions SELECT org_id, 1 FROM (SELECT NEW.org_id AS org_id UNION SELECT OLD.org_id)
      WHERE org_id IS NOT NULL ON CONFLICT (org_id) DO UPDATE SET version = version + 1;
  END;
  CREATE TRIGGER requests_deleted AFTER DELETE ON requests WHEN OLD.org_id IS NOT NULL BEGIN
    INSERT INTO list_versions VALUES (OLD.org_id, 1) ON CONFLICT (org_id) DO UPDATE SET version = version + 1;
  END;
  CREATE TRIGGER users_renamed AFTER UPDATE OF name, org_id ON users
    WHEN NEW.name IS NOT OLD.name OR NEW.org_id IS NOT OLD.org_id BEGIN
    INSERT INTO list_versions SELECT org_id, 1 FROM (SELECT NEW.org_id AS org_id UNION SELECT OLD.org_id)
      WHERE org_id IS NOT NULL ON CONFLICT (org_id) DO UPDATE SET version = version + 1;
  END;
  `,  // The JSM gateway's own state (server/store/jsm/): only what JSM cannot keep. Requests, comments and statuses live
  // in JSM; these map portal users and practices to JSM accounts and organizations, remember what the gateway wrote
  // there (so a reply shows its customer as author), and track creates whose answer was lost.
  `
  CREATE TABLE jsm_accounts (user_id TEXT PRIMARY KEY, account_id TEXT NOT NULL, on_desk INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID;
  CREATE INDEX jsm_accounts_account ON jsm_accounts(account_id);
  CREATE TABLE jsm_organizations (org_id TEXT PRIMARY KEY, jsm_id TEXT NOT NULL, jsm_name TEXT NOT NULL, checked_at INTEGER NOT NULL) WITHOUT ROWID;
  CREATE TABLE jsm_org_members (org_id TEXT NOT NULL, account_id TEXT NOT NULL, PRIMARY KEY (org_id, account_id)) WITHOUT ROWID;
  CREATE TABLE jsm_requests (issue_key TEXT PRIMARY KEY, request_type_id TEXT, context TEXT) WITHOUT ROWID;
  CREATE TABLE jsm_comments (comment_id TEXT PRIMARY KEY, issue_key TEXT NOT NULL, user_id TEXT NOT NULL, author_name TEXT NOT NULL) WITHOUT ROWID;
  CREATE TABLE jsm_creates (ref TEXT PRIMARY KEY, user_id TEXT NOT NULL, started_at INTEGER NOT NULL, epoch TEXT NOT NULL, issue_key TEXT) WITHOUT ROWID;
  CREATE TABLE jsm_activity (issue_key TEXT PRIMARY KEY, updated_at INTEGER NOT NULL, status TEXT NOT NULL, last_agent_at INTEGER) WITHOUT ROWID;
  `,
  // The knowledge base from a Confluence space (server/kb/confluence/): the last good index, so a restart while
  // Confluence is down serves it, and a refresh fetches only pages whose version changed. A row in kb_confluence_syncs
  // says a pass completed, which tells an empty space apart from one never synced. Rows hold whole page bodies, so
  // the pages table keeps its rowid.
  `
  CREATE TABLE kb_confluence_pages (space_key TEXT NOT NULL, page_id TEXT NOT NULL, version INTEGER NOT NULL, title TEXT NOT NULL,
    updated_at TEXT NOT NULL, labels TEXT NOT NULL, storage TEXT NOT NULL, PRIMARY KEY (space_key, page_id));
  CREATE TABLE kb_confluence_syncs (space_key TEXT PRIMARY KEY, synced_at INTEGER NOT NULL) WITHOUT ROWID;
  `,
  // What each user has read, so every device shows the same unread replies (read-marks.ts; in the JSM mode this is
  // the gateway's local state, JSM keeps nothing like it). read_since: support-team activity before a user's first
  // check counts as read, so existing users are not greeted with years of old replies.
  `
  CREATE TABLE read_since (user_id TEXT PRIMARY KEY, since INTEGER NOT NULL) WITHOUT ROWID;
  CREATE TABLE read_marks (user_id TEXT NOT NULL, request_key TEXT NOT NULL, read_at INTEGER NOT NULL,
    PRIMARY KEY (user_id, request_key)) WITHOUT ROWID;
  `,
  // Request search (request-search.ts): the folded, stemmed terms of each summary, looked up by prefix. Stemming is
  // JS, so triggers only queue the requests whose terms must be (re)computed, for writes from any process; the
  // existing requests are queued here. A changed practice moves the terms along, as searches are scoped by it.
  `
  CREATE TABLE request_terms (term TEXT NOT NULL, request_id INTEGER NOT NULL, org_id TEXT, PRIMARY KEY (term, request_id)) WITHOUT ROWID;
  CREATE INDEX request_terms_org ON request_terms(org_id, term);
  CREATE INDEX request_terms_request ON request_terms(request_id);
  CREATE TABLE request_terms_pending (request_id INTEGER PRIMARY KEY);
  CREATE TRIGGER request_terms_inserted AFTER INSERT ON requests BEGIN
    INSERT OR IGNORE INTO request_terms_pending VALUES (NEW.id);
  END;
  CREATE TRIGGER request_terms_changed AFTER UPDATE OF summary, org_id ON requests
    WHEN NEW.summary IS NOT OLD.summary OR NEW.org_id IS NOT OLD.org_id BEGIN
    DELETE FROM request_terms WHERE request_id = OLD.id;
    INSERT OR IGNORE INTO request_terms_pending VALUES (NEW.id);
  END;
  CREATE TRIGGER request_terms_deleted AFTER DELETE ON requests BEGIN
    DELETE FROM request_terms WHERE request_id = OLD.id;
    DELETE FROM request_terms_pending WHERE request_id = OLD.id;
  END;
  INSERT INTO request_terms_pending SELECT id FROM requests;
  `,
  // Keywords learned from article feedback (server/feedback/), in both backends. A pair is (article, term); while
  // pending, feedback_marks holds one keyed hash per practice that reported it (different for every pair, so a
  // practice cannot be followed across pairs) with the UTC day it last did; learning deletes the marks and keeps the
  // count. Days only, never times, and no rowids, so nothing tells which marks one event wrote.
  `
  CREATE TABLE feedback_pairs (article_id TEXT NOT NULL, term TEXT NOT NULL, practices INTEGER NOT NULL, last_day INTEGER NOT NULL,
    learned_day INTEGER, PRIMARY KEY (article_id, term)) WITHOUT ROWID;
  CREATE INDEX feedback_pairs_lone ON feedback_pairs(article_id, last_day) WHERE learned_day IS NULL AND practices = 1;
  CREATE INDEX feedback_pairs_learned ON feedback_pairs(learned_day) WHERE learned_day IS NOT NULL;
  CREATE TABLE feedback_marks (article_id TEXT NOT NULL, term TEXT NOT NULL, mark TEXT NOT NULL, day INTEGER NOT NULL,
    PRIMARY KEY (article_id, term, mark)) WITHOUT ROWID;
  CREATE INDEX feedback_marks_day ON feedback_marks(day);
  `,
  // Pending feedback pairs no longer hold their term: a term fewer than k practices reported may be personal data
  // typed into a request form (a patient's name). feedback_pending is keyed by a keyed hash of (article, term), with
  // its marks in feedback_pending_marks; the term is written only to feedback_learned, when it is learned. Learned rows
  // move now. Hashing needs the key, which SQL does not have (it may come from PORTAL_FEEDBACK_SECRET), so the old
  // tables keep their pending rows, renamed, until feedbackSecret (server/feedback/sqlite-store.ts) converts them and
  // drops the tables under secure_delete. Renaming rewrites no pages, so this step leaves no term in free space.
  `
  ALTER TABLE feedback_pairs RENAME TO feedback_legacy_pairs;
  ALTER TABLE feedback_marks RENAME TO feedback_legacy_marks;
  CREATE TABLE feedback_learned (article_id TEXT NOT NULL, term TEXT NOT NULL, practices INTEGER NOT NULL, learned_day INTEGER NOT NULL,
    PRIMARY KEY (article_id, term)) WITHOUT ROWID;
  INSERT INTO feedback_learned SELECT article_id, term, practices, learned_day FROM feedback_legacy_pairs WHERE learned_day IS NOT NULL;
  CREATE TABLE feedback_pending (article_id TEXT NOT NULL, pair_key TEXT NOT NULL, practices INTEGER NOT NULL, last_day INTEGER NOT NULL,
    PRIMARY KEY (article_id, pair_key)) WITHOUT ROWID;
  CREATE INDEX feedback_pending_lone ON feedback_pending(article_id, last_day, pair_key) WHERE practices = 1;
  CREATE TABLE feedback_pending_marks (article_id TEXT NOT NULL, pair_key TEXT NOT NULL, mark TEXT NOT NULL, day INTEGER NOT NULL,
    PRIMARY KEY (article_id, pair_key, mark)) WITHOUT ROWID;
  CREATE INDEX feedback_pending_marks_day ON feedback_pending_marks(day);
  `,
  // The search's stemmer keeps "Problem", "System" and "Modem" whole (they were "probl", "syst", "mod", while their
  // plurals kept the -em): every summary's terms are computed again, as request-search.ts catches up on pending ones.
  `
  DELETE FROM request_terms;
  INSERT OR IGNORE INTO request_terms_pending SELECT id FROM requests;
  `,
  // JSM gateway: the requests it raised for a visitor, by their JSM account. Only these become the practice's when the
  // host app vouches for the address; the account, found by e-mail, may be an older customer whose own requests in JSM
  // are private (server/store/jsm/requests.ts, adoptVisitorRequests). Requests raised before this have no mark and stay
  // as they are.
  `
  ALTER TABLE jsm_requests ADD COLUMN visitor_account TEXT;
  CREATE INDEX jsm_requests_visitor ON jsm_requests(visitor_account) WHERE visitor_account IS NOT NULL;
  `,
  // JSM gateway: the caller's uploads of a create whose files follow it in a call of their own (a request type without
  // the Attachment field), so that a retry after a lost answer can still send them (server/store/jsm/pending.ts).
  `
  ALTER TABLE jsm_creates ADD COLUMN late_uploads TEXT;
  `,
  // JSM gateway: the e-mail address each account was found or made for, and the accounts a user had before the host
  // app gave them another address, until when (server/store/jsm/identity.ts). Accounts mapped before this count as made for the
  // address the user next signs in with.
  `
  ALTER TABLE jsm_accounts ADD COLUMN email TEXT;
  CREATE TABLE jsm_former_accounts (user_id TEXT NOT NULL, account_id TEXT NOT NULL, until INTEGER NOT NULL, PRIMARY KEY (user_id, account_id)) WITHOUT ROWID;
  CREATE INDEX jsm_former_accounts_account ON jsm_former_accounts(account_id);
  `,
  // JSM gateway: every service account it has written under. An operator may replace the account (another token,
  // another accountId); comments and files of the former ones are still the gateway's, written for customers.
  `
  CREATE TABLE jsm_service_accounts (account_id TEXT PRIMARY KEY, first_seen INTEGER NOT NULL) WITHOUT ROWID;
  `,
  // JSM gateway: the uploads a create or reply sends, so that a retry finding it in JSM after a lost answer removes them
  // from the gateway as the first attempt would have (server/store/jsm/pending.ts).
  `
  ALTER TABLE jsm_creates ADD COLUMN uploads TEXT;
  `,
  // JSM gateway: requests a read found missing (404), which may only be hidden for a while (an issue security level,
  // FACTS §10): what the gateway kept of them goes once they have stayed away a week (server/store/jsm/state.ts).
  `
  CREATE TABLE jsm_gone (issue_key TEXT PRIMARY KEY, since INTEGER NOT NULL) WITHOUT ROWID;
  `,
  // Requests a visitor sent: name and address were only typed. The mark stays when the host app later signs in a user
  // with that address and the request becomes theirs, so that they can tell it from what they sent themselves.
  `
  ALTER TABLE requests ADD COLUMN without_sign_in INTEGER NOT NULL DEFAULT 0;
  `,
];

/** Brings the schema to `target` (the newest by default; tests build older schemas with a lower one). */
export function migrate(db: Database.Database, target: number = MIGRATIONS.length): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > MIGRATIONS.length) {
    throw new Error(`database schema version ${current} is newer than this server (${MIGRATIONS.length})`);
  }
  for (let version = current; version < target; version++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[version] as string);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
  // Statistics from before a migration describe indexes that are gone and omit new ones, which can lead the planner
  // to sort all of a practice's requests instead of reading an index in order. Without statistics (the default, as
  // nothing here runs ANALYZE) the planner goes by the schema alone, which the indexes are laid out for.
  const analyzed = db.prepare(`SELECT 1 FROM sqlite_schema WHERE name = 'sqlite_stat1'`).get() !== undefined;
  if (current < target && analyzed) db.exec('ANALYZE');
}
