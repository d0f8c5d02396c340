import { fold, umlautReading } from '../../src/search/folding.js';
import { stem } from '../../src/search/stem.js';
import { isStopWord, scanWords, termsOf } from '../../src/search/tokenize.js';

/**
 * Request search with the widget's article-search vocabulary (src/search/): the same folding, stemming and word
 * splitting, so a word that finds an article finds a request written the same way. Both backends read a query
 * through `searchWords`: SQLite matches its own term index (store/sqlite/request-search.ts), JSM gets JQL for it.
 */

/** The index terms of a summary: folded, stemmed, stop words left out, hyphenated compounds as parts and whole. */
export function summaryTerms(summary: string): string[] {
  const terms = new Set<string>();
  scanWords(summary, (from, to) => {
    for (const term of termsOf(summary.slice(from, to))) terms.add(term);
  });
  return [...terms];
}

/** One query word: it matches a request with a term starting with one of `prefixes`, or within one edit of `typo`. */
export interface SearchWord {
  /** The word as typed, in lower case, for a search engine with its own analysis (JSM). */
  text: string;
  prefixes: string[];
  /** The stem for typo tolerance; only words of five letters or more, shorter ones are too close to other words. */
  typo?: string;
}

const MAX_WORDS = 8;
const TYPO_LENGTH = 5;

/**
 * The words of `q`. Stop words are not indexed, so they are dropped, unless the query has nothing else (then they
 * count as the start of a longer word: "die" finds "Dienstplan").
 */
export function searchWords(q: string): SearchWord[] {
  const words = new Map<string, SearchWord & { stop: boolean }>();
  scanWords(q, (from, to) => {
    // Folding keeps hyphens, so the typed parts line up with the folded ones.
    const typed = q.slice(from, to).toLowerCase().split('-');
    fold(q.slice(from, to)).split('-').forEach((part, i) => {
      if (part.length < 2) return;
      const stems = [...new Set([stem(part), stem(umlautReading(part))])];
      words.set(stems[0]!, {
        text: typed[i] ?? part, prefixes: stems, stop: isStopWord(stems[0]!), ...(part.length >= TYPO_LENGTH ? { typo: stems[0]! } : {}),
      });
    });
  });
  const all = [...words.values()];
  const meaningful = all.filter((word) => !word.stop);
  return (meaningful.length > 0 ? meaningful : all).slice(0, MAX_WORDS).map(({ stop: _, ...word }) => word);
}

/** True when `a` becomes `b` by one insertion, deletion, substitution or swap of neighbours, or they are equal. */
export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === a.length || i === b.length) return true;
  const rest = (x: number, y: number) => a.slice(x) === b.slice(y);
  if (a.length === b.length) return rest(i + 1, i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && rest(i + 2, i + 2));
  return a.length > b.length ? rest(i + 1, i) : rest(i, i + 1);
}
