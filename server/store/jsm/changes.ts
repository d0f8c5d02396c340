import type { Desk } from './catalog.js';
import { atPage, followingPage, SEARCH_JQL, type JsmClient } from './client.js';
import { withinDeadline } from './deadline.js';
import { literal } from './jql.js';
import { arr, obj, optObj, optStr } from './read.js';
import { organizationIds, requestPeople } from './requests.js';
import type { JsmState } from './state.js';

export interface ChangeFeedOptions {
  /** Milliseconds between polls of JSM; 0 turns polling off. */
  pollIntervalMs: number;
  /** Whether Jira webhooks are configured to reach the portal (JSM_WEBHOOK_SECRET). */
  webhooks: boolean;
  /** JQL is eventually consistent (FACTS §4): lists are read again this long after a change was announced. */
  settleMs: number;
  log: (line: string) => void;
}

/** Issues seen by the poll, by key, with the `updated` time they were seen at; older entries are dropped. */
const SEEN_LIMIT = 10_000;
/**
 * What one poll may take, at least: a search slower than a short interval must still finish (the next tick waits for
 * it), or no poll would ever tell of a change.
 */
const POLL_BUDGET_MS = 30_000;
/** Search pages one poll reads; more changes than that in one window count as "everything changed". */
const POLL_PAGES = 5;
// How far back each poll looks: search may show a change minutes late (FACTS §4, eventually consistent).
const POLL_WINDOW_MINUTES = 10;
/**
 * Search lags behind writes (FACTS §4) by an amount nobody documents; `reconcileIssues` (≤ 50 issue ids) makes it
 * show those issues as they are now. A practice's lists send the ids changed for it in this window, newest first.
 */
const RECONCILE_MS = 10 * 60_000;
export const RECONCILE_MAX = 50;
/**
 * No search of the project shows an issue that was deleted or moved to another project (FACTS §4, §8: the poll reads
 * `updated` within the project), and neither a webhook nor the poll tells of an admin's edit of the workflow or of a
 * request type (a status renamed or moved to another category touches no issue), so every list counts as changed
 * this often: what they show is never older.
 */
const LIST_MAX_AGE_MS = 10 * 60_000;

/**
 * Tells the list cache when a practice's requests changed in JSM: from Jira webhooks (pushed) and from a poll of
 * recently updated issues (one search per interval for the whole gateway). Until it has heard anything it cannot
 * say (`version` is null without either source), so lists are read from JSM every time.
 */
