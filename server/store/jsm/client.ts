import { BackendUnavailableError } from '../backend-errors.js';
import { remainingMs, waitableMs } from './deadline.js';
import { JsmResponseError } from './errors.js';
import { optStr, type Json } from './read.js';

/** Path prefixes of the two APIs most calls go to. */
export const SD_API = '/rest/servicedeskapi';
export const SEARCH_JQL = '/rest/api/3/search/jql';

/** The part of a `/search/jql` body that asks for a later page; nothing for the first (FACTS §4). */
export const atPage = (token: string | null | undefined) => (token ? { nextPageToken: token } : {});

/** The token of the search page after this one; undefined on the last (`isLast`, or no token: FACTS §4). */
export const followingPage = (answer: Json): string | undefined => (answer.isLast === true ? undefined : optStr(answer.nextPageToken));

export type Query = Record<string, string | number | boolean | undefined>;

export interface JsmCall {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Relative to the site URL, e.g. `/rest/servicedeskapi/request`. */
  path: string;
  query?: Query;
  json?: unknown;
  form?: FormData;
  /** `x-experimental` endpoints answer 412 without the opt-in header (FACTS §10). */
  experimental?: boolean;
  /**
   * Reads and idempotent writes are retried on 429/5xx and lost connections, honouring `Retry-After`; other writes
   * never are, because JSM may have committed them (FACTS §3, the exactly-once rule): to those a 5xx is a lost answer.
   */
  retry: boolean;
  /** Statuses that are answers rather than errors, besides 2xx (e.g. 404 for "not there"). */
  accept?: number[];
  headers?: Record<string, string>;
}

export interface JsmAnswer {
  status: number;
  headers: Headers;
  /** Parsed JSON, or undefined for an empty body. */
  body: unknown;
}

/** The call went out and no usable answer came back: JSM may have acted on it. */
export class LostAnswerError extends BackendUnavailableError {
  constructor(reason: string, retryAfterSeconds = 2) {
    super(reason, retryAfterSeconds);
  }
}

export interface JsmClientOptions {
  siteUrl: string;
  email: string;
  apiToken: string;
  log: (line: string) => void;
  /** Per attempt; the request's overall deadline may cut it shorter. */
  attemptTimeoutMs?: number;
  fetch?: typeof fetch;
  /** Waits before a retry; tests replace it to sit out a `Retry-After` without the real seconds. */
  sleep?: (ms: number) => Promise<void>;
}

const RETRYABLE = new Set([429, 502, 503, 504]);
/** A site that refuses or drops connections is down: a few quick tries, then the widget hears it at once. */
const MAX_NETWORK_RETRIES = 3;

/**
 * User search has a tenant-wide limit of its own (FACTS §2), small: a few new users at once exhaust it. The desk's
 * customer search finds the same people and is taken to share it (an assumption: FACTS says nothing of its limit).
 * Their calls go at most two at a time.
 */
const USER_SEARCH = /^(\/rest\/api\/3\/user\/search|\/rest\/servicedeskapi\/servicedesk\/[^/]+\/customer)$/;
const USER_SEARCHES_AT_ONCE = 2;
/** Issue ids and keys, organization, attachment and page ids: one endpoint's bucket whatever the id (FACTS §10). */
const ID_SEGMENT = /^(\d+|[A-Z][A-Z0-9_]*-\d+)$/;
/**
 * After a bucket's `Retry-After`, the calls held for it go one at a time, this far apart at first and twice as far
 * with each 429 until none wait: JSM does not say how fast the bucket refills.
 */
const RELEASE_SPACING_MS = 250;
const MAX_RELEASE_SPACING_MS = 1_000;

/** JSM's burst limits are token buckets per tenant, endpoint and method (FACTS §10); one client is one tenant. */
function bucketOf(call: JsmCall): string {
  if (call.method === 'GET' && USER_SEARCH.test(call.path)) return 'user search';
  const segments = call.path.split('/');
  // Not the API's version (`/rest/api/3`).
  return `${call.method} ${segments.map((s, i) => (segments[i - 1] !== 'api' && ID_SEGMENT.test(s) ? '{id}' : s)).join('/')}`;
}

