import type { Locale } from '../../../src/api/contract';

/**
 * What a labelled query exercises; results are reported per kind. `long`: 2–5 sentences or a pasted error text, as
 * typed into the description field. `vocabulary`: says it in words the target article's title, keywords and excerpt
 * do not contain (colloquial, regional, loanwords, role names, abbreviations). The others are short: `exact` (the
 * article's own words), `typo`, `umlaut` (ae/oe/ue/ss or dropped dots), `word-order`, `prefix` (the last word still
 * being typed) and `english` (short queries in English).
 */
export type QueryKind = 'exact' | 'typo' | 'umlaut' | 'word-order' | 'prefix' | 'english' | 'long' | 'vocabulary';

export const KINDS: readonly QueryKind[] = ['exact', 'typo', 'umlaut', 'word-order', 'prefix', 'english', 'long', 'vocabulary'];

export interface LabelledQuery {
  query: string;
  /** Ids of the real articles that answer the query; any of them counts as a hit. */
  expected: string[];
  kind: QueryKind;
  locale: Locale;
}

/** A query in the user's language `locale`, answered by any of `expected`. */
export const q =
  (kind: QueryKind, locale: Locale = 'de') =>
  (query: string, ...expected: string[]): LabelledQuery => ({ query, expected, kind, locale });
