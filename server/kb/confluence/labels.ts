import type { Locale } from '../../../src/api/contract.js';

/** What a page's labels say about its article (conventions documented in docs/jsm.md, "Knowledge base from Confluence"). */
export interface LabelMeaning {
  /** From `id-<slug>`: the article id, shared by the German and English page of one article. */
  slug: string | null;
  /** From `lang-de` / `lang-en`. */
  locale: Locale | null;
  /** From `rt-<key>`: portal request-type keys. */
  requestTypes: string[];
  /** Every other label, for the widget's search. */
  keywords: string[];
}

const SLUG = /^id-([a-z0-9][a-z0-9_-]{0,99})$/;
// Ids of pages without a slug: a label naming one would hide that page.
const PAGE_ID = /^cf-\d+$/;
const REQUEST_TYPE = /^rt-([a-z][a-z0-9-]{0,39})$/;
const LOCALE = /^lang-(de|en)$/;

export function readLabels(names: string[]): LabelMeaning {
  const meaning: LabelMeaning = { slug: null, locale: null, requestTypes: [], keywords: [] };
  for (const raw of names) {
    const name = raw.trim().toLowerCase();
    const slug = SLUG.exec(name)?.[1];
    const requestType = REQUEST_TYPE.exec(name)?.[1];
    const locale = LOCALE.exec(name)?.[1];
    if (slug !== undefined) {
      if (!PAGE_ID.test(slug)) meaning.slug ??= slug;
    } else if (requestType !== undefined) meaning.requestTypes.push(requestType);
    else if (locale === 'de' || locale === 'en') meaning.locale ??= locale;
    else if (name !== '') meaning.keywords.push(name);
  }
  meaning.requestTypes = [...new Set(meaning.requestTypes)].sort();
  meaning.keywords = [...new Set(meaning.keywords)].sort();
  return meaning;
}
