import { effect, signal } from '@preact/signals';
import type { PortalClient } from '../api/client';
import type { ArticleSummary } from '../api/contract';
import type { ArticleSearch } from '../search';
import type { SafeStorage } from './storage';

interface CachedIndex {
  etag: string | null;
  items: ArticleSummary[];
}

const REVALIDATE_AFTER = 5 * 60_000;

/**
 * The knowledge-base index: fetched on first use, kept with its ETag across page loads, revalidated (a 304 when
 * unchanged) at most every few minutes, and indexed once per change. The search code itself loads with the first
 * use too, so opening the panel does not wait for it.
 */
export function createArticleIndex(client: PortalClient, storage: SafeStorage, storageKey: string) {
  const cached = storage.get<CachedIndex>(storageKey);
  const items = signal<ArticleSummary[] | null>(cached?.items ?? null);
  const engine = signal<ArticleSearch | null>(null);
  const wanted = signal(false);
  let etag = cached?.etag ?? null;
  let checkedAt = 0;
  let running: Promise<void> | null = null;
  let searchCode: Promise<typeof import('../search')> | null = null;

  const stop = effect(() => {
    const list = items.value;
    if (!list || !wanted.value) return;
    (searchCode ??= import('../search')).then(
      ({ createArticleSearch }) => {
        if (items.peek() === list) engine.value = createArticleSearch(list);
      },
      () => (searchCode = null),
    );
  });

  const refresh = (): Promise<void> => {
    wanted.value = true;
    if (running) return running;
    if (Date.now() - checkedAt < REVALIDATE_AFTER) return Promise.resolve();
    running = client
      .articles(items.peek() ? etag : null)
      .then((result) => {
        checkedAt = Date.now();
        if (result.notModified) return;
        etag = result.etag;
        items.value = result.data;
        storage.set(storageKey, { etag, items: result.data } satisfies CachedIndex);
      })
      // Suggestions are a help, not a must: without the index the form still works.
      .catch(() => undefined)
      .finally(() => {
        running = null;
      });
    return running;
  };

  return { items, engine, refresh, dispose: stop };
}
