// The engines the search bench compares (issue #15), each as "index these articles, then answer a query with the
// ids of the top `limit`". Free of Node-only imports: the Chromium page bundles it too.
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import type { ArticleSummary, Locale } from '../../src/api/contract';
import { type ArticleSearchOptions, createArticleSearch } from '../../src/search/index';
import { versionsFor } from '../../src/state/article-versions';

/**
 * (a) `fuse`: naive Fuse.js over the three fields; (b) `minisearch`: MiniSearch with its defaults; (c)
 * `minisearchDev`: MiniSearch as a developer would set it (prefix, fuzzy 0.2, title and keywords boosted like the
 * engine's own fields, 3 and 2); (d) `engine`: the project engine as it is; (e) `noSynonyms`: with
 * `builtInSynonyms: false`; (f) `noKeywords`: over the articles with their `keywords` emptied; (g) `learning`: the
 * engine over the articles with the learned keywords of the simulation (learning.ts) after k practices per query.
 */
export type EngineName = 'fuse' | 'minisearch' | 'minisearchDev' | 'engine' | 'noSynonyms' | 'noKeywords' | 'learning';

export const ENGINE_NAMES: readonly EngineName[] = ['fuse', 'minisearch', 'minisearchDev', 'engine', 'noSynonyms', 'noKeywords', 'learning'];

/** Column heads of the tables. */
export const ENGINE_HEADS: Record<EngineName, string> = {
  fuse: '(a) Fuse',
  minisearch: '(b) MiniS',
  minisearchDev: '(c) MiniS dev',
  engine: '(d) engine',
  noSynonyms: '(e) −synonyms',
  noKeywords: '(f) −keywords',
  learning: '(g) +learning',
};

export const ENGINE_DESCRIPTIONS: Record<EngineName, string> = {
  fuse: 'naive Fuse.js: keys title, keywords, excerpt, messages; ignoreLocation',
  minisearch: 'MiniSearch with default settings over title, keywords, excerpt, messages',
  minisearchDev: 'MiniSearch as a developer would set it: prefix, fuzzy 0.2, boost title 3, keywords 2',
  engine: 'the project engine as it is (src/search)',
  noSynonyms: 'the project engine with builtInSynonyms: false',
  noKeywords: "the project engine over the articles with their keywords emptied",
  learning: 'the project engine with the learned keywords of the simulation after k practices per vocabulary query',
};

/** Ids of the best articles for `query`, best first. */
export type Search = (query: string, locale: Locale) => string[];

/** One of `make` per reader's language, over the articles that reader's widget indexes (`versionsFor`). */
export const byReader = <T>(articles: readonly ArticleSummary[], make: (versions: ArticleSummary[]) => T): Record<Locale, T> => ({
  de: make(versionsFor(articles, 'de')),
  en: make(versionsFor(articles, 'en')),
});

/**
 * A search per reader's language (one version of each translated article), asked in the query's language: every
 * engine is measured on what a user would see.
 */
const perReader = (articles: readonly ArticleSummary[], make: (versions: ArticleSummary[]) => Search): Search => {
  const searches = byReader(articles, make);
  return (query, locale) => searches[locale](query, locale);
};

const FIELDS = ['title', 'keywords', 'excerpt', 'messages'];

export const fuseSearch = (articles: readonly ArticleSummary[], limit: number): Search =>
  perReader(articles, (versions) => {
    const fuse = new Fuse(versions, { keys: FIELDS, ignoreLocation: true });
    return (query) => fuse.search(query, { limit }).map((r) => r.item.id);
  });

const miniSearch = (articles: readonly ArticleSummary[], limit: number, searchOptions: ConstructorParameters<typeof MiniSearch>[0]['searchOptions']): Search =>
  perReader(articles, (versions) => {
    // Arrays (keywords) are indexed through their toString(), comma-separated, as MiniSearch does by default.
    const index = new MiniSearch<ArticleSummary>({ fields: FIELDS, searchOptions });
    index.addAll(versions);
    return (query) => index.search(query).slice(0, limit).map((r) => String(r.id));
  });

export const projectSearch = (articles: readonly ArticleSummary[], limit: number, options?: ArticleSearchOptions): Search =>
  perReader(articles, (versions) => {
    const engine = createArticleSearch(versions, options);
    return (query, locale) => engine.search(query, { limit, locale }).map((h) => h.article.id);
  });

/** The engines (a)–(f); (g) needs the learning simulation. */
export const ENGINES: Record<Exclude<EngineName, 'learning'>, (articles: readonly ArticleSummary[], limit: number) => Search> = {
  fuse: fuseSearch,
  minisearch: (articles, limit) => miniSearch(articles, limit, undefined),
  minisearchDev: (articles, limit) => miniSearch(articles, limit, { prefix: true, fuzzy: 0.2, boost: { title: 3, keywords: 2 } }),
  engine: (articles, limit) => projectSearch(articles, limit),
  noSynonyms: (articles, limit) => projectSearch(articles, limit, { builtInSynonyms: false }),
  noKeywords: (articles, limit) => projectSearch(articles.map((a) => ({ ...a, keywords: [] })), limit),
};
