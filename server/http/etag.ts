import type { Context } from 'hono';
import { etagOf } from '../kb/catalog.js';

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((candidate) => {
    const tag = candidate.trim();
    return tag === '*' || tag.replace(/^W\//, '') === etag;
  });
}

/** Answers with the JSON (text or its UTF-8 bytes) and its ETag, or with an empty 304 when the client already has exactly that. */
export function jsonWithEtag(c: Context, body: string | Uint8Array<ArrayBuffer>, etag: string = etagOf(body)): Response {
  c.header('ETag', etag);
  // Also on the 304: caches update stored headers from it, and text/plain would replace the JSON type.
  c.header('Content-Type', 'application/json; charset=UTF-8');
  if (matches(c.req.header('If-None-Match'), etag)) return c.body(null, 304);
  return c.body(body, 200);
}