/** A call held at its bucket's gate. */
interface Held {
  /** Past this (epoch ms), waiting for the gate is not worth it (the rule for a `Retry-After`, see `send`). */
  until: number;
  go: () => void;
  refuse: (retryAfterSeconds: number) => void;
}

/** One bucket as the gateway sees it: closed while JSM's `Retry-After` runs, and the calls held for it. */
interface Gate {
  /** When JSM's last `Retry-After` for the bucket ends (epoch ms). */
  openAt: number;
  /** Between the calls let go after a `Retry-After`; 0 while nothing waits. */
  spacing: number;
  inFlight: number;
  limit: number;
  /** First come, first sent. */
  waiting: Held[];
  releasing: boolean;
  /** Wakes the release loop when a call of a bucket at its limit is answered. */
  answered?: () => void;
}

/**
 * `Retry-After` in seconds (FACTS §10), or as the HTTP date HTTP also allows (RFC 9110), which a proxy in front of
 * the site may send; null when JSM sent none or something else.
 */
function retryAfterSeconds(headers: Headers): number | null {
  const header = headers.get('retry-after')?.trim() ?? '';
  if (/^\d+$/.test(header)) return Number(header);
  const at = /[a-z]/i.test(header) ? Date.parse(header) : Number.NaN;
  return Number.isFinite(at) ? Math.max(0, Math.ceil((at - Date.now()) / 1000)) : null;
}

/** JSM's and Jira's error bodies (FACTS §10), reduced to one line. */
export function errorText(body: unknown): string {
  if (typeof body !== 'object' || body === null) return typeof body === 'string' ? body.slice(0, 300) : '';
  const b = body as { errorMessage?: unknown; errorMessages?: unknown; errors?: unknown; message?: unknown };
  const parts: string[] = [];
  if (typeof b.errorMessage === 'string') parts.push(b.errorMessage);
  if (Array.isArray(b.errorMessages)) parts.push(...b.errorMessages.filter((m): m is string => typeof m === 'string'));
  if (typeof b.errors === 'object' && b.errors !== null) {
    for (const [field, message] of Object.entries(b.errors)) {
      if (typeof message === 'string' && !parts.includes(message)) parts.push(`${field}: ${message}`);
    }
  }
  if (typeof b.message === 'string') parts.push(b.message);
  return parts.join('; ').slice(0, 300);
}

