import { RECONCILE_MAX } from './changes.js';
import { atPage, followingPage, SD_API, SEARCH_JQL } from './client.js';
import type { Locale, Person, RequestList, RequestSummary } from '../../../src/api/contract.js';
import { isoTime } from '../../domain/iso-time.js';
import { BackendUnavailableError } from '../backend-errors.js';
import { InvalidCursorError, type UserListQuery } from '../portal-store.js';
import { authorOf, publicComments, typeKnown, withAccountTypes } from './activity.js';
import { portalStatus } from './convert.js';
import { listJql } from './jql.js';
import { JsmResponseError } from './errors.js';
import { customerOf, inLanguage, issueFields, NO_REQUEST, organizationIds, readable, requestPeople, requestTypeOf, type RequestDeps } from './requests.js';
import { arr, obj, optObj, optStr, str, time, type Json } from './read.js';
import { remainingMs } from './deadline.js';

/** JSM pages read for one widget list at most: post-filtering must not turn one widget call into a crawl. */
const MAX_SEARCH_PAGES = 5;
// The "created by" choices: a practice's newest 2,000 requests at 100 a page, asked for with three small fields.
const CREATOR_PAGES = 20;
/** Time to keep for one more page of creators (a search of 100 issues) and the answer. */
const CREATOR_PAGE_MS = 3_000;
/** Requests whose comments are fetched one by one in one list, when the search did not bring them. */
const MAX_COMMENT_READS = 10;
// servicedeskapi reads of issues the search names no request type for, per list; each is kept, so later lists need
// fewer. An issue still unread when they are used up is left out of this list rather than shown unchecked.
const MAX_TYPE_READS = 25;

/** The reads of JSM one list may make beyond its searches; `short` once it left something unread for want of them. */
interface ReadBudget {
  reads: number;
  typeReads: number;
  short: boolean;
}

/** Key numbers a cursor keeps of requests sharing the last sort time: more share one millisecond only in bulk imports. */
const TIED_MAX = 100;

interface Cursor {
  /** The JSM page token the last returned item came from (null: the first page). */
  t: string | null;
  /** The last returned item's sort time: newer items were given (or came meanwhile) and are skipped. */
  p: number;
  /**
   * The key numbers of the items given with that very time. JSM orders items of one time as it likes (FACTS §4
   * documents sorting by created or updated only), so they are told apart by key, not by position.
   */
  k: number[];
  /** The issue ids reconciled with the first page, which JSM wants again on every page (FACTS §4). */
  r: number[];
}

function encodeCursor(cursor: Cursor, sort: string): string {
  return Buffer.from(JSON.stringify({ ...cursor, s: sort })).toString('base64url');
}

function decodeCursor(text: string | undefined, sort: string): Cursor | null {
  if (text === undefined) return null;
  try {
    const c = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as { t?: unknown; p?: unknown; k?: unknown; s?: unknown; r?: unknown };
    const { p, k, r } = c;
    const numbers = (list: unknown, max: number): list is number[] => Array.isArray(list) && list.length <= max && list.every((n) => Number.isSafeInteger(n) && n > 0);
    if (c.s === sort && (c.t === null || typeof c.t === 'string') && typeof p === 'number' && Number.isFinite(p) && numbers(k, TIED_MAX) && numbers(r, RECONCILE_MAX)) {
      return { t: c.t, p, k, r };
    }
  } catch {
    // Not one of ours: the error below.
  }
  throw new InvalidCursorError('is not a cursor of this list');
}

/** The search body's `reconcileIssues`, left out when there is nothing to reconcile. */
const reconciling = (ids: number[]) => (ids.length > 0 ? { reconcileIssues: ids } : {});

const keyNumber = (key: string) => Number(key.slice(key.lastIndexOf('-') + 1));

/**
 * Who last acted for the support team: public agent comments and status changes. The search brings the comments,
 * as the platform's, whose `jsdPublic` tells internal ones apart (FACTS §5); where a comment lacks the flag they are
 * read through servicedeskapi's public comments instead, never assumed public. What was seen is kept per request and
 * `updated`, so an unchanged request costs nothing and an internal note or assignee change never counts.
 */
