import type { Locale } from '../../../src/api/contract.js';
import type { LoadedArticle } from '../loader.js';
import { readLabels } from './labels.js';
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

export function indexPage(record: PageRecord): IndexedPage {
  return { ...record, ...convertStorage(record.storage) };
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
  return ordered.map((page) => {
    const meaning = readLabels(page.labels);
    const locale = meaning.locale ?? defaultLocale;
    const slugKey = `${locale}:${meaning.slug}`;
    const id = meaning.slug !== null && !taken.has(slugKey) ? meaning.slug : `cf-${page.pageId}`;
    taken.add(`${locale}:${id}`);
    return {
      id,
      title: page.title,
      excerpt: page.excerpt,
      messages: page.messages,
      keywords: meaning.keywords,
      requestTypes: meaning.requestTypes,
      locale,
      updatedAt: page.updatedAt,
      html: page.html,
      file: `confluence page ${page.pageId}`,
    };
  });
}