/** The fields a Jira error body names (`errors: {customfield_10105: "…"}`); JSM's own body names none (FACTS §10). */
export function erroneousFields(body: unknown): string[] {
  const errors = typeof body === 'object' && body !== null ? (body as { errors?: unknown }).errors : undefined;
  return typeof errors === 'object' && errors !== null && !Array.isArray(errors) ? Object.keys(errors) : [];
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function describe(error: unknown): { text: string; refused: boolean } {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return { text: 'timed out', refused: false };
  const cause = error instanceof Error ? (error.cause as { code?: string } | undefined) : undefined;
  const code = cause?.code ?? 'network error';
  return { text: code, refused: code === 'ECONNREFUSED' };
}

/** One service account's HTTP access to a JSM site: auth, timeouts, bounded retries, error shapes. */
export function createJsmClient(options: JsmClientOptions) {
  const base = options.siteUrl.replace(/\/+$/, '');
  const authorization = `Basic ${Buffer.from(`${options.email}:${options.apiToken}`).toString('base64')}`;
  const attemptTimeout = options.attemptTimeoutMs ?? 8_000;
  const doFetch = options.fetch ?? fetch;
  const sleep = options.sleep ?? realSleep;
  // The credentials' state as last seen: accepted before (then a refusal means revoked or expired, not a wrong URL),
  // and refused now (logged once per outage, and its end, instead of at every call).
  let accepted = false;
  let refused = false;
  const gates = new Map<string, Gate>();

  const gateOf = (call: JsmCall): Gate => {
    const key = bucketOf(call);
    let gate = gates.get(key);
    if (!gate) {
      gate = { openAt: 0, spacing: 0, inFlight: 0, limit: key === 'user search' ? USER_SEARCHES_AT_ONCE : Infinity, waiting: [], releasing: false };
      gates.set(key, gate);
    }
    return gate;
  };

  /** Held calls the gate would not let go in their time hear so at once, with that wait as their `Retry-After`. */
  function turnAway(gate: Gate): void {
    const now = Date.now();
    const kept: Held[] = [];
    let turned = 0;
    for (const held of gate.waiting) {
      const at = Math.max(gate.openAt, now) + kept.length * gate.spacing;
      if (at < held.until) kept.push(held);
      // Told to come back one after the other too.
      else held.refuse(Math.max(1, Math.ceil((at + turned++ * gate.spacing - now) / 1000)));
    }
    gate.waiting = kept;
  }

  /**
   * Lets held calls go: after the `Retry-After` (plus jitter), one at a time and spaced, so that a burst refused together
   * is not refused together again. The time waited for is compared rather than the clock alone, as tests' sleeps
   * return at once.
   */
  async function release(gate: Gate): Promise<void> {
    if (gate.releasing) return;
    gate.releasing = true;
    let waitedFor = 0;
    try {
      while (gate.waiting.length > 0) {
        if (gate.openAt > Math.max(waitedFor, Date.now())) {
          turnAway(gate);
          if (gate.waiting.length === 0) break;
          waitedFor = gate.openAt;
          // JSM counts its seconds from its answer: a little margin keeps the first call from arriving a hair early.
          await sleep(gate.openAt - Date.now() + 50 + Math.random() * 200);
          continue;
        }
        if (gate.inFlight >= gate.limit) {
          await new Promise<void>((resolve) => (gate.answered = resolve));
          continue;
        }
        gate.waiting.shift()?.go();
        if (gate.spacing > 0 && gate.waiting.length > 0) await sleep(gate.spacing);
      }
      gate.spacing = 0;
    } finally {
      gate.releasing = false;
    }
  }

  /**
   * Holds a call while its bucket is closed by a `Retry-After` or others wait for it: sending it would only be refused
   * again and keep the bucket empty. A wait beyond the call's time is the caller's, as JSM's own `Retry-After` is.
   */
  async function enter(gate: Gate, where: string, first: boolean): Promise<void> {
    const now = Date.now();
    if (gate.openAt <= now && gate.waiting.length === 0 && gate.inFlight < gate.limit) {
      gate.inFlight++;
      return;
    }
    const until = now + waitableMs();
    const expected = Math.max(0, gate.openAt - now) + (first ? 0 : gate.waiting.length * gate.spacing);
    if (now + expected >= until) {
      throw new BackendUnavailableError(`${where}: held while JSM's Retry-After runs`, Math.max(1, Math.ceil(expected / 1000)));
    }
    await new Promise<void>((resolve, reject) => {
      const held: Held = {
        until,
        go: () => {
          clearTimeout(timer);
          gate.inFlight++;
          resolve();
        },
        refuse: (seconds) => {
          clearTimeout(timer);
          reject(new BackendUnavailableError(`${where}: held while JSM's Retry-After runs`, seconds));
        },
      };
      // Behind calls in flight (user search) a call may wait as long as its work has time.
      const timer = setTimeout(() => {
        gate.waiting = gate.waiting.filter((other) => other !== held);
        held.refuse(Math.max(1, Math.ceil((gate.openAt - Date.now()) / 1000)));
      }, Math.max(0, remainingMs()));
      // A call JSM refused has waited longest.
      if (first) gate.waiting.unshift(held);
      else gate.waiting.push(held);
      void release(gate);
    });
  }

  /** A 429 with `Retry-After` closes its bucket, unless JSM limits one issue's writes (FACTS §10), not the endpoint's. */
  function close(gate: Gate, response: Response): boolean {
    const told = response.status === 429 ? retryAfterSeconds(response.headers) : null;
    if (told === null || told <= 0 || response.headers.get('ratelimit-reason') === 'jira-per-issue-on-write') return false;
    gate.openAt = Math.max(gate.openAt, Date.now() + told * 1000);
    gate.spacing = Math.min(MAX_RELEASE_SPACING_MS, gate.spacing * 2 || RELEASE_SPACING_MS);
    return true;
  }

  const leave = (gate: Gate) => {
    gate.inFlight--;
    gate.answered?.();
    gate.answered = undefined;
  };

  const url = (path: string, query: Query = {}): string => {
    const params = new URLSearchParams();
    for (const [name, value] of Object.entries(query)) if (value !== undefined) params.set(name, String(value));
    const search = params.toString();
    return `${base}${path}${search ? `?${search}` : ''}`;
  };

  async function attempt(call: JsmCall, timeoutMs: number): Promise<Response> {
    const headers: Record<string, string> = { Authorization: authorization, Accept: 'application/json', ...call.headers };
    if (call.experimental) headers['X-ExperimentalApi'] = 'opt-in';
    let body: BodyInit | undefined;
    if (call.form) body = call.form;
    else if (call.json !== undefined) {
      body = JSON.stringify(call.json);
      headers['Content-Type'] = 'application/json';
    }
    return doFetch(url(call.path, call.query), { method: call.method, headers, body, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
  }

  /** Sends the call and returns the raw response (for downloads); throws for every non-answer. */
  async function send(call: JsmCall): Promise<Response> {
    const where = `${call.method} ${call.path}`;
    const gate = gateOf(call);
    let refusedBefore = false;
    for (let tries = 0; ; tries++) {
      if (remainingMs() <= 0) throw new BackendUnavailableError(`${where}: no time left`, 5);
      await enter(gate, where, refusedBefore);
      refusedBefore = false;
      const left = remainingMs();
      if (left <= 0) {
        leave(gate);
        throw new BackendUnavailableError(`${where}: no time left`, 5);
      }
      let response: Response;
      try {
        response = await attempt(call, Math.min(attemptTimeout, left));
      } catch (error) {
        leave(gate);
        const { text, refused } = describe(error);
        if (!call.retry) {
          if (refused) throw new BackendUnavailableError(`${where}: ${text}`, 5);
          throw new LostAnswerError(`${where}: ${text}`);
        }
        const wait = 250 * 2 ** tries;
        if (tries >= MAX_NETWORK_RETRIES || wait >= remainingMs()) {
          options.log(`jsm: ${where} failed: ${text}`);
          throw new BackendUnavailableError(`${where}: ${text}`, 5);
        }
        await sleep(wait);
        continue;
      }
      // Closed before the answer lets the bucket's next call go.
      const closed = close(gate, response);
      leave(gate);
      if (response.ok || (response.status >= 300 && response.status < 400) || call.accept?.includes(response.status)) {
        if (refused) options.log(`jsm: the service account's credentials are accepted again (${where})`);
        accepted = true;
        refused = false;
        return response;
      }
      if (RETRYABLE.has(response.status)) {
        const told = retryAfterSeconds(response.headers);
        await response.body?.cancel();
        // Never before JSM's Retry-After; the jitter on top spreads the retries of many widget calls refused together.
        const wait = (told === null ? 250 * 2 ** tries : told * 1000) + Math.random() * 250;
        // A 429 refuses the call before JSM does anything (FACTS §10), so even a write may go again: left to the
        // widget, its retry would redo the reads before the write and meet the same limit first.
        // A wait beyond the time left, or beyond what a new user's setup may wait while its widget call does, is left
        // to the caller (Retry-After).
        if ((call.retry || response.status === 429) && wait < waitableMs()) {
          // The bucket's gate waits out a Retry-After for this call and every other of the bucket.
          if (closed) refusedBefore = true;
          else await sleep(wait);
          continue;
        }
        const retryAfter = Math.max(1, Math.ceil(told ?? wait / 1000));
        options.log(`jsm: ${where} answered ${response.status}${call.retry || response.status === 429 ? ' until the time ran out' : ''}`);
        // A 5xx says nothing of what JSM did with a write.
        if (!call.retry && response.status !== 429) throw new LostAnswerError(`${where}: ${response.status}`, told === null ? undefined : retryAfter);
        throw new BackendUnavailableError(`${where}: ${response.status}`, retryAfter);
      }
      if (response.status >= 500) {
        await response.body?.cancel();
        options.log(`jsm: ${where} answered ${response.status}`);
        if (!call.retry) throw new LostAnswerError(`${where}: ${response.status}`);
        throw new BackendUnavailableError(`${where}: ${response.status}`, 5);
      }
      const text = await response.text().catch(() => '');
      let parsed: unknown = text;
      try {
        parsed = JSON.parse(text);
      } catch {
        // Not JSON: keep the text for the message.
      }
      if (response.status === 401) {
        // An Atlassian service account's token is scoped and answers 401 on the site's own URL (FACTS §0); one that
        // worked before has been revoked or has expired.
        const hint = accepted
          ? '; was the API token revoked, or has it expired?'
          : options.siteUrl.includes('api.atlassian.com') ? '' : '; a scoped token (service accounts have only these) needs JSM_SITE_URL=https://api.atlassian.com/ex/jira/<cloudId>';
        if (!refused) options.log(`jsm: ${where} answered 401: the service account's credentials were refused${hint} (logged once until they are accepted again)`);
        refused = true;
        throw new BackendUnavailableError(`the service account credentials (JSM_EMAIL, JSM_API_TOKEN) were refused${hint}`, 30);
      }
      throw new JsmResponseError(response.status, call.method, call.path, errorText(parsed), erroneousFields(parsed));
    }
  }

  /** Sends the call and parses its JSON answer; a 2xx that is not JSON counts as no answer. */
  async function request(call: JsmCall): Promise<JsmAnswer> {
    const response = await send(call);
    const text = await response.text().catch(() => null);
    if (text === null) throw (call.retry ? new BackendUnavailableError(`${call.method} ${call.path}: body cut off`) : new LostAnswerError(`${call.method} ${call.path}: body cut off`));
    if (text === '') return { status: response.status, headers: response.headers, body: undefined };
    try {
      return { status: response.status, headers: response.headers, body: JSON.parse(text) };
    } catch {
      options.log(`jsm: ${call.method} ${call.path} answered ${response.status} with a body that is not JSON`);
      if (!call.retry && response.ok) throw new LostAnswerError(`${call.method} ${call.path}: unreadable answer`);
      throw new BackendUnavailableError(`${call.method} ${call.path}: unreadable answer`);
    }
  }

  /** A redirect's target: with the service account's credentials only on the site itself, never elsewhere. */
  async function follow(location: string): Promise<Response> {
    const target = new URL(location, `${base}/`);
    const own = target.origin === new URL(base).origin;
    const response = await doFetch(target, {
      // The file as it is: a compressed answer's length would not be the file's (see `readAttachment`).
      headers: { 'Accept-Encoding': 'identity', ...(own ? { Authorization: authorization } : {}) },
      signal: AbortSignal.timeout(Math.max(1, Math.min(attemptTimeout, remainingMs()))),
    });
    if (!response.ok) {
      await response.body?.cancel();
      throw new BackendUnavailableError(`attachment download answered ${response.status}`);
    }
    return response;
  }

  return {
    request,
    send,
    follow,
    url,
    /** Whether JSM refuses the credentials now (a 401 since the last accepted call): no call can work until an admin acts. */
    credentialsRefused: (): boolean => refused,
  };
}

export type JsmClient = ReturnType<typeof createJsmClient>;