async function lastAgentActivity(deps: RequestDeps, key: string, fields: Json, status: string, budget: ReadBudget): Promise<number | null> {
  const updatedAt = time(fields.updated, 'updated');
  const known = deps.state.activity(key);
  if (known && known.updatedAt === updatedAt && known.status === status) return known.lastAgentAt;
  const isCustomer = customerOf(deps, fields);
  const inline = optObj(fields.comment);
  const listed = inline && Array.isArray(inline.comments) ? inline.comments.map((c) => obj(c, 'comment')) : null;
  // The search brings one page of comments, the oldest (PageOfComments: startAt, maxResults, total).
  const whole = listed !== null && !(typeof inline?.total === 'number' && inline.total > listed.length);
  let publicOnes: Json[] | null = null;
  if (listed && whole && listed.every((c) => typeof c.jsdPublic === 'boolean')) {
    publicOnes = await withAccountTypes(deps.client, listed.filter((c) => c.jsdPublic === true), typeKnown(deps.desk, isCustomer));
  } else if (budget.reads > 0) {
    budget.reads--;
    publicOnes = await publicComments(deps.client, key);
  } else budget.short = true;
  if (publicOnes === null) return known?.lastAgentAt ?? null;
  const comments = publicOnes.map((c) => {
    const at = time(c.created, 'comment created');
    return { at, agent: authorOf(optObj(c.author), deps.desk, isCustomer, at).isAgent };
  });
  const times = comments.filter((c) => c.agent).map((c) => c.at);
  // A move back to waiting for support is a customer's reply handing the request back, not news for them.
  if (known && known.status !== status && status !== 'waiting_for_support') times.push(updatedAt);
  else if (!known && status !== 'waiting_for_support') {
    const changed = optStr(fields.statuscategorychangedate);
    const created = time(fields.created, 'created');
    if (changed !== undefined && time(changed, 'statuscategorychangedate') > created + 1000) times.push(time(changed, 'statuscategorychangedate'));
  }
  if (known?.lastAgentAt) times.push(known.lastAgentAt);
  const last = times.length > 0 ? Math.max(...times) : null;
  deps.state.putActivity(key, { updatedAt, status, lastAgentAt: last });
  return last;
}

/**
 * The request type of a list item: known for requests the gateway created, else from the Request Type field of the
 * search; where the search names none, servicedeskapi's request says, once per issue (the answer is kept). Null for an
 * issue that is no customer request (`NO_REQUEST`): the portal does not show it, as JSM's own portal does not; nor,
 * unread, one the list has no reads left for this time (a later list reads it).
 */
async function requestTypeOfItem(deps: RequestDeps, key: string, fields: Json, locale: Locale, budget: ReadBudget) {
  const type = requestTypeOf(deps, key, fields, locale);
  if (type.mapped || type.jsmId !== undefined) return type;
  if (deps.state.requestTypeRead(key) === null) return null;
  if (budget.typeReads <= 0) {
    budget.short = true;
    return null;
  }
  budget.typeReads--;
  const answer = await deps.client.request({ method: 'GET', path: `${SD_API}/request/${key}`, retry: true, accept: [NO_REQUEST] });
  if (answer.status === NO_REQUEST) {
    deps.state.putRequestTypeRead(key, null);
    return null;
  }
  const jsmId = optStr(obj(answer.body, 'request').requestTypeId);
  if (jsmId === undefined) return type;
  deps.state.putRequestTypeRead(key, jsmId);
  const mapped = deps.catalog.byJsmId(jsmId);
  if (mapped) deps.state.putRequest(key, mapped.types.de.id, null);
  return requestTypeOf(deps, key, fields, locale);
}

const AGAIN = Symbol('again');
/** Creators without a portal user kept per practice, as many as its "created by" choices can name. */
const JSM_CREATORS_KEPT = CREATOR_PAGES * 100;

/** Notes a creator without a portal user that the practice's lists or choices named (`RequestDeps.jsmCreators`). */
function namedCreator(deps: RequestDeps, orgId: string, accountId: string): void {
  let known = deps.jsmCreators.get(orgId);
  if (!known) deps.jsmCreators.set(orgId, (known = new Set()));
  if (known.size >= JSM_CREATORS_KEPT) known.clear();
  known.add(accountId);
}

