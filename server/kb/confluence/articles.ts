import type { Locale } from '../../../src/api/contract.js';
import type { LoadedArticle } from '../loader.js';
import { readLabels } from './labels.js';
import { resolvePageLinks, type KbSpace, type PageTarget } from './page-links.js';
import { convertStorage, type ConvertedPage } from './storage.js';
import { isSynonymPage } from './synonyms.js';

/** One page as synced and stored: what Confluence said, before conversion. */
export interface PageRecord {
  pageId: string;
  version: number;
  title: string;
  /** The current version's `createdAt`, ISO. */
  updatedAt: string;
  labels: string[];
  storage: string;
}

export interface IndexedPage extends PageRecord, ConvertedPage {}

/** `defaultLocale` is the language of a page without a `lang-` label, as in `articlesOf`. */
export function indexPage(record: PageRecord, space: KbSpace, defaultLocale: Locale): IndexedPage {
  return { ...record, ...convertStorage(record.storage, space, readLabels(record.labels).locale ?? defaultLocale) };
}

/**
 * The catalog's articles, ordered by page id so the same pages always give the same index body and ETag. An article's
 * id is its `id-<slug>` label, else `cf-<pageId>`; a slug already taken in the same language (by a lower page id)
 * falls back to `cf-<pageId>`, so no page hides another.
 */
export function articlesOf(pages: Iterable<IndexedPage>, defaultLocale: Locale): LoadedArticle[] {
  // Synonym pages (label `medsupport-synonyms`) are the installation's synonym groups, not articles; a page without
  // text would be an empty article that search still offers.
  const ordered = [...pages].filter((page) => page.hasText && !isSynonymPage(page)).sort((a, b) => Number(a.pageId) - Number(b.pageId) || a.pageId.localeCompare(b.pageId));
  const taken = new Set<string>();
  const placed = ordered.map((page) => {
    const meaning = readLabels(page.labels);
    const locale = meaning.locale ?? defaultLocale;
    const slugKey = `${locale}:${meaning.slug}`;
    const id = meaning.slug !== null && !taken.has(slugKey) ? meaning.slug : `cf-${page.pageId}`;
    taken.add(`${locale}:${id}`);
    return { page, meaning, locale, id };
  });
  // A link names a page by title; where titles repeat (pages under folders), the lowest page id is the one.
  const byPage = new Map(placed.map(({ page, id }) => [page.pageId, { id, title: page.title }]));
  const byTitle = new Map<string, { id: string; title: string }>();
  for (const { page, id } of placed) if (!byTitle.has(page.title)) byTitle.set(page.title, { id, title: page.title });
  const articleOf = (target: PageTarget) => ('title' in target ? byTitle.get(target.title) : byPage.get(target.pageId)) ?? null;
  return placed.map(({ page, meaning, locale, id }) => ({
    id,
    title: page.title,
    excerpt: page.excerpt,
    messages: page.messages,
    keywords: meaning.keywords,
    requestTypes: meaning.requestTypes,
    locale,
    updatedAt: page.updatedAt,
    html: resolvePageLinks(page.html, articleOf),
    file: `confluence page ${page.pageId}`,
  }));
}
