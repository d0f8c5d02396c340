import { idempotencyRef } from '../../domain/idempotency-ref.js';
import type { IdempotencyRecord, IdempotencyStore } from '../portal-store.js';
import type { LocalIdempotencyStore } from '../sqlite/idempotency.js';
import { SEARCH_JQL } from './client.js';
import { commentItem, publicComments } from './activity.js';
import { hasRef, parseAttribution, plainText } from './convert.js';
import { literal, reporterOf } from './jql.js';
import { arr, obj, optStr, str } from './read.js';
import { commentRef, finishHandBack } from './comments.js';
import { finishFiles, finishSharing } from './create.js';
import { customerOf, getRequest, type RequestDeps } from './requests.js';
import { REQUEST_BUDGET_MS, withinDeadline } from './deadline.js';
import { forgetUploads } from './sending.js';

/** How long a comment whose answer was lost may take to appear in the (consistent) comment list. */
const COMMENT_SETTLE_MS = 10_000;
// A reply is marked before its files go up, and another process may be asked while they still do: the first attempt
// may send the comment until its request's deadline, and only then does the settling start.
const COMMENT_WINDOW_MS = REQUEST_BUDGET_MS + COMMENT_SETTLE_MS;

// A request a read found missing may be hidden for a while (FACTS §10): what the gateway kept of it goes a week after,
// six days beyond the day the sweep keeps everything else (server/maintenance.ts).
const GONE_KEPT_MS = 6 * 24 * 60 * 60 * 1000;

/**
 * How often a retry may search for a request whose answer was lost while search does not show it yet: the widget
 * retries every second or so (409 with Retry-After), and a JSM that lost the answer may be struggling already.
 */
const LOOKUP_EVERY_MS = 2_000;

type Outcome = { kind: 'done'; status: 201; body: string } | { kind: 'pending' } | { kind: 'absent' };

/**
 * Exactly once across a lost answer (issue "JSM backend"): a retry finds what the first attempt left in JSM by its
 * ref, instead of sending the create again. JQL is eventually consistent (FACTS §4), so a request not yet found
 * stays "in progress" for the consistency window before the gateway concludes JSM never committed it.
 */
