import { hash, randomUUID } from 'node:crypto';
import { etagOf } from '../kb/catalog.js';

export interface CachedJson {
  /**
   * Text until the list is asked for again, then its UTF-8 bytes, sent as they are from then on. A Buffer for every
   * new list cost more than the encoding it saves when most lists are asked for once, as in the load test: each one
   * is a block of its own that the garbage collector tracks as external memory.
   */
  body: string | Uint8Array<ArrayBuffer>;
  etag: string;
}

/** About 10 MB of JSON at the default page size of 25 requests. */
export const LIST_CACHE_ENTRIES = 1000;

/**
 * Lists by what they depend on besides the data (`key`) and the version of their practice's data. The ETag follows
 * from the two alone, so a revalidation (the widget's unread poll) is answered without reading the list, and a
 * list is reused until its practice's data changes; the oldest entries make room for new ones.
 */
export function createListCache() {
  // A new process may open a new database whose versions count from 0 again, or bring new texts for request types
  // and statuses: its ETags must never match those of an earlier process.
  const epoch = randomUUID();
  const entries = new Map<string, CachedJson & { version: number }>();
  const etagAt = (key: string, version: number) => `"${hash('sha256', `${epoch}\n${version}\n${key}`, 'base64url').slice(0, 27)}"`;

  return {
    /** Null when the store cannot tell the version: then only the built list can say. */
    etag: (key: string, version: number | null): string | null => (version === null ? null : etagAt(key, version)),
    /**
     * `version` must be read before `compute` touches the data: a change during `compute` then only causes a
     * needless refresh, never a stale answer. A null version caches nothing.
     */
    async get(key: string, version: number | null, compute: () => Promise<string>): Promise<CachedJson> {
      if (version === null) {
        const body = await compute();
        return { body, etag: etagOf(body) };
      }
      const hit = entries.get(key);
      if (hit?.version === version) {
        if (typeof hit.body === 'string') hit.body = Buffer.from(hit.body);
        return hit;
      }
      const entry = { body: await compute(), etag: etagAt(key, version), version };
      entries.delete(key);
      if (entries.size >= LIST_CACHE_ENTRIES) entries.delete(entries.keys().next().value as string);
      entries.set(key, entry);
      return entry;
    },
  };
}
