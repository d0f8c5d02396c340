import type { Context } from 'hono';
import { etagOf } from '../kb/catalog.js';
import type { AppEnv } from './env.js';
import { requestHeader } from './request-header.js';

const JSON_TYPE = 'application/json; charset=UTF-8';

/** How an answer may be cached: `Cache-Control`, and the request headers besides Origin it varies by. */
export interface Caching {
  cacheControl: string;
  vary?: string;
}

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((candidate) => {
    const tag = candidate.trim();
    return tag === '*' || tag.replace(/^W\//, '') === etag;
  });
}

/**
 * The headers as a plain object, which node-server writes as they are; `c.header()` would collect them in a fetch
 * `Headers` first. Content-Type is on the 304 too: caches update stored headers from it, and text/plain would
 * replace the JSON type.
 */
function headersOf(caching: Caching, etag: string): Record<string, string> {
  const headers: Record<string, string> = { 'Cache-Control': caching.cacheControl, ETag: etag, 'Content-Type': JSON_TYPE };
  if (caching.vary !== undefined) headers.Vary = caching.vary;
  return headers;
}

/** An empty 304 when the client already has the JSON with this ETag, else null. */
export function notModified(c: Context<AppEnv>, etag: string, caching: Caching): Response | null {
  return matches(requestHeader(c, 'if-none-match'), etag) ? new Response(null, { status: 304, headers: headersOf(caching, etag) }) : null;
}

/** Answers with the JSON and its ETag, or with an empty 304 when the client already has exactly that. */
export function jsonWithEtag(c: Context<AppEnv>, body: string | Uint8Array<ArrayBuffer>, caching: Caching, etag: string = etagOf(body)): Response {
  return notModified(c, etag, caching) ?? new Response(body, { status: 200, headers: headersOf(caching, etag) });
}
