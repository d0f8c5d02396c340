import { batch, effect, signal, type ReadonlySignal } from '@preact/signals';
import type { PortalClient } from '../api/client';
import type { ArticleSummary, Locale } from '../api/contract';
import type { ArticleSearch } from '../search';
import { versionsFor } from './article-versions';
import type { SafeStorage } from './storage';

interface CachedIndex {
  etag: string | null;
  items: ArticleSummary[];
}

/** The installation's synonym groups (`GET /synonyms`), kept beside the index under `<key>:synonyms`. */
interface CachedSynonyms {
  etag: string | null;
  groups: string[][];
}

const REVALIDATE_AFTER = 5 * 60_000;

/**
 * The knowledge-base index (one version of each article, in the user's language where there is one) and the
 * installation's synonym groups: fetched together on first use, each kept with its ETag across page loads,
 * revalidated together (a 304 when unchanged) at most every few minutes, and indexed once per change of either.
 * The search code itself loads with the first use too, so opening the panel does not wait for it.
 */
export function createArticleIndex(client: PortalClient, storage: SafeStorage, storageKey: string, locale: ReadonlySignal<Locale>) {
  const synonymsKey = `${storageKey}:synonyms`;
  const cached = storage.get<CachedIndex>(storageKey);
  const cachedSynonyms = storage.get<CachedSynonyms>(synonymsKey);
  const items = signal<ArticleSummary[] | null>(cached?.items ?? null);
  /** Null while the portal has not answered (or never did): the search then has the built-in table only. */
  const synonyms = signal<string[][] | null>(cachedSynonyms?.groups ?? null);
  const engine = signal<ArticleSearch | null>(null);
  const wanted = signal(false);
  let etag = cached?.etag ?? null;
  let synonymsEtag = cachedSynonyms?.etag ?? null;
  let checkedAt = 0;
  let running: Promise<void> | null = null;
  let searchCode: Promise<typeof import('../search')> | null = null;

  const stop = effect(() => {
    const list = items.value;
    const groups = synonyms.value;
    const lang = locale.value;
    if (!list || !wanted.value) return;
    (searchCode ??= import('../search')).then(
      async ({ buildArticleSearch }) => {
        const built = await buildArticleSearch(versionsFor(list, lang), groups ? { synonyms: groups } : {});
        if (items.peek() === list && synonyms.peek() === groups && locale.peek() === lang) engine.value = built;
      },
      () => (searchCode = null),
    );
  });

  const refresh = (): Promise<void> => {
    wanted.value = true;
    if (running) return running;
    if (Date.now() - checkedAt < REVALIDATE_AFTER) return Promise.resolve();
    // Both in one go, applied in one batch: the index is built once, with the synonyms it goes with. A failed
    // synonyms call keeps what was there (or none): suggestions never wait for it beyond its answer.
    running = Promise.allSettled([client.articles(items.peek() ? etag : null), client.synonyms(synonyms.peek() ? synonymsEtag : null)])
      .then(([index, table]) =>
        batch(() => {
          if (table.status === 'fulfilled' && !table.value.notModified) {
            synonymsEtag = table.value.etag;
            synonyms.value = table.value.data.groups;
            storage.set(synonymsKey, { etag: synonymsEtag, groups: table.value.data.groups } satisfies CachedSynonyms);
          }
          // Suggestions are a help, not a must: without the index the form still works.
          if (index.status === 'rejected') return;
          checkedAt = Date.now();
          if (index.value.notModified) return;
          etag = index.value.etag;
          items.value = index.value.data;
          storage.set(storageKey, { etag, items: index.value.data } satisfies CachedIndex);
        }),
      )
      .finally(() => {
        running = null;
      });
    return running;
  };

  return { items, synonyms, engine, refresh, dispose: stop };
}
