import { fold } from './folding';
import type { FuzzyLookup } from './fuzzy-vocabulary';
import type { InvertedIndex } from './inverted-index';
import { stem } from './stem';
import { isStopWord, WORD } from './tokenize';

/** One word of a query, folded and stemmed. */
export interface QueryWord {
  term: string;
  /** The word the user is still typing: it may be the start of a longer term. */
  prefix: boolean;
  stop: boolean;
}

/** Index terms standing in for one query word, each with a weight in (0, 1]. */
export type Expansion = Array<[id: number, weight: number]>;

/** Splits a query into distinct words; the last one counts as unfinished unless the query ends with a separator. */
export function parseQuery(query: string): QueryWord[] {
  const words = new Map<string, QueryWord>();
  for (const match of query.matchAll(WORD)) {
    const unfinished = match.index + match[0].length === query.length;
    const parts = fold(match[0]).split('-');
    parts.forEach((part, i) => {
      const prefix = unfinished && i === parts.length - 1;
      const word = { term: stem(part), prefix, stop: isStopWord(part) };
      if (part.length > 1 && !(word.stop && !prefix)) words.set((prefix ? '>' : '') + word.term, word);
    });
  }
  return [...words.values()];
}

// Relative trust in each kind of stand-in term: an exact stem is the word itself, a completion is likely what
// the user is typing, a near miss is probably a typo, a compound part is only related.
const FUZZY = 0.8;
const PART = 0.5;
const MAX_COMPLETIONS = 24;

/** Turns query words into weighted index terms, remembering the answer for each word as the user types on. */
export function createExpander(index: InvertedIndex, fuzzy: FuzzyLookup): (word: QueryWord) => Expansion {
  const { terms, ids, docs } = index;
  const cache = new Map<string, Expansion>();

  const completions = (start: string): number[] => {
    let lo = 0;
    let hi = terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (terms[mid]! < start) lo = mid + 1;
      else hi = mid;
    }
    const found: number[] = [];
    while (lo < terms.length && terms[lo]!.startsWith(start)) found.push(lo++);
    // Short prefixes match hundreds of terms; the frequent ones are the likelier intent.
    return found.sort((a, b) => docs[b]!.length - docs[a]!.length).slice(0, MAX_COMPLETIONS);
  };

  // German compounds: a "Rechnungsdrucker" is about "Rechnung" and "Drucker"; the longest known head and modifier.
  const parts = (term: string): number[] => {
    const found: number[] = [];
    const longest = (part: (length: number) => string) => {
      for (let n = term.length - 1; n > 3; n--) {
        const id = ids.get(part(n));
        if (id !== undefined) return found.push(id);
      }
    };
    longest((n) => term.slice(0, n));
    longest((n) => term.slice(-n));
    return found;
  };

  const expand = ({ term, prefix, stop }: QueryWord): Expansion => {
    const found = new Map<number, number>();
    const add = (id: number, weight: number) => {
      if (!((found.get(id) ?? 0) >= weight)) found.set(id, weight);
    };
    const exact = ids.get(term);
    if (exact !== undefined) add(exact, 1);
    if (prefix) for (const id of completions(term)) add(id, (stop ? 0.5 : 1) * (0.6 + (0.4 * term.length) / terms[id]!.length));
    if (stop) return [...found];
    if (!prefix || !found.size) {
      for (const [id, similarity] of fuzzy(term, prefix)) {
        const length = terms[id]!.length;
        add(id, FUZZY * similarity * (prefix ? 1 : Math.min(length, term.length) / Math.max(length, term.length)));
      }
    }
    if (!prefix) for (const id of parts(term)) add(id, PART);
    return [...found];
  };

  return (word) => {
    const key = (word.prefix ? '>' : '') + word.term;
    let expansion = cache.get(key);
    if (!expansion) {
      if (cache.size > 500) cache.clear();
      cache.set(key, (expansion = expand(word)));
    }
    return expansion;
  };
}
