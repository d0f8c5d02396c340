import { etagOf } from '../kb/catalog.js';

export interface CachedJson {
  /** UTF-8: encoded once for the hash and sent as is, instead of once more for every response. */
  body: Uint8Array<ArrayBuffer>;
  etag: string;
}

/** About 10 MB of JSON at the default page size of 25 requests. */
export const RESPONSE_CACHE_ENTRIES = 1000;

/**
 * Serialised answers, kept while the store's data version stays the same. The widget polls its list far more often
 * than anything changes, and the query, the JSON and the ETag hash were most of the CPU of a list request. Any change
 * to the data empties the cache, so an answer is never older than the data; the oldest entries make room for new ones.
 */
export function createResponseCache() {
  const entries = new Map<string, CachedJson>();
  let cachedVersion: number | null = null;

  return {
    /**
     * `version` must be read before `compute` touches the data: a change during `compute` then only causes a
     * needless refresh, never a stale answer. A null version (the store cannot tell) caches nothing.
     */
    async get(key: string, version: number | null, compute: () => Promise<string>): Promise<CachedJson> {
      if (version !== cachedVersion) {
        entries.clear();
        cachedVersion = version;
      }
      const hit = version === null ? undefined : entries.get(key);
      if (hit) return hit;
      const body = Buffer.from(await compute());
      const entry = { body, etag: etagOf(body) };
      if (version !== null && cachedVersion === version) {
        if (entries.size >= RESPONSE_CACHE_ENTRIES) entries.delete(entries.keys().next().value as string);
        entries.set(key, entry);
      }
      return entry;
    },
  };
}
