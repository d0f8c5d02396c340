import ky, { HTTPError, TimeoutError, type KyInstance, type Options } from 'ky';
import type {
  Article,
  ArticleFeedback,
  ArticleSummary,
  CreateCommentBody,
  CreateRequestBody,
  CreatorList,
  Locale,
  Me,
  ReadMark,
  ReadMarkBody,
  ReadMarks,
  RegistrationBody,
  RequestDetail,
  RequestList,
  RequestQuery,
  RequestType,
  SynonymTable,
  ActivityItem,
  UpdateMeBody,
  UploadedAttachment,
} from './contract';
import { isProblem, kindForStatus, parseRetryAfter, PortalError, unreachable } from './errors';
import * as schema from './schemas';
import { subjectOf } from './subject';
import { uploadFile } from './upload';
import { InvalidResponseError, type Check } from './validate';

export interface ClientOptions {
  /** The portal API base, e.g. `https://support.example.com/api/portal/v1`. */
  baseUrl: string;
  /** The current bearer token, or null for a visitor. `refresh` asks the host for a new one (after a 401). */
  token(refresh: boolean): Promise<string | null>;
  locale(): Locale;
  /** A 401 that a fresh token did not cure: the user's session is over. */
  onExpired?(): void;
  timeout?: number;
  /** Retries of idempotent calls; tests set 0 to see each failure. */
  retries?: number;
}

/** A conditional GET answer: either fresh data with its validator, or "still the same". */
export type Revalidated<T> = { notModified: true } | { notModified: false; data: T; etag: string | null };

export interface PortalClient {
  requestTypes(): Promise<RequestType[]>;
  articles(etag?: string | null): Promise<Revalidated<ArticleSummary[]>>;
  /** The installation's own synonym groups, revalidated like the article index and loaded with it. */
  synonyms(etag?: string | null): Promise<Revalidated<SynonymTable>>;
  /**
   * Tells the portal which query words led to an article that helped. Never fails and never bothers the user: one
   * attempt, no retry, errors swallowed; the same article and words go out once per page session, and after a 429
   * nothing more is sent until the portal's Retry-After has passed. `leaving`: the page is going away, the call
   * must outlive it (`keepalive`).
   */
  articleFeedback(id: string, body: ArticleFeedback, options?: { leaving?: boolean }): Promise<void>;
  article(id: string): Promise<Article>;
  createRequest(body: CreateRequestBody, idempotencyKey: string): Promise<RequestDetail>;
  listRequests(query: RequestQuery, etag?: string | null): Promise<Revalidated<RequestList>>;
  creators(): Promise<CreatorList>;
  request(key: string): Promise<RequestDetail>;
  comment(key: string, body: CreateCommentBody, idempotencyKey: string): Promise<ActivityItem>;
  me(): Promise<Me>;
  updateMe(body: UpdateMeBody): Promise<Me>;
  /** What the user has read, on any device. */
  reads(etag?: string | null): Promise<Revalidated<ReadMarks>>;
  markRead(key: string, at: string): Promise<ReadMark>;
  register(body: RegistrationBody): Promise<void>;
  upload(file: Blob, name: string, onProgress?: (fraction: number) => void): Promise<UploadedAttachment>;
  /** A file under the API base (an attachment's `url`), with the same token handling as every other call. */
  download(path: string): Promise<Blob>;
}

// 429 is left to the user: the UI shows how long to wait and offers Retry when the portal says it may.
const RETRY_STATUS = [408, 500, 502, 503, 504];
// Feedback after a 429 without Retry-After waits this long before the next attempt.
const FEEDBACK_PAUSE_MS = 60_000;
// The terms `POST /articles/:id/feedback` accepts: 1–10 words of letters and digits, at most 40 each.
const FEEDBACK_TERM = /^[\p{L}\p{M}\p{N}]{1,40}$/u;
const FEEDBACK_TERMS_MAX = 10;