export function createPendingResolver(deps: RequestDeps, consistencyWindowMs: number) {
  /** Refs this process is sending right now. */
  const inFlight = new Set<string>();
  /** When a search last did not find the request of a ref. */
  const missedAt = new Map<string, number>();
  /** Notes a miss; misses past LOOKUP_EVERY_MS hold nothing back, and go (a widget may stop retrying for good). */
  const missed = (ref: string): void => {
    const now = Date.now();
    for (const [other, at] of missedAt) if (now - at >= LOOKUP_EVERY_MS) missedAt.delete(other);
    missedAt.set(ref, now);
  };

  async function findRequest(ref: string, userId: string, startedAt: number): Promise<string | null> {
    // Every account the user had: their address, and with it their account, may have changed since the create.
    const accounts = deps.identity.accountsOf(userId);
    if (accounts.length === 0) return null;
    const minutes = Math.ceil((Date.now() - startedAt) / 60_000) + 5;
    // `updated`, whose relative dates FACTS §8 shows, finds every request created since (updated ≥ created) and a few more.
    const jql = `project = ${literal(deps.desk.projectKey)} AND ${reporterOf(accounts)} AND updated >= "-${minutes}m" ORDER BY created DESC`;
    const answer = obj((await deps.client.request({ method: 'POST', path: SEARCH_JQL, retry: true, json: { jql, fields: ['key', 'description'], maxResults: 50 } })).body, 'search');
    const hit = arr(answer.issues, 'issues').map((i) => obj(i, 'issue')).find((i) => hasRef(plainText(obj(i.fields, 'fields').description), ref));
    return hit ? str(hit.key, 'issue key') : null;
  }

  async function resolve(ref: string): Promise<Outcome> {
    const request = deps.state.pending(ref);
    const comment = deps.state.pending(commentRef(ref));
    if (inFlight.has(ref)) return { kind: 'pending' };
    // A create another process got the answer to a moment ago is that process's to finish until its deadline (a
    // rolling restart): finishing it here too would send its files twice. One whose answer was lost is anyone's.
    if (request?.issueKey && request.epoch !== deps.epoch && Date.now() - request.startedAt < REQUEST_BUDGET_MS) return { kind: 'pending' };
    if (request) {
      // Never concluded absent (sent again) without a search at that moment: exactly once rests on it.
      const settled = Date.now() - request.startedAt >= consistencyWindowMs;
      const mayLookUp = settled || Date.now() - (missedAt.get(ref) ?? -Infinity) >= LOOKUP_EVERY_MS;
      const key = request.issueKey ?? (mayLookUp ? await findRequest(ref, request.userId, request.startedAt) : null);
      if (mayLookUp && !key) missed(ref);
      if (key) {
        deps.state.putPending({ ...request, issueKey: key });
        const user = await deps.getUser(request.userId);
        // A visitor's request found here missed the mark its create would have set: adopted like any other.
        const visitorAccount = user && user.orgId === null ? deps.identity.accountOf(user.id) : null;
        if (request.issueKey === null && visitorAccount && deps.state.usersOfAccount(visitorAccount) === 0) deps.state.markVisitorRequest(key, visitorAccount);
        await finishSharing(deps, key, user);
        if (request.lateUploads) {
          await finishFiles(deps, key, request.lateUploads);
          deps.state.putPending({ ...request, issueKey: key, lateUploads: null });
        }
        // JSM has the files: the gateway's copies go, as after an answer that came.
        await forgetUploads(deps, request.uploads ?? []);
        const detail = await getRequest(deps, key, null, user?.locale ?? 'de');
        if (detail) return { kind: 'done', status: 201, body: JSON.stringify(detail) };
      }
      return Date.now() - request.startedAt < consistencyWindowMs ? { kind: 'pending' } : { kind: 'absent' };
    }
    if (comment?.issueKey) {
      const found = (await publicComments(deps.client, comment.issueKey)).find((c) => parseAttribution(optStr(c.body) ?? '')?.ref === ref);
      if (found) {
        const user = await deps.getUser(comment.userId);
        if (user) deps.state.putComment(str(found.id, 'comment id'), comment.issueKey, user.id, user.name);
        await forgetUploads(deps, comment.uploads ?? []);
        await finishHandBack(deps, comment.issueKey);
        return { kind: 'done', status: 201, body: JSON.stringify(commentItem(found, comment.issueKey, deps.desk, deps.state, customerOf(deps)).item) };
      }
      return Date.now() - comment.startedAt < COMMENT_WINDOW_MS ? { kind: 'pending' } : { kind: 'absent' };
    }
    return { kind: 'absent' };
  }

  const resolving = new Map<string, Promise<Outcome>>();
  /** One resolution per ref at a time: parallel retries must not each finish what the first attempt left undone. */
  const resolveOnce = (ref: string): Promise<Outcome> => {
    let running = resolving.get(ref);
    if (!running) {
      running = resolve(ref).finally(() => resolving.delete(ref));
      resolving.set(ref, running);
    }
    return running;
  };

  const later = new Set<NodeJS.Timeout>();

  const forget = (ref: string) => {
    missedAt.delete(ref);
    deps.state.dropPending(ref);
    deps.state.dropPending(commentRef(ref));
  };

  /** The portal's idempotency records, aware of sends whose outcome JSM still has to tell. */
  function wrap(base: LocalIdempotencyStore): IdempotencyStore {
    /**
     * Finishes a send whose answer was lost without waiting for the widget's retry: a user who sees the request in the
     * list and drops the draft sends none, and what the first attempt did not get to (files, sharing, the hand-back)
     * would never happen. Tried every LOOKUP_EVERY_MS while JSM's search may still be catching up.
     */
    const finishLater = (scope: string, key: string, ref: string): void => {
      const timer = setTimeout(() => {
        later.delete(timer);
        withinDeadline(REQUEST_BUDGET_MS, () => resolveOnce(ref))
          .then(async (outcome) => {
            if (outcome.kind === 'pending') return finishLater(scope, key, ref);
            if (outcome.kind === 'absent') return;
            await base.complete(scope, key, outcome.status, outcome.body);
            forget(ref);
          })
          .catch((error: unknown) => deps.log(`jsm: a send whose answer was lost is left to the widget's retry: ${error instanceof Error ? error.message : String(error)}`));
      }, LOOKUP_EVERY_MS);
      timer.unref();
      later.add(timer);
    };

    // Sends a process left unfinished when it stopped (a restart, a crash: files, sharing, a hand-back not done yet)
    // are finished here as that process would have. Once their first attempt's deadline has passed, so that none of
    // them is still being sent.
    const startedAt = Date.now();
    const sweep = setTimeout(() => {
      later.delete(sweep);
      for (const { scope, key } of base.unfinished(startedAt)) {
        const ref = idempotencyRef(scope, key);
        if (deps.state.pending(ref) || deps.state.pending(commentRef(ref))) finishLater(scope, key, ref);
      }
    }, REQUEST_BUDGET_MS);
    sweep.unref();
    later.add(sweep);

    return {
      async reserve(scope, key, fingerprint): Promise<IdempotencyRecord | null> {
        const ref = idempotencyRef(scope, key);
        const existing = await base.reserve(scope, key, fingerprint);
        if (!existing) {
          inFlight.add(ref);
          return null;
        }
        if (existing.status !== null || existing.fingerprint !== fingerprint) return existing;
        const outcome = await resolveOnce(ref);
        if (outcome.kind === 'done') {
          await base.complete(scope, key, outcome.status, outcome.body);
          forget(ref);
          return { fingerprint, status: outcome.status, body: outcome.body };
        }
        if (outcome.kind === 'pending') return existing;
        // Nothing reached JSM (or the window for it to show up has passed): this retry may send again.
        forget(ref);
        await base.release(scope, key);
        return this.reserve(scope, key, fingerprint);
      },
      async complete(scope, key, status, body) {
        const ref = idempotencyRef(scope, key);
        await base.complete(scope, key, status, body);
        inFlight.delete(ref);
        forget(ref);
      },
      async release(scope, key) {
        const ref = idempotencyRef(scope, key);
        inFlight.delete(ref);
        // A send with a lost answer keeps its record "in progress" until a retry, or the gateway, finds out what JSM did.
        if (deps.state.pending(ref) || deps.state.pending(commentRef(ref))) return finishLater(scope, key, ref);
        await base.release(scope, key);
      },
      purgeOlderThan: async (timestamp) => {
        deps.state.purgePendingBefore(timestamp);
        deps.state.forgetGoneBefore(timestamp - GONE_KEPT_MS);
        return base.purgeOlderThan(timestamp);
      },
    };
  }

  return {
    wrap,
    /** Leaves the sends whose answer was lost to the widget's retries (the store is closing). */
    stop(): void {
      for (const timer of later) clearTimeout(timer);
      later.clear();
    },
  };
}