export function createChangeFeed(client: JsmClient, desk: Desk, state: JsmState, options: ChangeFeedOptions) {
  const versions = new Map<string, number>();
  let everything = 0;
  const seen = new Map<string, number>();
  const sharedWith = new Map<string, string[]>();
  let timer: NodeJS.Timeout | null = null;
  let polling: Promise<void> | null = null;
  let lastEverything = Date.now();
  const settleTimers = new Set<NodeJS.Timeout>();
  const recent = new Map<string, Map<string, number>>();
  const announced = options.webhooks || options.pollIntervalMs > 0;

  const bump = (practiceId: string | null) => {
    if (practiceId === null) everything++;
    else versions.set(practiceId, (versions.get(practiceId) ?? 0) + 1);
  };

  /** Keeps whom an issue is shared with; forgetting some, it can no longer tell whose lists they were in. */
  const remember = (key: string, practices: string[]) => {
    if (sharedWith.size >= SEEN_LIMIT && !sharedWith.has(key)) {
      sharedWith.clear();
      bump(null);
    }
    sharedWith.set(key, practices);
  };

  /**
   * Keeps an issue's id for the practices' searches to reconcile (newest last; the oldest goes beyond the limit).
   * Only practices known to have the issue: the ids travel in their lists' cursors, which the browser holds.
   */
  const touch = (issueId: string | undefined, practices: string[]) => {
    if (issueId === undefined || !/^[1-9]\d{0,15}$/.test(issueId)) return;
    for (const practice of practices) {
      let ids = recent.get(practice);
      if (!ids) recent.set(practice, (ids = new Map()));
      ids.delete(issueId);
      ids.set(issueId, Date.now());
      if (ids.size > RECONCILE_MAX) ids.delete(ids.keys().next().value as string);
    }
  };

  /**
   * The practices whose lists show an issue: those it is shared with, or, shared with none, its reporter's and its
   * participants' (a request private to them is in their lists, `readable`).
   */
  const practicesOf = (fields: Record<string, unknown>): string[] => {
    const shared = organizationIds(fields[desk.organizationsField]);
    if (shared.length > 0) return shared.map((id) => state.practiceOfOrganization(id)).filter((p): p is string => p !== null);
    return [...new Set(requestPeople(desk, fields).flatMap((account) => state.practicesOfAccount(account)))];
  };

  /**
   * Marks the practices of an issue as changed, now and once more when search has caught up: those it is shared with
   * now and those it was shared with when last seen, whose lists must drop it. Without either, every practice.
   */
  const changed = (key: string | undefined, issueId: string | undefined, fields: Record<string, unknown> | undefined) => {
    const current = fields && desk.organizationsField in fields ? practicesOf(fields) : null;
    const before = key === undefined ? undefined : sharedWith.get(key);
    if (key !== undefined && current !== null) remember(key, current);
    const practices = current === null ? null : [...new Set([...current, ...(before ?? [])])];
    const mark = () => (practices === null ? bump(null) : practices.forEach(bump));
    touch(issueId, practices ?? before ?? []);
    mark();
    const later = setTimeout(() => {
      settleTimers.delete(later);
      mark();
    }, options.settleMs);
    later.unref();
    settleTimers.add(later);
  };

  async function poll(): Promise<void> {
    const minutes = Math.max(POLL_WINDOW_MINUTES, Math.ceil((2 * options.pollIntervalMs) / 60_000) + 1);
    // Overlapping windows, so an issue that search shows late is still caught; `seen` drops what was already told.
    const jql = `project = ${literal(desk.projectKey)} AND updated >= "-${minutes}m" ORDER BY updated DESC`;
    let token: string | undefined;
    for (let pages = 0; ; pages++) {
      // A page may hold fewer issues than asked for (FACTS §4): `isLast` and the token tell whether more follow.
      if (pages === POLL_PAGES) return bump(null);
      const json = { jql, fields: ['key', 'updated', 'reporter', desk.organizationsField, ...(desk.participantsField ? [desk.participantsField] : [])], maxResults: 100, ...atPage(token) };
      const answer = obj((await client.request({ method: 'POST', path: SEARCH_JQL, retry: true, json })).body, 'search');
      const issues = arr(answer.issues, 'issues').map((i) => obj(i, 'issue'));
      for (const issue of issues) {
        const key = optStr(issue.key);
        const fields = optObj(issue.fields);
        const updated = optStr(fields?.updated);
        if (!key || !fields || updated === undefined) continue;
        const at = Date.parse(updated.replace(/([+-]\d\d)(\d\d)$/, '$1:$2'));
        if (seen.get(key) === at) continue;
        if (seen.size >= SEEN_LIMIT) seen.clear();
        seen.set(key, at);
        changed(key, optStr(issue.id), fields);
      }
      token = followingPage(answer);
      if (token === undefined) return;
    }
  }

  // The last failure logged: a poll failing the same way every interval of an outage says it once, and its end.
  let failing: string | null = null;
  const tick = () => {
    polling ??= withinDeadline(Math.max(options.pollIntervalMs, POLL_BUDGET_MS), poll)
      .then(() => {
        if (failing !== null) options.log('jsm: change poll works again');
        failing = null;
      })
      .catch((error: unknown) => {
        const reason = error instanceof Error ? error.message : String(error);
        if (reason !== failing) options.log(`jsm: change poll failed: ${reason}`);
        failing = reason;
      })
      .finally(() => {
        polling = null;
      });
    return polling;
  };

  return {
    /**
     * Null while nothing tells the gateway about changes in JSM: every list is read again. Asked for once
     * LIST_MAX_AGE_MS have passed, it counts every list as changed first.
     */
    version(practiceId: string): number | null {
      if (!announced) return null;
      if (Date.now() - lastEverything >= LIST_MAX_AGE_MS) {
        lastEverything = Date.now();
        bump(null);
      }
      return (versions.get(practiceId) ?? 0) + everything * 1_000_003;
    },
    /** A practice's list showed the issue: a change that takes it off that practice must reach its list. */
    shown(key: string, practiceId: string): void {
      const practices = sharedWith.get(key) ?? [];
      if (!practices.includes(practiceId)) remember(key, [...practices, practiceId]);
    },
    /** A list left out what it had no reads left for (docs/jsm.md): it is built again when next asked for. */
    unsettled(practiceId: string): void {
      bump(practiceId);
    },
    /** The gateway's own writes change lists too, and their searches must show them at once. */
    wrote(practiceId: string | null, issueId: string | undefined): void {
      bump(practiceId);
      if (practiceId !== null) touch(issueId, [practiceId]);
    },
    /**
     * A live read of an issue found it changed since the gateway last saw it (no webhook, the poll not yet come): the
     * lists of the practices it is shared with would still show it as before.
     */
    noticed(key: string, issueId: string | undefined, fields: Record<string, unknown>): void {
      changed(key, issueId, fields);
    },
    /**
     * A live read found no issue under a key a list showed (deleted, or moved to another project, which no search of
     * this project shows, FACTS §4): the lists that showed it must drop it, also where no webhook tells.
     */
    gone(key: string): void {
      const practices = sharedWith.get(key);
      if (practices) practices.forEach(bump);
    },
    /** The ids of issues changed for a practice lately, newest first, for `reconcileIssues`. */
    recent(practiceId: string): number[] {
      const since = Date.now() - RECONCILE_MS;
      return [...(recent.get(practiceId) ?? [])].filter(([, at]) => at >= since).reverse().map(([id]) => Number(id));
    },
    /**
     * A Jira webhook (already verified). An internal comment alone changes nothing a customer sees (FACTS §5
     * `jsdPublic`), so it is not announced; an update carrying one may still change the status (`changelog`, FACTS §8).
     * An issue moved to another project or given another key leaves lists its old key was in: every practice's.
     */
    receive(payload: unknown): void {
      const event = optObj(payload);
      const comment = optObj(event?.comment);
      const items = optObj(event?.changelog)?.items;
      const changes = Array.isArray(items) ? items.map((item) => optObj(item)) : [];
      if (comment && comment.jsdPublic === false && changes.length === 0) return;
      if (changes.some((item) => ['project', 'key'].includes((optStr(item?.field) ?? '').toLowerCase()))) bump(null);
      const issue = optObj(event?.issue);
      const key = optStr(issue?.key);
      if (key && !key.startsWith(`${desk.projectKey}-`)) return;
      // A deleted issue is nothing to reconcile: its id would only ask search about an issue that is gone.
      const id = optStr(issue?.id);
      const deleted = optStr(event?.webhookEvent) === 'jira:issue_deleted';
      if (deleted && id !== undefined) for (const ids of recent.values()) ids.delete(id);
      if (deleted && key) state.forgetRequest(key);
      changed(key, deleted ? undefined : id, optObj(issue?.fields));
    },
    start(): void {
      if (announced && options.pollIntervalMs > 0) {
        timer = setInterval(tick, options.pollIntervalMs);
        timer.unref();
      }
    },
    poll: tick,
    stop(): void {
      if (timer) clearInterval(timer);
      timer = null;
      for (const t of settleTimers) clearTimeout(t);
      settleTimers.clear();
    },
  };
}

export type ChangeFeed = ReturnType<typeof createChangeFeed>;