async function errorFromResponse(response: Response): Promise<PortalError> {
  const { status, headers } = response;
  const body: unknown = await response.json().catch(() => null);
  const problem = isProblem(body) ? body : null;
  const message = problem?.detail ?? problem?.title ?? `HTTP ${status}`;
  return new PortalError(kindForStatus(status), message, status, problem, parseRetryAfter(headers.get('retry-after')));
}

async function toPortalError(error: unknown): Promise<PortalError> {
  if (error instanceof PortalError) return error;
  if (error instanceof InvalidResponseError) return new PortalError('invalid_response', error.message);
  if (error instanceof TimeoutError) return new PortalError('timeout', 'The portal did not answer in time.');
  if (error instanceof HTTPError) return errorFromResponse(error.response);
  return unreachable(error instanceof Error ? error.message : 'Network error');
}

const BEARER = 'Bearer ';
/** Whose a token is: its `sub`, or no one's. */
const whose = (token: string | null): string | null => (token ? subjectOf(token) : null);
const switched = (): PortalError => new PortalError('token_failed', 'The user changed while the call waited to be repeated.');

export function createPortalClient(options: ClientOptions): PortalClient {
  const retries = options.retries ?? 2;
  const http: KyInstance = ky.create({
    prefixUrl: options.baseUrl,
    timeout: options.timeout ?? 15_000,
    retry: { limit: retries, statusCodes: RETRY_STATUS, afterStatusCodes: [503], maxRetryAfter: 10_000, backoffLimit: 3_000 },
    hooks: {
      beforeRequest: [
        async (request) => {
          request.headers.set('Accept-Language', options.locale());
          const token = await options.token(false);
          if (token) request.headers.set('Authorization', `Bearer ${token}`);
        },
      ],
      // A call is one user's from its first attempt on: a repeat goes out only for the same user (or none). Another
      // user's token since (identify() without logout() while a send waited to be repeated) or a call the token
      // refused ends it: a repeat would send the earlier user's text in the new user's name.
      beforeRetry: [
        async ({ request, error }) => {
          if (error instanceof PortalError) throw error;
          if (whose(await options.token(false)) !== whose(request.headers.get('Authorization')?.slice(BEARER.length) ?? null)) throw switched();
        },
      ],
      afterResponse: [
        // One fresh token after a 401 (it may just have expired); a second 401 reaches the UI as "session expired".
        // The repeat goes through plain ky, outside these hooks, so it cannot loop.
        async (request, _options, response) => {
          if (response.status !== 401 || !request.headers.has('Authorization')) return response;
          // A call sent before another one already got a fresh token just repeats with that token.
          const sent = request.headers.get('Authorization')?.slice(BEARER.length) ?? null;
          const current = await options.token(false);
          const token = current && current !== sent ? current : await options.token(true);
          if (!token) {
            options.onExpired?.();
            return response;
          }
          if (whose(token) !== whose(sent)) throw switched();
          const again = new Request(request, { headers: new Headers(request.headers) });
          again.headers.set('Authorization', `Bearer ${token}`);
          const retried = await ky(again, { retry: 0, timeout: options.timeout ?? 15_000, throwHttpErrors: false });
          if (retried.status === 401) options.onExpired?.();
          return retried;
        },
      ],
    },
  });

  const call = async <T>(check: Check<T>, run: () => Promise<Response>): Promise<T> => {
    try {
      const response = await run();
      return check(await response.json().catch(() => undefined));
    } catch (error) {
      throw await toPortalError(error);
    }
  };

  const revalidate = async <T>(check: Check<T>, path: string, etag: string | null | undefined, searchParams?: Options['searchParams']): Promise<Revalidated<T>> => {
    try {
      const response = await http.get(path, {
        searchParams,
        headers: etag ? { 'If-None-Match': etag } : {},
        // 304 is success for us, not an error.
        throwHttpErrors: false,
      });
      if (response.status === 304) return { notModified: true };
      if (!response.ok) throw await errorFromResponse(response);
      return { notModified: false, data: check(await response.json().catch(() => undefined)), etag: response.headers.get('etag') };
    } catch (error) {
      throw await toPortalError(error);
    }
  };

  // Writes with an Idempotency-Key are safe to retry: the portal answers a repeat with the first result.
  const idempotentPost = (path: string, json: unknown, key: string): Promise<Response> =>
    http.post(path, { json, headers: { 'Idempotency-Key': key }, retry: { limit: retries, methods: ['post'], statusCodes: RETRY_STATUS, afterStatusCodes: [503], maxRetryAfter: 10_000 } });

  // Article feedback: what went out in this page session, and until when the portal asked for quiet.
  const feedbackSent = new Set<string>();
  let feedbackQuietUntil = 0;
  const articleFeedback = async (id: string, body: ArticleFeedback, { leaving = false } = {}): Promise<void> => {
    // What the portal takes (words of letters and digits, at most 10): one odd term must not cost the others.
    const terms = [...new Set(body.terms)].filter((term) => FEEDBACK_TERM.test(term)).slice(0, FEEDBACK_TERMS_MAX);
    const once = JSON.stringify([id, [...terms].sort()]);
    if (!terms.length || feedbackSent.has(once) || Date.now() < feedbackQuietUntil) return;
    feedbackSent.add(once);
    try {
      const response = await http.post(`articles/${encodeURIComponent(id)}/feedback`, {
        json: { terms, kind: body.kind } satisfies ArticleFeedback,
        retry: 0,
        keepalive: leaving,
        throwHttpErrors: false,
      });
      if (response.status === 429) {
        feedbackQuietUntil = Date.now() + (parseRetryAfter(response.headers.get('retry-after')) ?? FEEDBACK_PAUSE_MS / 1000) * 1000;
      }
    } catch {
      // A help for the search, not for the user: a failure is not worth a word or a second try.
    }
  };

  const query = (q: RequestQuery): Record<string, string> =>
    Object.fromEntries(Object.entries(q).filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => [k, String(v)]));

  return {
    requestTypes: () => call(schema.requestTypes, () => http.get('request-types')),
    articles: (etag) => revalidate(schema.articleSummaries, 'articles', etag),
    synonyms: (etag) => revalidate(schema.synonymTable, 'synonyms', etag),
    articleFeedback,
    article: (id) => call(schema.article, () => http.get(`articles/${encodeURIComponent(id)}`)),
    createRequest: (body, key) => call(schema.requestDetail, () => idempotentPost('requests', body, key)),
    listRequests: (q, etag) => revalidate(schema.requestList, 'requests', etag, query(q)),
    creators: () => call(schema.creatorList, () => http.get('requests/creators')),
    request: (key) => call(schema.requestDetail, () => http.get(`requests/${encodeURIComponent(key)}`)),
    comment: (key, body, idem) => call(schema.activityItem, () => idempotentPost(`requests/${encodeURIComponent(key)}/comments`, body, idem)),
    me: () => call(schema.me, () => http.get('me')),
    updateMe: (body) => call(schema.me, () => http.patch('me', { json: body })),
    reads: (etag) => revalidate(schema.readMarks, 'me/reads', etag),
    markRead: (key, at) => call(schema.readMark, () => http.put(`requests/${encodeURIComponent(key)}/read`, { json: { at } satisfies ReadMarkBody })),
    register: async (body) => {
      try {
        await http.post('registrations', { json: body });
      } catch (error) {
        throw await toPortalError(error);
      }
    },
    download: async (path) => {
      try {
        return await (await http.get(path.replace(/^\//, ''))).blob();
      } catch (error) {
        throw await toPortalError(error);
      }
    },
    upload: async (file, name, onProgress) => {
      const headers = async (refresh: boolean): Promise<Record<string, string>> => {
        const token = await options.token(refresh);
        return { 'Accept-Language': options.locale(), ...(token ? { Authorization: `Bearer ${token}` } : {}) };
      };
      const url = `${options.baseUrl}/attachments`;
      try {
        return await uploadFile(url, file, name, await headers(false), onProgress);
      } catch (error) {
        if (!(error instanceof PortalError) || error.kind !== 'unauthorized') throw error;
        return uploadFile(url, file, name, await headers(true), onProgress);
      }
    },
  };
}
