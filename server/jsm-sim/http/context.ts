import type { IncomingHttpHeaders } from 'node:http';
import type { Store } from '../state/store.js';
import type { Lang, SimIssue } from '../types.js';
import type { ApiFamily } from '../validate/spec.js';

export interface Ctx {
  store: Store;
  site: string;
  family: ApiFamily;
  params: Record<string, string>;
  query: URLSearchParams;
  json: unknown;
  rawBody: Buffer;
  headers: IncomingHttpHeaders;
  lang: Lang;
  callerId: string;
  pageCap: number;
  searchLagMs: number;
  searchPageCap: number;
}

export interface Reply {
  status: number;
  json?: unknown;
  bytes?: { contentType: string; data: Uint8Array };
  headers?: Record<string, string>;
}

export type Handler = (ctx: Ctx) => Reply | Promise<Reply>;

/** Keyed by `METHOD /template` exactly as the OpenAPI operation (see validate/spec.ts). */
export type Routes = Record<string, Handler>;

export const ok = (json: unknown): Reply => ({ status: 200, json });
export const created = (json: unknown): Reply => ({ status: 201, json });
export const noContent = (): Reply => ({ status: 204 });

/** Thrown by handlers; the server renders it in the error shape of the API family that was called. */
export class SimError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly detail: { i18nKey?: string; errors?: Record<string, string> } = {},
  ) {
    super(message);
  }
}

export function errorBody(family: ApiFamily, status: number, message: string, detail: SimError['detail'] = {}): unknown {
  if (family === 'servicedesk') {
    return { errorMessage: message, i18nErrorMessage: { i18nKey: detail.i18nKey ?? `sd.sim.error.${status}`, parameters: [] } };
  }
  if (family === 'confluence') return { errors: [{ status, code: String(status), title: message, detail: null }] };
  const errors = detail.errors ?? {};
  return { errorMessages: Object.keys(errors).length > 0 && message === '' ? [] : [message].filter(Boolean), errors };
}

export function body<T>(ctx: Ctx): Partial<T> {
  return ctx.json !== null && typeof ctx.json === 'object' && !Array.isArray(ctx.json) ? (ctx.json as Partial<T>) : {};
}

export function issueOr404(ctx: Ctx, idOrKey: string | undefined): SimIssue {
  const issue = ctx.store.issueByIdOrKey(idOrKey ?? '');
  if (!issue) {
    throw new SimError(404, ctx.family === 'servicedesk' ? 'Request does not exist or you do not have permission to see it.' : 'Issue does not exist or you do not have permission to see it.', {
      i18nKey: 'sd.customer.request.not.found',
    });
  }
  return issue;
}
