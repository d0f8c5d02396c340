import type { RequestContext } from '../../../src/api/contract.js';
import type { Db } from '../sqlite/database.js';

export interface OrganizationLink {
  jsmId: string;
  jsmName: string;
  checkedAt: number;
}

/** A create or comment sent to JSM under an idempotency ref; kept until the portal's idempotency record has its answer. */
export interface PendingCreate {
  ref: string;
  userId: string;
  startedAt: number;
  /** The gateway process that sent it; a create of a live process is still running, of a dead one lost. */
  epoch: string;
  issueKey: string | null;
  /** The caller's uploads (and their owner) that follow the create in a call of their own, until they are sent. */
  lateUploads?: { ids: string[]; owner: string } | null;
  /** The caller's uploads it sends: the gateway's copies go once JSM has them. */
  uploads?: string[];
}

export interface KnownActivity {
  updatedAt: number;
  status: string;
  lastAgentAt: number | null;
}

const MAX_TYPE_READS = 10_000;

/** The gateway's local state store (tables of migration 5): the identity map and what JSM cannot keep for us. */
export function createJsmState(db: Db) {
  const s = {
    account: db.prepare<[string], { account_id: string; on_desk: number; email: string | null }>('SELECT account_id, on_desk, email FROM jsm_accounts WHERE user_id = ?'),
    // Portal users in two practices with one address share the account: only the one in the reader's practice is
    // meant. One of another practice, who got the address after someone of the reader's practice gave it up, is not
    // who created the reader's practice's requests with it.
    userOfAccount: db.prepare<[string, string, string, string], { user_id: string }>(
      `SELECT a.user_id FROM (SELECT user_id, 0 AS former FROM jsm_accounts WHERE account_id = ? AND user_id NOT LIKE 'visitor-%'
        UNION ALL SELECT user_id, 1 FROM jsm_former_accounts WHERE account_id = ?) a
       LEFT JOIN users u ON u.id = a.user_id WHERE ? = '' OR u.org_id = ? ORDER BY a.former LIMIT 1`,
    ),
    inPractice: db.prepare<[string, string, string], number>(
      `SELECT 1 FROM users WHERE org_id = ? AND id IN
        (SELECT user_id FROM jsm_accounts WHERE account_id = ? UNION SELECT user_id FROM jsm_former_accounts WHERE account_id = ?)`,
    ).pluck(),
    noteServiceAccount: db.prepare('INSERT OR IGNORE INTO jsm_service_accounts (account_id, first_seen) VALUES (?, ?)'),
    serviceAccounts: db.prepare<[], { account_id: string; first_seen: number }>('SELECT account_id, first_seen FROM jsm_service_accounts ORDER BY first_seen'),
    // An account someone has now is theirs, even where another user had it before (their address may have gone to
    // that person): no user's former account.
    formerAccounts: db.prepare<[string], { account_id: string; until: number }>(
      'SELECT account_id, until FROM jsm_former_accounts WHERE user_id = ? AND account_id NOT IN (SELECT account_id FROM jsm_accounts) ORDER BY account_id',
    ),
    putFormerAccount: db.prepare('INSERT OR IGNORE INTO jsm_former_accounts (user_id, account_id, until) VALUES (?, ?, ?)'),
    dropFormerAccount: db.prepare('DELETE FROM jsm_former_accounts WHERE account_id = ?'),
    forgetAccount: db.prepare('DELETE FROM jsm_accounts WHERE account_id = ?'),
    forgetMemberships: db.prepare('DELETE FROM jsm_org_members WHERE account_id = ?'),
    usersOfAccount: db.prepare<[string], number>('SELECT count(*) FROM jsm_accounts WHERE account_id = ? AND user_id NOT LIKE \'visitor-%\'').pluck(),
    putAccount: db.prepare('INSERT INTO jsm_accounts (user_id, account_id, on_desk, email) VALUES (?, ?, ?, ?) ON CONFLICT (user_id) DO UPDATE SET account_id = excluded.account_id, on_desk = excluded.on_desk, email = excluded.email'),
    organization: db.prepare<[string], { jsm_id: string; jsm_name: string; checked_at: number }>('SELECT jsm_id, jsm_name, checked_at FROM jsm_organizations WHERE org_id = ?'),
    putOrganization: db.prepare('INSERT INTO jsm_organizations (org_id, jsm_id, jsm_name, checked_at) VALUES (?, ?, ?, ?) ON CONFLICT (org_id) DO UPDATE SET jsm_id = excluded.jsm_id, jsm_name = excluded.jsm_name, checked_at = excluded.checked_at'),
    practiceOf: db.prepare<[string], string>('SELECT org_id FROM jsm_organizations WHERE jsm_id = ?').pluck(),
    member: db.prepare<[string, string], number>('SELECT 1 FROM jsm_org_members WHERE org_id = ? AND account_id = ?').pluck(),
    putMember: db.prepare('INSERT OR IGNORE INTO jsm_org_members (org_id, account_id) VALUES (?, ?)'),
    removeMember: db.prepare('DELETE FROM jsm_org_members WHERE org_id = ? AND account_id = ?'),
    clearMembers: db.prepare('DELETE FROM jsm_org_members WHERE org_id = ?'),
    practicesOfAccount: db.prepare<[string], string>('SELECT org_id FROM jsm_org_members WHERE account_id = ?').pluck(),
    request: db.prepare<[string], { request_type_id: string | null; context: string | null }>('SELECT request_type_id, context FROM jsm_requests WHERE issue_key = ?'),
    putRequest: db.prepare('INSERT INTO jsm_requests (issue_key, request_type_id, context) VALUES (?, ?, ?) ON CONFLICT (issue_key) DO UPDATE SET request_type_id = excluded.request_type_id, context = coalesce(excluded.context, jsm_requests.context)'),
    markVisitor: db.prepare('INSERT INTO jsm_requests (issue_key, visitor_account) VALUES (?, ?) ON CONFLICT (issue_key) DO UPDATE SET visitor_account = excluded.visitor_account'),
    unmarkVisitor: db.prepare('UPDATE jsm_requests SET visitor_account = NULL WHERE issue_key = ?'),
    forgetRequest: db.prepare('DELETE FROM jsm_requests WHERE issue_key = ?'),
    noteGone: db.prepare('INSERT OR IGNORE INTO jsm_gone (issue_key, since) VALUES (?, ?)'),
    isGone: db.prepare<[string], number>('SELECT 1 FROM jsm_gone WHERE issue_key = ?').pluck(),
    seenAgain: db.prepare('DELETE FROM jsm_gone WHERE issue_key = ?'),
    goneBefore: db.prepare<[number], string>('SELECT issue_key FROM jsm_gone WHERE since < ?').pluck(),
    forgetComments: db.prepare('DELETE FROM jsm_comments WHERE issue_key = ?'),
    forgetActivity: db.prepare('DELETE FROM jsm_activity WHERE issue_key = ?'),
    visitorRequests: db.prepare<[string], string>('SELECT issue_key FROM jsm_requests WHERE visitor_account = ? ORDER BY issue_key').pluck(),
    comment: db.prepare<[string], { user_id: string; author_name: string }>('SELECT user_id, author_name FROM jsm_comments WHERE comment_id = ?'),
    putComment: db.prepare('INSERT OR REPLACE INTO jsm_comments (comment_id, issue_key, user_id, author_name) VALUES (?, ?, ?, ?)'),
    pending: db.prepare<[string], { ref: string; user_id: string; started_at: number; epoch: string; issue_key: string | null; late_uploads: string | null; uploads: string | null }>('SELECT * FROM jsm_creates WHERE ref = ?'),
    putPending: db.prepare('INSERT OR REPLACE INTO jsm_creates (ref, user_id, started_at, epoch, issue_key, late_uploads, uploads) VALUES (?, ?, ?, ?, ?, ?, ?)'),
    dropPending: db.prepare('DELETE FROM jsm_creates WHERE ref = ?'),
    purgePending: db.prepare('DELETE FROM jsm_creates WHERE started_at < ?'),
    activity: db.prepare<[string], { updated_at: number; status: string; last_agent_at: number | null }>('SELECT updated_at, status, last_agent_at FROM jsm_activity WHERE issue_key = ?'),
    putActivity: db.prepare('INSERT OR REPLACE INTO jsm_activity (issue_key, updated_at, status, last_agent_at) VALUES (?, ?, ?, ?)'),
  };

  // What servicedeskapi said of issues the search named no request type for: its id, or null for no customer request.
  // In memory: a restart only costs reading them again.
  const typeReads = new Map<string, string | null>();

  return {
    requestTypeRead: (issueKey: string): string | null | undefined => typeReads.get(issueKey),
    putRequestTypeRead(issueKey: string, jsmTypeId: string | null): void {
      if (typeReads.size >= MAX_TYPE_READS) typeReads.clear();
      typeReads.set(issueKey, jsmTypeId);
    },
    /** The user's account now, and the (lower-cased) e-mail address it was found or made for (null: not noted). */
    account(userId: string): { accountId: string; onDesk: boolean; email: string | null } | null {
      const row = s.account.get(userId);
      return row ? { accountId: row.account_id, onDesk: row.on_desk === 1, email: row.email } : null;
    },
    /** The portal user whose account it is now, or was before their address changed; given `orgId`, one of that practice. */
    userOfAccount: (accountId: string, orgId = ''): string | null => s.userOfAccount.get(accountId, accountId, orgId, orgId)?.user_id ?? null,
    /** Whether a portal user of the practice has or had the account. */
    inPractice: (accountId: string, orgId: string): boolean => s.inPractice.get(orgId, accountId, accountId) === 1,
    /** How many portal users (visitors aside) share the account: they were found by one e-mail address. */
    usersOfAccount: (accountId: string): number => s.usersOfAccount.get(accountId) ?? 0,
    /** An account now someone's is nobody's former one: its requests are theirs, as JSM sees it. */
    putAccount(userId: string, accountId: string, onDesk: boolean, email: string): void {
      db.transaction(() => {
        s.putAccount.run(userId, accountId, onDesk ? 1 : 0, email.toLowerCase());
        s.dropFormerAccount.run(accountId);
      })();
    },
    /** Notes the service account the gateway runs as; returns the former ones, each until the next one took over. */
    formerServiceAccounts(current: string): { accountId: string; until: number }[] {
      s.noteServiceAccount.run(current, Date.now());
      const all = s.serviceAccounts.all();
      return all.flatMap((row, i) => (row.account_id === current ? [] : [{ accountId: row.account_id, until: all[i + 1]?.first_seen ?? Date.now() }]));
    },
    /**
     * The accounts the user had before their address changed, with the time they stopped having each: the requests
     * raised for one until then are theirs; later ones are whoever's the address is now.
     */
    formerAccounts: (userId: string): Array<{ accountId: string; until: number }> =>
      s.formerAccounts.all(userId).map((row) => ({ accountId: row.account_id, until: row.until })),
    putFormerAccount(userId: string, accountId: string, until: number): void {
      s.putFormerAccount.run(userId, accountId, until);
    },
    /** An account JSM no longer has: nobody's, now or before; its users get a new one from their address. */
    forgetAccount(accountId: string): void {
      db.transaction(() => {
        s.forgetAccount.run(accountId);
        s.dropFormerAccount.run(accountId);
        s.forgetMemberships.run(accountId);
      })();
    },
    organization(orgId: string): OrganizationLink | null {
      const row = s.organization.get(orgId);
      return row ? { jsmId: row.jsm_id, jsmName: row.jsm_name, checkedAt: row.checked_at } : null;
    },
    putOrganization(orgId: string, link: OrganizationLink): void {
      s.putOrganization.run(orgId, link.jsmId, link.jsmName, link.checkedAt);
    },
    practiceOfOrganization: (jsmOrgId: string): string | null => s.practiceOf.get(jsmOrgId) ?? null,
    isMember: (orgId: string, accountId: string): boolean => s.member.get(orgId, accountId) === 1,
    /** The practices whose organization the gateway added the account to. */
    practicesOfAccount: (accountId: string): string[] => s.practicesOfAccount.all(accountId),
    putMember(orgId: string, accountId: string): void {
      s.putMember.run(orgId, accountId);
    },
    removeMember(orgId: string, accountId: string): void {
      s.removeMember.run(orgId, accountId);
    },
    clearMembers(orgId: string): void {
      s.clearMembers.run(orgId);
    },
    request(issueKey: string): { requestTypeId: string | null; context: RequestContext | null } | null {
      const row = s.request.get(issueKey);
      return row ? { requestTypeId: row.request_type_id, context: row.context ? (JSON.parse(row.context) as RequestContext) : null } : null;
    },
    putRequest(issueKey: string, requestTypeId: string | null, context: RequestContext | null): void {
      s.putRequest.run(issueKey, requestTypeId, context ? JSON.stringify(context) : null);
    },
    /**
     * A request deleted in JSM: what the gateway kept of it, the widget's context (the page the user was on) and its
     * comments' authors among them, goes too.
     */
    forgetRequest(issueKey: string): void {
      db.transaction(() => {
        s.forgetRequest.run(issueKey);
        s.forgetComments.run(issueKey);
        s.forgetActivity.run(issueKey);
        s.seenAgain.run(issueKey);
      })();
    },
    /** A read found the request missing (404): deleted, or hidden from the service account for a while. */
    noteGone(issueKey: string, at: number): void {
      s.noteGone.run(issueKey, at);
    },
    /** A read found the request: not gone after all (a read-only check first, as every read of a request calls it). */
    seen(issueKey: string): void {
      if (s.isGone.get(issueKey) === 1) s.seenAgain.run(issueKey);
    },
    /** Forgets the requests missing since before `timestamp`; returns how many. */
    forgetGoneBefore(timestamp: number): number {
      const keys = s.goneBefore.all(timestamp);
      for (const key of keys) this.forgetRequest(key);
      return keys.length;
    },
    /** A request the gateway raised for a visitor (column `visitor_account`): only such requests become their practice's. */
    markVisitorRequest(issueKey: string, accountId: string): void {
      s.markVisitor.run(issueKey, accountId);
    },
    visitorRequests: (accountId: string): string[] => s.visitorRequests.all(accountId),
    /** The request is settled: adopted, shared already, or no longer the visitor's. */
    unmarkVisitorRequest(issueKey: string): void {
      s.unmarkVisitor.run(issueKey);
    },
    /** Comments the gateway wrote for a customer: JSM shows the service account as their author (FACTS §5). */
    commentAuthor(commentId: string): { userId: string; name: string } | null {
      const row = s.comment.get(commentId);
      return row ? { userId: row.user_id, name: row.author_name } : null;
    },
    putComment(commentId: string, issueKey: string, userId: string, name: string): void {
      s.putComment.run(commentId, issueKey, userId, name);
    },
    pending(ref: string): PendingCreate | null {
      const row = s.pending.get(ref);
      return row
        ? {
            ref: row.ref, userId: row.user_id, startedAt: row.started_at, epoch: row.epoch, issueKey: row.issue_key,
            lateUploads: row.late_uploads ? (JSON.parse(row.late_uploads) as { ids: string[]; owner: string }) : null,
            uploads: row.uploads ? (JSON.parse(row.uploads) as string[]) : [],
          }
        : null;
    },
    putPending(p: PendingCreate): void {
      s.putPending.run(p.ref, p.userId, p.startedAt, p.epoch, p.issueKey, p.lateUploads ? JSON.stringify(p.lateUploads) : null, p.uploads?.length ? JSON.stringify(p.uploads) : null);
    },
    dropPending(ref: string): void {
      s.dropPending.run(ref);
    },
    purgePendingBefore: (timestamp: number): number => s.purgePending.run(timestamp).changes,
    activity(issueKey: string): KnownActivity | null {
      const row = s.activity.get(issueKey);
      return row ? { updatedAt: row.updated_at, status: row.status, lastAgentAt: row.last_agent_at } : null;
    },
    putActivity(issueKey: string, a: KnownActivity): void {
      s.putActivity.run(issueKey, a.updatedAt, a.status, a.lastAgentAt);
    },
  };
}

export type JsmState = ReturnType<typeof createJsmState>;
