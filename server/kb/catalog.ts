import { hash } from 'node:crypto';
import type { Article, ArticleSummary, Locale } from '../../src/api/contract.js';
import type { LoadedArticle } from './loader.js';
import { synonymIndex, type SynonymIndex } from './synonyms.js';

export interface ArticleIndex {
  body: string;
  etag: string;
}

/** A strong validator: SHA-256 of the body's UTF-8 bytes (a string is hashed as its UTF-8 encoding). */
export function etagOf(body: string | Uint8Array): string {
  return `"${hash('sha256', body, 'base64url').slice(0, 27)}"`;
}

/**
 * The loaded knowledge base and the installation's synonym groups; index bodies and their ETags are computed once
 * per locale filter.
 */
export function createArticleCatalog(articles: LoadedArticle[], synonymGroups: readonly (readonly string[])[] = []) {
  const indexes = new Map<string, ArticleIndex>();
  let synonyms: SynonymIndex | null = null;

  const summaries = (locale: Locale | null): ArticleSummary[] =>
    articles
      .filter((article) => locale === null || article.locale === locale)
      .map(({ id, title, excerpt, keywords, requestTypes, locale: articleLocale, updatedAt, messages, translationOf }) => ({
        id, title, excerpt, keywords, requestTypes, locale: articleLocale, updatedAt,
        ...(messages?.length ? { messages } : {}),
        ...(translationOf ? { translationOf } : {}),
      }));

  return {
    size: articles.length,
    /** The index entries (what `index` serialises), for a layer that adds to them. */
    summaries,
    /** All locales when `locale` is null; the widget's search filters and falls back itself. */
    index(locale: Locale | null): ArticleIndex {
      const cacheKey = locale ?? '*';
      let index = indexes.get(cacheKey);
      if (!index) {
        const body = JSON.stringify(summaries(locale));
        index = { body, etag: etagOf(body) };
        indexes.set(cacheKey, index);
      }
      return index;
    },
    /** Prefers the version in the wanted locale, then German, then any. */
    find(id: string, locale: Locale): Article | null {
      const versions = articles.filter((article) => article.id === id);
      const chosen = versions.find((a) => a.locale === locale) ?? versions.find((a) => a.locale === 'de') ?? versions[0];
      return chosen ? { id: chosen.id, title: chosen.title, html: chosen.html, updatedAt: chosen.updatedAt, locale: chosen.locale } : null;
    },
    /** `GET /synonyms`. */
    synonyms(): SynonymIndex {
      return (synonyms ??= synonymIndex(synonymGroups));
    },
  };
}

export type ArticleCatalog = ReturnType<typeof createArticleCatalog>;

/** The articles the portal serves: the Markdown folder, or a Confluence space that can be refreshed on demand. */
export type KnowledgeBase = ArticleCatalog & {
  /** Reads these pages again (a page webhook), or the whole source. */
  refresh?(pageIds?: readonly string[]): Promise<void>;
  close?(): void;
};
