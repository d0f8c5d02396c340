import { fold, umlautReading, verbReading } from './folding';
import type { FuzzyLookup } from './fuzzy-vocabulary';
import type { InvertedIndex } from './inverted-index';
import { stem } from './stem';
import { isStopWord, words } from './tokenize';

/**
 * One word of a query, as stems: the word as typed and, if it has spelled-out umlauts, read with umlauts; then
 * `verbs`, the same without a verb ending, since people describe what the software does ("druckt nicht") where
 * articles name what to do ("drucken"). These readings are only looked up exactly or fuzzily: applied to the index,
 * the umlaut reading would merge `neue` into `neu` before stemming saw the ending (and `neuen` into `neun`), and the
 * verb reading would cut nouns such as `Passwort`.
 */
export interface QueryWord {
  stems: string[];
  verbs: string[];
  /** The word the user is still typing: it may be the start of a longer term. */
  prefix: boolean;
  stop: boolean;
}

/** Index terms standing in for a word, each with a weight in (0, 1]. */
export type Expansion = Array<[id: number, weight: number]>;

/**
 * A query word as the ranking sees it: one or more expansions, each scored on its own and summed (a compound's
 * parts count separately), all credited to the same word when counting how many query words an article matched.
 */
export type PlannedWord = Expansion[];

/** Splits a query into distinct words; the last one counts as unfinished unless the query ends with a separator. */
export function parseQuery(query: string): QueryWord[] {
  const found = new Map<string, QueryWord>();
  for (const [word, start] of words(query)) {
    const unfinished = start + word.length === query.length;
    const parts = fold(word).split('-');
    parts.forEach((part, i) => {
      const prefix = unfinished && i === parts.length - 1;
      const stop = isStopWord(part);
      const umlauts = umlautReading(part);
      const stems = [...new Set([part, umlauts ?? part].map(stem))];
      const verbs = [...new Set([part, umlauts].map((w) => w && verbReading(w)).filter((w): w is string => !!w).map(stem))];
      if (part.length > 1 && !(stop && !prefix)) found.set((prefix ? '>' : '') + stems[0], { stems, verbs, prefix, stop });
    });
  }
  return [...found.values()];
}

// Relative trust in each kind of stand-in term: the exact stem is the word itself; a near miss is probably a typo;
// a compound containing the word, or a part of a compound the user typed, is related but broader; a completion of
// the word being typed is a guess that gets better with every letter.
const FUZZY = 0.8;
const PART = 0.5;
const completion = (typed: number, length: number) => 0.3 + (0.5 * typed) / length;
// Short prefixes match hundreds of terms and common words sit inside many compounds; the frequent ones are the
// likelier intent and the rest would only cost time.
const MAX_RELATED = 24;
const MIN_INNER = 4;
const MIN_COMPOUND = 8;
// Longer "words" are pasted noise; taking them apart would cost time quadratic in their length.
const MAX_COMPOUND = 40;

/**
 * Turns query words into weighted index terms: exact stems, completions of the word being typed, compounds that
 * contain a word, parts of a compound, and near misses found by Fuse.js. Each word's plan is remembered, so typing
 * on only works out the word that changed.
 */
export function createPlanner(index: InvertedIndex, fuzzy: FuzzyLookup): (words: QueryWord[]) => PlannedWord[] {
  const { terms, ids, idf, start } = index;
  const df = (id: number) => start[id + 1]! - start[id]!;
  const frequent = (found: number[]) => found.sort((a, b) => df(b) - df(a)).slice(0, MAX_RELATED);
  const cache = new Map<string, PlannedWord>();

  /** Expands the stems of one word; `anchored` tells whether any stem is a known term or starts one. */
  const expand = (stems: string[], verbs: string[], prefix: boolean, stop: boolean) => {
    const found = new Map<number, number>();
    const add = (id: number, weight: number) => {
      if (!((found.get(id) ?? 0) >= weight)) found.set(id, weight);
    };
    let anchored = false;
    for (const term of stems) {
      const exact = ids.get(term);
      if (exact !== undefined) add(exact, 1), (anchored = true);
      // The vocabulary is unsorted (sorting would cost a fifth of the build); one scan finds completions and
      // containing compounds in well under a millisecond, and the answer is cached.
      const starting: number[] = [];
      const inner: number[] = [];
      if (prefix || term.length >= MIN_INNER) {
        terms.forEach((t, id) => {
          const at = t.indexOf(term);
          if (at === 0 && prefix && id !== exact) starting.push(id);
          else if (at > 0 && !stop && term.length >= MIN_INNER) inner.push(id);
        });
      }
      for (const id of frequent(starting)) add(id, (stop ? 0.5 : 1) * completion(term.length, terms[id]!.length));
      for (const id of frequent(inner)) add(id, PART);
      anchored ||= starting.length > 0;
    }
    for (const term of verbs) {
      const exact = ids.get(term);
      if (exact !== undefined) add(exact, 1);
    }
    if (!stop && !(prefix && anchored)) {
      for (const term of [...stems, ...verbs]) {
        for (const [id, similarity] of fuzzy(term, prefix)) {
          const length = terms[id]!.length;
          const fit = prefix ? Math.min(1, completion(term.length, length) + 0.2) : Math.min(length, term.length) / Math.max(length, term.length);
          add(id, FUZZY * similarity * fit);
        }
      }
    }
    // A related term is no more telling than the word itself: a rare compound containing a common word must not
    // outrank the word's exact matches just because it is rare.
    const exactIdf = Math.max(0, ...[...stems, ...verbs].map((t) => idf[ids.get(t) ?? -1] ?? 0));
    const expansion: Expansion = [...found].map(([id, w]) => [id, exactIdf ? w * Math.min(1, exactIdf / idf[id]!) : w]);
    return { expansion, anchored };
  };

  // German compounds: "Benutzerrechte" is about "Benutzer" and "Rechte". The split prefers a known head (the last
  // part carries the meaning), then a known modifier, the longer the better; the other part may be misspelt.
  const split = (term: string): string[] => {
    let best: string[] = [];
    let bestScore = 0;
    for (let i = MIN_INNER; i <= term.length - MIN_INNER; i++) {
      const parts = [stem(term.slice(0, i)), term.slice(i)];
      const score = (ids.has(parts[1]!) ? 2 : 0) + (ids.has(parts[0]!) ? 1 : 0);
      // Scanning left to right, a later split means a shorter head and a longer modifier.
      if (score > bestScore || (score === 1 && bestScore === 1)) {
        best = parts;
        bestScore = score;
      }
    }
    return best;
  };

  const planWord = ({ stems, verbs, prefix, stop }: QueryWord): PlannedWord => {
    const { expansion, anchored } = expand(stems, verbs, prefix, stop);
    const planned = [expansion];
    // A word still being typed is only taken apart once it is neither a known term nor the start of one.
    if (!stop && !(prefix && anchored) && stems[0]!.length >= MIN_COMPOUND && stems[0]!.length <= MAX_COMPOUND) {
      for (const part of split(stems[0]!)) {
        planned.push(expand([part], [], false, false).expansion.map(([id, w]) => [id, w * PART]));
      }
    }
    return planned;
  };

  return (query) =>
    query.map((word) => {
      const key = (word.prefix ? '>' : '') + word.stems.join(' ');
      let planned = cache.get(key);
      if (!planned) {
        if (cache.size > 500) cache.clear();
        cache.set(key, (planned = planWord(word)));
      }
      return planned;
    });
}
