import { effect, signal, type ReadonlySignal } from '@preact/signals';
import type { PortalClient } from '../api/client';
import type { ArticleSummary, Locale } from '../api/contract';
import type { ArticleSearch } from '../search';
import type { SafeStorage } from './storage';

interface CachedIndex {
  etag: string | null;
  items: ArticleSummary[];
}

const REVALIDATE_AFTER = 5 * 60_000;

/**
 * One version per article: translations share their `id`, and the user reads the one in their language, else
 * the German one, else whichever exists. Pure, so it is tested on its own.
 */
export function versionsFor(items: ArticleSummary[], locale: Locale): ArticleSummary[] {
  const chosen = new Map<string, ArticleSummary>();
  const rank = (a: ArticleSummary): number => (a.locale === locale ? 2 : a.locale === 'de' ? 1 : 0);
  for (const item of items) {
    const current = chosen.get(item.id);
    if (!current || rank(item) > rank(current)) chosen.set(item.id, item);
  }
  return [...chosen.values()];
}

/**
 * The knowledge-base index (one version of each article, in the user's language where there is one): fetched on first use, kept with its ETag across page loads, revalidated (a 304 when
 * unchanged) at most every few minutes, and indexed once per change. The search code itself loads with the first
 * use too, so opening the panel does not wait for it.
 */
export function createArticleIndex(client: PortalClient, storage: SafeStorage, storageKey: string, locale: ReadonlySignal<Locale>) {
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
    const lang = locale.value;
    if (!list || !wanted.value) return;
    (searchCode ??= import('../search')).then(
      async ({ buildArticleSearch }) => {
        const built = await buildArticleSearch(versionsFor(list, lang));
        if (items.peek() === list && locale.peek() === lang) engine.value = built;
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
