import type { Context } from 'hono';
import { etagOf } from '../kb/catalog.js';

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((candidate) => {
    const tag = candidate.trim();
    return tag === '*' || tag.replace(/^W\//, '') === etag;
  });
}

/** An empty 304 when the client already has the JSON with this ETag, else null. */
export function notModified(c: Context, etag: string): Response | null {
  c.header('ETag', etag);
  // Also on the 304: caches update stored headers from it, and text/plain would replace the JSON type.
  c.header('Content-Type', 'application/json; charset=UTF-8');
  return matches(c.req.header('If-None-Match'), etag) ? c.body(null, 304) : null;
}

/** Answers with the JSON (text or its UTF-8 bytes) and its ETag, or with an empty 304 when the client already has exactly that. */
export function jsonWithEtag(c: Context, body: string | Uint8Array<ArrayBuffer>, etag: string = etagOf(body)): Response {
  return notModified(c, etag) ?? c.body(body, 200);
}
