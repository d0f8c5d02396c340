import { BackendPermissionError, BackendUnavailableError } from '../backend-errors.js';
import type { UserRecord } from '../portal-store.js';
import type { Desk } from './catalog.js';
import { SD_API, SEARCH_JQL, type JsmClient } from './client.js';
import { JsmResponseError } from './errors.js';
import { allPages } from './activity.js';
import { remainingMs, REQUEST_BUDGET_MS, withinDeadline } from './deadline.js';
import { literal } from './jql.js';
import { arr, obj, optObj, optStr, page, str, type Json } from './read.js';
import type { JsmState } from './state.js';

/** The organization property that records which practice an organization stands for (FACTS §2 "Properties"). */
export const PRACTICE_PROPERTY = 'medsupport.practice';
const ORG_CHECK_MS = 10 * 60_000;
/**
 * How long setting up a customer, an organization or a membership may take. Longer than a widget call's: under a slow
 * JSM (seconds a call) the setup needs more calls than one widget call has time for, and starting over on every try
 * would never finish; it goes on after the call has answered 503, so that a later try finds it done.
 */
const SETUP_BUDGET_MS = 60_000;
// An account whose e-mail is hidden (FACTS gotcha 6) is not matched by a search hit without an address: a prefix
// match (FACTS §2) may be another person, whose requests the user would then see.
const UNFINDABLE = 'JSM has a customer with this e-mail address that the service account cannot find: it needs the Browse users and groups global permission (also to find a customer whose creation answered too late), or the Atlassian account hides its e-mail address (profile visibility, which only its owner can change) or is deactivated';
/**
 * How long the gateway answers an address it could not find without asking JSM again: about one poll of the widget, as
 * the cause may also pass (a customer whose creation answered too late, which search shows a little later).
 */
const UNFINDABLE_MS = 60_000;

export interface Practice {
  id: string;
  name: string;
}

/**
 * Portal users become JSM customers of the desk, practices JSM organizations (issue "JSM backend", Identity). The
 * mapping lives in the state store and on the organizations themselves, so a second gateway or a rebuilt state store
 * finds the same ones. Customers cannot be renamed through the API, nor organizations: JSM keeps the first names.
 */
/**
 * A portal user's address is the service account's own or an app's (FACTS §2 `accountType`): acting as either would
 * show the user every request that account raised. The host app vouches for a signed-in user's address, so it must
 * fix it (503); a visitor only typed it (422 on `email`, see createRequest), as they did an Atlassian account's that
 * is no customer of the desk yet.
 */
export class ReservedAddressError extends BackendPermissionError {
  constructor() {
    super("a portal user's e-mail address is the service account's own or an app's; the host app must give users their own address");
  }
}

/** The setup's outcome, or a 503 when the widget call's time is up first (the setup goes on). */
function withinCall<T>(setup: Promise<T>): Promise<T> {
  const left = remainingMs();
  let timer: NodeJS.Timeout | undefined;
  const timeUp = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new BackendUnavailableError('setting up the customer or practice in JSM takes longer than a widget call; it goes on', 5)), Math.max(0, left));
  });
  return Promise.race([setup, timeUp]).finally(() => clearTimeout(timer));
}