/** A practice's or a user's requests through JQL; the gateway checks every hit again, because the service account sees every practice. */
export async function listRequests(deps: RequestDeps, query: UserListQuery, locale: Locale, again = false): Promise<RequestList> {
  const cursor = decodeCursor(query.cursor, query.sort);
  const user = await deps.getUser(query.userId);
  if (!user || user.orgId !== query.orgId) return { items: [], nextCursor: null };
  const { org } = await deps.identity.ensureUser({ ...user, orgId: query.orgId });
  const accounts = deps.identity.accountsOf(user.id);
  const own = deps.identity.owns(user.id);
  // Whose requests a list is limited to: the accounts for the JQL, and which of their requests are that person's.
  let reporter: readonly string[] | undefined = query.ownership === 'mine' ? accounts : undefined;
  const creators: Array<(accountId: string, created: number) => boolean> = query.ownership === 'mine' ? [own] : [];
  // `jsm:<accountId>` names a creator without a portal user; it comes unchecked from the caller, so JSM may not know it.
  const givenAccount = query.createdBy?.startsWith('jsm:') === true;
  if (query.createdBy !== undefined) {
    // A user of another practice is no creator here (`/requests/creators` names them by their JSM account): their
    // accounts would otherwise tell the caller which of the practice's requests are that person's.
    const colleague = givenAccount || (await deps.getUser(query.createdBy))?.orgId === query.orgId;
    const creator = !colleague ? [] : givenAccount ? [query.createdBy.slice(4)] : deps.identity.accountsOf(query.createdBy);
    const both = reporter === undefined ? creator : creator.filter((account) => reporter?.includes(account));
    if (both.length === 0) return { items: [], nextCursor: null };
    reporter = both;
    if (!givenAccount) creators.push(deps.identity.owns(query.createdBy));
  }
  let organizationName = org.jsmName;
  let wildcards = deps.search.wildcards;
  let ownAccount = deps.search.ownRequests ? accounts : undefined;
  let participants = deps.search.participants && deps.desk.participantsField !== null;
  const jqlOf = () =>
    listJql({ projectKey: deps.desk.projectKey, organizationName, ownAccount, participants, reporter, status: query.status, q: query.q, wildcards, sort: query.sort });
  let jql = jqlOf();
  // Search returns only ids unless asked (FACTS §4), so `key` is asked for too.
  const fields = ['key', ...issueFields(deps.desk), 'comment', 'statuscategorychangedate'];
  const entries: { summary: RequestSummary; at: number; key: number; token: string | null }[] = [];
  let token = cursor?.t ?? null;
  // Search lags behind writes (FACTS §4): the practice's recent changes are read as they are now.
  const reconcile = cursor ? cursor.r : deps.changes.recent(query.orgId);
  /** Where the next widget page starts: after the last item given, on the JSM page `from`. */
  const next = (from: string | null): string => {
    const last = entries[entries.length - 1];
    // Nothing given from the pages read (all filtered out): the next call goes on from `from`, skipping as this one did.
    if (!last) return encodeCursor({ t: from, p: cursor?.p ?? Number.MAX_SAFE_INTEGER, k: cursor?.k ?? [], r: reconcile }, query.sort);
    const tied = entries.filter((e) => e.at === last.at).map((e) => e.key);
    const before = cursor?.p === last.at ? cursor.k : [];
    return encodeCursor({ t: from, p: last.at, k: [...before, ...tied].slice(-TIED_MAX), r: reconcile }, query.sort);
  };
  const budget: ReadBudget = { reads: MAX_COMMENT_READS, typeReads: MAX_TYPE_READS, short: false };
  const page = (nextCursor: string | null): RequestList => {
    // Not to be reused: the next list reads on where this one had no reads left.
    if (budget.short) deps.changes.unsettled(query.orgId);
    return { items: entries.map((e) => e.summary), nextCursor };
  };
  // The request type is checked after the search (JQL names request types only by name, FACTS §4): pages of other
  // types' requests would otherwise end a filtered list's reads before it finds any.
  const pageSize = query.requestTypeId === undefined ? Math.min(100, query.limit + 1) : 100;
  const search = async (): Promise<Json> => obj((await deps.client.request({
    method: 'POST', path: SEARCH_JQL, retry: true,
    json: { jql, fields, maxResults: pageSize, ...atPage(token), ...reconciling(reconcile) },
  })).body, 'search');
  const refused = (error: unknown): error is JsmResponseError => error instanceof JsmResponseError && error.status === 400;
  /** Whether JSM refuses the `OR` of the reader's own requests itself: asked for the service account's. */
  const refusesOwnRequests = async (): Promise<boolean> => {
    const probe = listJql({ projectKey: deps.desk.projectKey, organizationName, ownAccount: [deps.desk.serviceAccountId], status: 'all', sort: query.sort });
    try {
      await deps.client.request({ method: 'POST', path: SEARCH_JQL, retry: true, json: { jql: probe, fields: ['key'], maxResults: 1 } });
      return false;
    } catch (error) {
      if (refused(error)) return true;
      throw error;
    }
  };

  /**
   * JSM answers 400 for JQL it will not run, without a documented way to tell which clause (FACTS §10), so each
   * suspect is checked in turn and changes something only when it turns out to be the cause: the organization's name
   * (JQL uses names and an admin may rename it, FACTS gotcha 7), the prefix and fuzzy terms of `q` (Lucene syntax
   * that FACTS does not document; the site gets plain words from then on only when plain words work), the
   * participants clause (FACTS §4 names it from reports only; left out from then on when that is the cause), the `OR` that
   * adds the reader's own private requests (lists then show only the practice's, from then on), and a `jsm:`
   * creator JSM does not know (Jira refuses unknown reporters), who created nothing here. Before the `OR`, the
   * accounts of the reader and the creator asked for: one an admin deleted is refused too, and is forgotten (`AGAIN`:
   * the list starts over with the user's new account). Null: no more hits.
   */
  const recover = async (error: JsmResponseError): Promise<Json | null | typeof AGAIN> => {
    // A creator no list named may be made up (Jira refuses unknown reporters): not worth the calls, nor the log line.
    if (givenAccount && !deps.jsmCreators.get(query.orgId)?.has(query.createdBy?.slice(4) ?? '')) return null;
    let last = error;
    /** The search again with one suspect changed; null when JSM refuses that too. */
    const retried = async (): Promise<Json | null> => {
      jql = jqlOf();
      try {
        return await search();
      } catch (retryError) {
        if (!refused(retryError)) throw retryError;
        last = retryError;
        return null;
      }
    };
    const relinked = await relinkedOrganization(deps, { id: query.orgId, name: user.orgName ?? query.orgId }, organizationName);
    if (relinked !== null) {
      organizationName = relinked;
      const answer = await retried();
      if (answer) return answer;
    }
    if (query.q !== undefined && wildcards) {
      wildcards = false;
      const answer = await retried();
      if (answer) {
        deps.search.wildcards = false;
        deps.log(`jsm: the site refused prefix/fuzzy terms in summary ~ (${last.jsmMessage}); searching plain words`);
        return answer;
      }
      // Each suspect is tried alone.
      wildcards = true;
    }
    if (participants && ownAccount !== undefined) {
      participants = false;
      const answer = await retried();
      if (answer) {
        deps.search.participants = false;
        deps.log(`jsm: the site refused "Request participants" in JQL (${last.jsmMessage}); lists show requests shared with a user as a participant only on their page`);
        return answer;
      }
      participants = true;
    }
    const people = [user.id, ...(query.createdBy !== undefined && !givenAccount ? [query.createdBy] : [])];
    if (!again && (await deps.identity.forgetDeleted(people))) return AGAIN;
    if (ownAccount !== undefined) {
      ownAccount = undefined;
      const answer = await retried();
      if (answer) {
        // Learnt for every practice only from a search that names no user of its own.
        if (await refusesOwnRequests()) {
          deps.search.ownRequests = false;
          deps.log(`jsm: the site refused "Organizations = … OR reporter = …" (${last.jsmMessage}); lists show only requests shared with the practice`);
        } else {
          deps.log(`jsm: a list of user ${user.id} was refused with their own requests (${last.jsmMessage}); answered without them`);
        }
        return answer;
      }
    }
    if (givenAccount) {
      deps.log(`jsm: a list by the creator ${JSON.stringify(query.createdBy)} was refused (${last.jsmMessage}); answering it empty`);
      return null;
    }
    throw last;
  };

  let recovered = false;
  // A hit none of the reader's that is shared with other organizations only: JQL matched the practice's name on
  // another organization, which an admin gave it (names swapped, or a new one under the old name; FACTS gotcha 7).
  let foreign = false;
  let relinkChecked = again;
  for (let pages = 0; pages < MAX_SEARCH_PAGES; pages++) {
    let answer: Json;
    try {
      answer = await search();
    } catch (error) {
      if (!refused(error) || recovered) throw error;
      recovered = true;
      let retried: Json | null | typeof AGAIN;
      if (token !== null) {
        // A page token expires after 7 days and holds one JQL (FACTS §4): the first page again, the cursor skips what was given.
        token = null;
        try {
          retried = await search();
        } catch (retryError) {
          if (!refused(retryError)) throw retryError;
          retried = await recover(retryError);
        }
      } else {
        retried = await recover(error);
      }
      if (retried === AGAIN) return listRequests(deps, query, locale, true);
      if (retried === null) return page(null);
      answer = retried;
    }
    const issues = arr(answer.issues, 'search issues').map((i) => obj(i, 'issue'));
    for (const issue of issues) {
      const key = str(issue.key, 'issue key');
      const f = obj(issue.fields, 'issue fields');
      const at = time(query.sort === 'created' ? f.created : f.updated, 'sort time');
      // Kept for every page: requests added or changed meanwhile are newer, and push given ones onto later JSM pages.
      if (cursor && (at > cursor.p || (at === cursor.p && cursor.k.includes(keyNumber(key))))) continue;
      // The JQL already says all this; checking again keeps a wrong or widened answer from reaching another practice.
      if (!key.startsWith(`${deps.desk.projectKey}-`)) continue;
      if (!readable(deps, f, org.jsmId, own)) {
        foreign ||= !requestPeople(deps.desk, f).some((account) => accounts.includes(account));
        continue;
      }
      const reporterId = optStr(optObj(f.reporter)?.accountId) ?? '';
      const created = time(f.created, 'created');
      if (reporter !== undefined && !(reporter.includes(reporterId) && creators.every((owns) => owns(reporterId, created)))) continue;
      const found = await requestTypeOfItem(deps, key, f, locale, budget);
      const type = found && (await inLanguage(deps, found, locale));
      if (!type || (query.requestTypeId !== undefined && type.id !== query.requestTypeId)) continue;
      const jsmStatus = optObj(f.status);
      const status = portalStatus(optStr(jsmStatus?.name) ?? '', optStr(optObj(jsmStatus?.statusCategory)?.key) ?? '', locale);
      if (query.status !== 'all' && status.category !== query.status) continue;
      const last = entries[entries.length - 1];
      if (entries.length === query.limit && last) return page(next(last.token));
      const lastAgent = await lastAgentActivity(deps, key, f, status.id, budget);
      const creatorId = reporterId ? deps.identity.userOfAccount(reporterId, query.orgId) : null;
      const creator = creatorId ? await deps.getUser(creatorId) : null;
      if (!creator && reporterId) namedCreator(deps, query.orgId, reporterId);
      const createdBy: Person = creator ? { id: creator.id, name: creator.name } : { id: `jsm:${reporterId}`, name: optStr(optObj(f.reporter)?.displayName) ?? '' };
      entries.push({
        summary: {
          key,
          summary: optStr(f.summary) ?? '',
          requestType: { id: type.id, key: type.key, name: type.name },
          status,
          createdBy,
          createdAt: isoTime(time(f.created, 'created')),
          updatedAt: isoTime(time(f.updated, 'updated')),
          lastAgentActivityAt: lastAgent === null ? null : isoTime(lastAgent),
        },
        at,
        key: keyNumber(key),
        token,
      });
    }
    if (foreign && !relinkChecked) {
      relinkChecked = true;
      if ((await relinkedOrganization(deps, { id: query.orgId, name: user.orgName ?? query.orgId }, organizationName)) !== null) return listRequests(deps, query, locale, true);
    }
    // A page may even be empty and still name a next one (FACTS §4 promises no minimum); the pages read are bounded.
    const following = followingPage(answer);
    if (!following) return page(null);
    token = following;
  }
  return page(next(token));
}