export function createIdentity(
  client: JsmClient,
  desk: Desk,
  state: JsmState,
  log: (line: string) => void,
  /** Runs when an account joins a practice's organization (its visitor requests become the practice's). */
  joined: (accountId: string, jsmOrgId: string) => Promise<void>,
) {
  const running = new Map<string, Promise<unknown>>();
  const claims = new Map<string, Promise<unknown>>();
  const loggedPermissions = new Set<string>();

  /**
   * One JSM round per key at a time: parallel widget calls of one new user must not create two customers. The round
   * has a budget of its own (SETUP_BUDGET_MS); each caller waits for it as long as its own call has time.
   */
  const once = <T>(key: string, work: () => Promise<T>): Promise<T> => {
    let promise = running.get(key) as Promise<T> | undefined;
    if (!promise) {
      // No wait for a Retry-After beyond a widget call's budget: the call waiting for the setup hears it instead.
      promise = withinDeadline(SETUP_BUDGET_MS, work, REQUEST_BUDGET_MS).finally(() => running.delete(key));
      // A setup whose widget call has answered already (503) has nobody listening: not an unhandled rejection.
      promise.catch(() => undefined);
      running.set(key, promise);
    }
    return withinCall(promise);
  };

  /**
   * Claims of one organization name one after the other. Two practices of the same name signing in at once both found
   * the organization unclaimed (JSM answers a create with the existing one) and both took it: each then saw the
   * other's requests. Run in turn, the second finds the first one's property and takes the name with its id.
   */
  const inTurn = <T>(name: string, work: () => Promise<T>): Promise<T> => {
    const key = name.toLowerCase();
    const turn = (claims.get(key) ?? Promise.resolve()).then(work, work);
    const done = turn.then(
      () => undefined,
      () => undefined,
    );
    claims.set(key, done);
    void done.then(() => claims.get(key) === done && claims.delete(key));
    return turn;
  };

  const refuse = (permission: string, error: JsmResponseError): never => {
    if (!loggedPermissions.has(permission)) {
      loggedPermissions.add(permission);
      log(`jsm: permission missing: ${permission} (${error.method} ${error.path} answered ${error.status}: ${error.jsmMessage})`);
    }
    throw new BackendPermissionError(permission);
  };

  const permissionGuard = async <T>(permission: string, work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      if (error instanceof JsmResponseError && (error.status === 403 || error.status === 401)) refuse(permission, error);
      throw error;
    }
  };

  /**
   * The account found for a portal user, unless it is the gateway's own or an app's (FACTS §2 `accountType`): acting
   * as either would show the user every request that account raised, and make it a customer of their practice.
   */
  const usable = (account: Json): string => {
    const accountId = str(account.accountId, 'accountId');
    if (accountId === desk.serviceAccountId || desk.formerServiceAccounts.some((f) => f.accountId === accountId) || account.accountType === 'app') {
      throw new ReservedAddressError();
    }
    return accountId;
  };

  let loggedNoBrowse = false;
  /**
   * Forgets an account JSM no longer has: deleted (404), or erased for data protection, which Atlassian keeps as an
   * inactive "Former user" without an address (an assumption: FACTS does not say). True when it did.
   */
  async function forgetIfGone(accountId: string): Promise<boolean> {
    const answer = await client.request({ method: 'GET', path: '/rest/api/3/user', query: { accountId }, retry: true, accept: [403, 404] });
    // Without "Browse users and groups" the gateway cannot tell (FACTS §2): the account is taken as still there, and
    // what JSM refused stays the answer.
    if (answer.status === 403) {
      if (!loggedNoBrowse) log('jsm: reading users is refused (the "Browse users and groups" global permission): deleted accounts are not recognised');
      loggedNoBrowse = true;
      return false;
    }
    const erased = optObj(answer.body)?.active === false && !optStr(optObj(answer.body)?.emailAddress);
    if (answer.status !== 404 && !erased) return false;
    log(`jsm: account ${accountId} is ${answer.status === 404 ? 'gone from JSM' : 'erased in JSM'}; its portal users get a customer of their address again`);
    state.forgetAccount(accountId);
    return true;
  }

  async function findAccount(email: string, visitor: boolean): Promise<string | null> {
    const wanted = email.trim().toLowerCase();
    // An inactive account cannot raise requests; JSM refuses it as the reporter. Addresses are compared as a person
    // means them: in any case, without stray spaces an import may have left.
    const matching = (list: unknown[]) =>
      list.map((u) => optObj(u)).filter((u): u is Json => optStr(u?.emailAddress)?.trim().toLowerCase() === wanted && u?.active !== false);
    const hits = matching(arr((await client.request({ method: 'GET', path: '/rest/api/3/user/search', query: { query: email, maxResults: 50 }, retry: true })).body, 'user search'));
    // An address may have an Atlassian account (an agent's, perhaps) beside a portal-only customer: the customer is the
    // person who asks for support.
    const customer = hits.find((u) => u.accountType === 'customer');
    if (customer) return usable(customer);
    // Without "Browse users and groups" the search above is empty rather than an error (FACTS §2); the desk's own
    // customer search still finds the desk's customers, who are the users whatever their type.
    const [onDesk] = matching(page((await client.request({
      method: 'GET', path: `${SD_API}/servicedesk/${desk.id}/customer`, query: { query: email, limit: 50 }, experimental: true, retry: true,
    })).body, 'desk customers').values);
    if (onDesk) return usable(onDesk);
    if (hits.length === 0) return null;
    // Anyone may type an address: a visitor's request is never raised for an Atlassian account that is no customer
    // of the desk. A signed-in user's address the host app vouches for: their Atlassian account becomes a customer.
    if (visitor) throw new ReservedAddressError();
    return usable(hits[0]!);
  }

  async function createCustomer(email: string, name: string): Promise<string | null> {
    try {
      const created = await client.request({
        method: 'POST', path: `${SD_API}/customer`, query: { strictConflictStatusCode: true }, json: { email, displayName: name }, retry: false,
      });
      return str(obj(created.body, 'customer').accountId, 'accountId');
    } catch (error) {
      if (error instanceof JsmResponseError && error.status === 409) return null;
      if (error instanceof JsmResponseError && (error.status === 403 || error.status === 401)) {
        refuse('creating customers needs the Jira Administrators global permission for the service account', error);
      }
      throw error;
    }
  }

  /** Addresses JSM has an account for that the gateway cannot find, until when it does not ask again. */
  const unfindable = new Map<string, number>();

  /**
   * The JSM customer for a user's e-mail address, created when missing and added to the desk (again, with `recheck`).
   * A user the host app gives another address gets the customer of that one: JSM mails its notifications there, and
   * the old address may be someone else's by now. The old account stays the user's former one (its requests are
   * theirs) and leaves the practice (see `leave`).
   */
  async function customer(userId: string, email: string, name: string, recheck = false, visitor = false): Promise<string> {
    const known = state.account(userId);
    // Mapped before addresses were noted: made for this one, as far as the gateway can tell.
    if (known && known.email === null) state.putAccount(userId, known.accountId, known.onDesk, email);
    const moved = known !== null && known.email !== null && known.email !== email.toLowerCase();
    if (known?.onDesk && !recheck && !moved) return known.accountId;
    return once(`account:${userId}`, async () => {
      let mapped = moved ? undefined : known?.accountId;
      // Search may still find an account just forgotten (FACTS §4: eventually consistent): one forget a round.
      let forgot = false;
      const address = email.trim().toLowerCase();
      for (;;) {
        // Each try costs five calls, one of them a write, and search counts against a tenant-wide limit (FACTS §2):
        // the user's widget calls (its poll among them) hear the same answer for a while without asking JSM.
        if (!mapped && (unfindable.get(address) ?? 0) > Date.now()) throw new BackendPermissionError(UNFINDABLE);
        let accountId = mapped ?? (await findAccount(email, visitor));
        if (!accountId) {
          accountId = (await createCustomer(email, name)) ?? (await findAccount(email, visitor));
          if (!accountId) {
            const now = Date.now();
            for (const [other, until] of unfindable) if (until <= now) unfindable.delete(other);
            unfindable.set(address, now + UNFINDABLE_MS);
            throw new BackendPermissionError(UNFINDABLE);
          }
        }
        // Not an account another portal user shares: its requests are that user's too, now and later.
        if (moved && known.accountId !== accountId && state.usersOfAccount(known.accountId) <= 1) state.putFormerAccount(userId, known.accountId, Date.now());
        state.putAccount(userId, accountId, false, email);
        try {
          await permissionGuard('adding customers to the service desk needs the service desk administrator role', () =>
            client.request({ method: 'POST', path: `${SD_API}/servicedesk/${desk.id}/customer`, json: { accountIds: [accountId] }, retry: true }),
          );
        } catch (error) {
          // The account is gone from JSM (400: unknown account, FACTS §2), perhaps erased since it was found: without
          // forgetting it, every call of the user would send this refused call again. Their address gets a customer of
          // its own.
          if (forgot || !(error instanceof JsmResponseError && error.status === 400 && (await forgetIfGone(accountId)))) throw error;
          forgot = true;
          mapped = undefined;
          continue;
        }
        state.putAccount(userId, accountId, true, email);
        return accountId;
      }
    });
  }

  async function practiceOf(orgId: string): Promise<string | null> {
    try {
      const property = obj((await client.request({ method: 'GET', path: `${SD_API}/organization/${orgId}/property/${PRACTICE_PROPERTY}`, retry: true })).body, 'property');
      return optStr(optObj(property.value)?.practiceId) ?? null;
    } catch (error) {
      if (error instanceof JsmResponseError && error.status === 404) return null;
      throw error;
    }
  }

  async function isEmpty(orgId: string): Promise<boolean> {
    const members = page((await client.request({ method: 'GET', path: `${SD_API}/organization/${orgId}/user`, query: { limit: 1 }, retry: true })).body, 'organization members');
    return members.values.length === 0;
  }

  /** Organizations have no name filter (FACTS §2): page through them. */
  async function organizationNamed(name: string): Promise<Json | null> {
    const all = await allPages(client, `${SD_API}/organization`, {});
    return all.find((o) => o.name === name) ?? null;
  }

  async function createOrganization(name: string): Promise<Json> {
    try {
      return obj((await permissionGuard('creating organizations needs the agent role, or Jira administrator where organization management is restricted', () =>
        client.request({ method: 'POST', path: `${SD_API}/organization`, json: { name }, retry: false }),
      )).body, 'organization');
    } catch (error) {
      // A site that refuses a taken name instead of answering with the existing organization.
      const existing = error instanceof JsmResponseError && (error.status === 400 || error.status === 409) ? await organizationNamed(name) : null;
      if (existing) return existing;
      throw error;
    }
  }

  /** Whether the project has requests shared with the organization: whoever it is claimed for sees them in "Alle". */
  async function hasRequests(jsmName: string): Promise<boolean> {
    const jql = `project = ${literal(desk.projectKey)} AND Organizations = ${literal(jsmName)}`;
    const answer = obj((await client.request({ method: 'POST', path: SEARCH_JQL, retry: true, json: { jql, maxResults: 1 } })).body, 'search');
    return arr(answer.issues, 'issues').length > 0;
  }

  /**
   * Creating an organization whose name is taken answers with the existing one (FACTS §2), so creating is also the
   * look-up by name. It is ours when its property names this practice, or when it is new (no property, no members,
   * no requests shared with it); an organization of another practice or of someone else gets a name that adds the
   * practice id.
   */
  async function claimOrganization(practice: Practice): Promise<{ jsmId: string; jsmName: string }> {
    // Names are 1–200 characters (FACTS §2): a long one is cut so that the practice id always fits. Line breaks and
    // tabs become spaces, as in JQL's literals (`literal`), which name the organization in every list.
    const base = practice.name.replace(/[\x00-\x1f\x7f\s]+/g, ' ').trim() || practice.id;
    const suffix = ` (${practice.id})`;
    for (const name of [base.slice(0, 200), `${base.slice(0, Math.max(1, 200 - suffix.length))}${suffix}`]) {
      const claimed = await inTurn(name, async () => {
        const created = await createOrganization(name);
        const jsmId = str(created.id, 'organization id');
        const jsmName = optStr(created.name) ?? name;
        const owner = await practiceOf(jsmId);
        if (owner === practice.id) return { jsmId, jsmName };
        if (owner !== null) return null;
        // Asked at once: under a slow JSM, calls in turn are seconds the first widget call may not have.
        const [empty, shared] = await Promise.all([isEmpty(jsmId), hasRequests(jsmName)]);
        if (!empty || shared) return null;
        await client.request({ method: 'PUT', path: `${SD_API}/organization/${jsmId}/property/${PRACTICE_PROPERTY}`, json: { practiceId: practice.id }, retry: true });
        return { jsmId, jsmName };
      });
      if (claimed) return claimed;
    }
    throw new BackendPermissionError(`JSM organizations named "${practice.name}" belong to other practices or customers; rename one in JSM`);
  }

  /** The practice's organization, linked to the desk; its current JSM name is checked every few minutes (JQL uses names). */
  async function organization(practice: Practice, recheck = false): Promise<{ jsmId: string; jsmName: string }> {
    const known = state.organization(practice.id);
    if (known && !recheck && Date.now() - known.checkedAt < ORG_CHECK_MS) return known;
    const linkToDesk = (jsmId: string) =>
      permissionGuard('linking organizations to the service desk needs the service desk administrator role', () =>
        client.request({ method: 'POST', path: `${SD_API}/servicedesk/${desk.id}/organization`, json: { organizationId: Number(jsmId) }, retry: true }),
      );
    return once(`org:${practice.id}`, async () => {
      if (known) {
        try {
          const current = obj((await client.request({ method: 'GET', path: `${SD_API}/organization/${known.jsmId}`, retry: true })).body, 'organization');
          // After a refusal: an admin may have unlinked it, or the gateway serves another desk now (JSM_SERVICE_DESK).
          if (recheck) await linkToDesk(known.jsmId);
          const link = { jsmId: known.jsmId, jsmName: str(current.name, 'organization name'), checkedAt: Date.now() };
          state.putOrganization(practice.id, link);
          return link;
        } catch (error) {
          if (!(error instanceof JsmResponseError && error.status === 404)) throw error;
          log(`jsm: organization ${known.jsmId} of practice ${practice.id} is gone; claiming a new one`);
        }
      }
      const claimed = await claimOrganization(practice);
      await linkToDesk(claimed.jsmId);
      const link = { ...claimed, checkedAt: Date.now() };
      state.putOrganization(practice.id, link);
      // Members of the former organization are none of this one: each joins it again on their next call.
      if (known) state.clearMembers(practice.id);
      return link;
    });
  }

  async function membership(practiceId: string, jsmOrgId: string, accountId: string, recheck = false): Promise<void> {
    if (state.isMember(practiceId, accountId) && !recheck) return;
    await once(`member:${practiceId}:${accountId}`, async () => {
      await permissionGuard('adding customers to organizations needs the agent role', () =>
        client.request({ method: 'POST', path: `${SD_API}/organization/${jsmOrgId}/user`, json: { accountIds: [accountId] }, retry: true }),
      );
      await joined(accountId, jsmOrgId);
      state.putMember(practiceId, accountId);
      void leave(accountId, practiceId);
    });
  }

  /**
   * An account leaves the organizations the gateway added it to, but `keep`'s: when the host app signs its user in for
   * another practice, or gives them another address (`keep` null). JSM's own portal shows a member every request
   * shared with one (FACTS §4), and the widget no longer does. Not when the account is shared: portal users with one
   * e-mail address are one customer, and another of them may still work there. In the background, as the user's own
   * call does not depend on it; a refusal is logged, and the gateway tries again when the user next changes practice.
   */
  async function leave(accountId: string, keep: string | null): Promise<void> {
    if (state.usersOfAccount(accountId) > (keep === null ? 0 : 1)) return;
    for (const former of state.practicesOfAccount(accountId)) {
      if (former === keep) continue;
      const link = state.organization(former);
      try {
        if (link) await client.request({ method: 'DELETE', path: `${SD_API}/organization/${link.jsmId}/user`, json: { accountIds: [accountId] }, retry: true });
      } catch (error) {
        if (!(error instanceof JsmResponseError && error.status === 404)) {
          const permission = error instanceof JsmResponseError && (error.status === 403 || error.status === 401) ? ' (removing customers from organizations needs the agent role)' : '';
          log(`jsm: customer ${accountId} could not leave the organization of practice ${former}${permission}: ${error instanceof Error ? error.message : String(error)}`);
          continue;
        }
      }
      state.removeMember(former, accountId);
    }
  }

  // When each former account last tried to leave: one JSM refuses is tried again now and then, not on every call.
  const leaving = new Map<string, number>();
  /** The accounts a user had before their address changed leave the practices they were added to (`leave`). */
  function leaveWithFormer(userId: string): void {
    for (const { accountId } of state.formerAccounts(userId)) {
      const last = leaving.get(accountId);
      if (state.practicesOfAccount(accountId).length === 0 || (last !== undefined && Date.now() - last < ORG_CHECK_MS)) continue;
      leaving.set(accountId, Date.now());
      void leave(accountId, null);
    }
  }

  /** The user's account and those they had before their address changed: where their requests are. */
  function accountsOf(userId: string): string[] {
    const current = state.account(userId)?.accountId;
    return current === undefined ? [] : [current, ...state.formerAccounts(userId).map((f) => f.accountId)];
  }

  return {
    /**
     * A signed-in user: customer, practice organization and membership (no JSM call once all three are known, unless
     * `recheck` asks JSM again, as after a refusal that an admin's change in JSM may explain).
     */
    ensureUser: (user: UserRecord & { orgId: string }, recheck = false): Promise<{ accountId: string; org: { jsmId: string; jsmName: string } }> =>
      // As one round, so that the membership follows the other two also after the widget call has given up.
      once(`user:${user.id}:${user.orgId}`, async () => {
        const link = async (again: boolean) => {
          // Independent of each other, so asked at once.
          const [accountId, org] = await Promise.all([
            customer(user.id, user.email, user.name, again),
            organization({ id: user.orgId, name: user.orgName ?? user.orgId }, again),
          ]);
          await membership(user.orgId, org.jsmId, accountId, again);
          return { accountId, org };
        };
        let linked: Awaited<ReturnType<typeof link>>;
        try {
          linked = await link(recheck);
        } catch (error) {
          // JSM refused the membership: the account is unknown (400, FACTS §2), or an admin deleted the organization
          // (404) since it was last checked. Both are checked again, and what is gone is made anew.
          const refused = error instanceof JsmResponseError && [400, 404].includes(error.status) && /\/organization\/[^/]+\/user$/.test(error.path);
          if (recheck || !refused) throw error;
          linked = await link(true);
        }
        leaveWithFormer(user.id);
        return linked;
      }),
    /** A visitor: a customer of the desk without an organization. */
    visitor: (user: UserRecord, recheck = false): Promise<string> => customer(user.id, user.email, user.name, recheck, true),
    organization,
    /** The portal user behind a JSM account, if the gateway has seen them; given `orgId`, one of that practice. */
    userOfAccount: (accountId: string, orgId?: string): string | null => state.userOfAccount(accountId, orgId),
    accountOf: (userId: string): string | null => state.account(userId)?.accountId ?? null,
    accountsOf,
    /**
     * Forgets the accounts of `userIds` that JSM no longer has or has made inactive (an admin deleted or erased them,
     * FACTS gotcha 6: JQL then refuses them by name, JSM refuses them as reporters); true when one was. Their users
     * get a customer of their address again on their next call.
     */
    async forgetDeleted(userIds: readonly string[]): Promise<boolean> {
      let forgot = false;
      for (const accountId of new Set(userIds.flatMap((userId) => accountsOf(userId)))) forgot = (await forgetIfGone(accountId)) || forgot;
      return forgot;
    },
    /** Whether a request raised for the account at `created` is the user's: one of a former account until they left it. */
    owns: (userId: string) => {
      const current = state.account(userId)?.accountId;
      const former = new Map(state.formerAccounts(userId).map((f) => [f.accountId, f.until]));
      return (accountId: string, created: number): boolean => accountId === current || created <= (former.get(accountId) ?? -Infinity);
    },
  };
}

export type Identity = ReturnType<typeof createIdentity>;