/**
 * The organization's name in JSM now, if an admin renamed (or deleted) it since the gateway last read it: JQL names
 * organizations (FACTS gotcha 7), so a search JSM refuses (400) may only need the new name, or the name again once
 * the practice has claimed a new organization under it. Null when the organization is the same.
 */
async function relinkedOrganization(deps: RequestDeps, practice: { id: string; name: string }, known: string): Promise<string | null> {
  const before = deps.state.organization(practice.id)?.jsmId;
  const current = await deps.identity.organization(practice, true);
  return current.jsmName === known && current.jsmId === before ? null : current.jsmName;
}

/** People who created requests of the practice, from the reporters JQL finds (up to `CREATOR_PAGES` pages of them). */
export async function listCreators(deps: RequestDeps, orgId: string): Promise<Person[]> {
  const link = deps.state.organization(orgId);
  if (!link) return [];
  const reconcile = deps.changes.recent(orgId);
  let organizationName = link.jsmName;
  const typeField = deps.desk.requestTypeField;
  const search = async (token: string | undefined): Promise<Json> => {
    const jql = listJql({ projectKey: deps.desk.projectKey, organizationName, status: 'all', sort: 'created' });
    // Search returns only ids unless asked (FACTS §4): the key tells an agent's plain issue.
    const fields = ['key', 'reporter', deps.desk.organizationsField, ...(typeField ? [typeField] : [])];
    const json = { jql, fields, maxResults: 100, ...atPage(token), ...reconciling(reconcile) };
    return obj((await deps.client.request({ method: 'POST', path: SEARCH_JQL, retry: true, json })).body, 'search');
  };
  const people = new Map<string, Person>();
  let token: string | undefined;
  // A slow JSM ends the pages early: the creators of the newest requests rather than a 503 for all of them, read
  // whole again next time (`unsettled`).
  let short = false;
  for (let pages = 0; pages < CREATOR_PAGES; pages++) {
    if (pages > 0 && remainingMs() < CREATOR_PAGE_MS) {
      short = true;
      break;
    }
    let answer: Json;
    try {
      answer = await search(token);
    } catch (error) {
      if (pages > 0 && error instanceof BackendUnavailableError) {
        short = true;
        break;
      }
      if (pages > 0 || !(error instanceof JsmResponseError && error.status === 400)) throw error;
      const relinked = await relinkedOrganization(deps, { id: orgId, name: link.jsmName }, link.jsmName);
      if (relinked === null) throw error;
      organizationName = relinked;
      answer = await search(undefined);
    }
    const issues = arr(answer.issues, 'search issues').map((i) => obj(i, 'issue'));
    for (const issue of issues) {
      const f = obj(issue.fields, 'issue fields');
      if (!organizationIds(f[deps.desk.organizationsField]).includes(link.jsmId)) continue;
      // An agent's plain Jira issue is no request (`requestTypeOfItem`): its reporter created none.
      if ((typeField && f[typeField] === null) || deps.state.requestTypeRead(optStr(issue.key) ?? '') === null) continue;
      const accountId = optStr(optObj(f.reporter)?.accountId);
      if (!accountId || people.has(accountId)) continue;
      const userId = deps.identity.userOfAccount(accountId, orgId);
      const user = userId ? await deps.getUser(userId) : null;
      if (!user) namedCreator(deps, orgId, accountId);
      people.set(accountId, user ? { id: user.id, name: user.name } : { id: `jsm:${accountId}`, name: optStr(optObj(f.reporter)?.displayName) ?? '' });
    }
    token = followingPage(answer);
    if (token === undefined) break;
  }
  if (short) deps.changes.unsettled(orgId);
  // A user who had another account before is one person.
  return [...new Map([...people.values()].map((person) => [person.id, person])).values()].sort((a, b) => a.name.localeCompare(b.name, 'de', { sensitivity: 'base' }) || a.id.localeCompare(b.id));
}
