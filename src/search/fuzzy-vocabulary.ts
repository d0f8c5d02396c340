import Fuse from 'fuse.js/basic';

// Fuse scores are errors per pattern character: 0.3 lets "rechnugn" reach "rechnung" (two edits in eight letters)
// while short words must be nearly exact.
const THRESHOLD = 0.3;
const OPTIONS = { threshold: THRESHOLD, ignoreLocation: true, includeScore: true, isCaseSensitive: true };
// A word still being typed must match the start of a term: a letter of offset costs as much as a typo.
const PREFIX_OPTIONS = { ...OPTIONS, ignoreLocation: false, location: 0, distance: 4 };

const bit = (c: number): number => 1 << (c > 96 && c < 123 ? c - 97 : c > 47 && c < 58 ? 26 : 27);

function letters(word: string, length = word.length): number {
  let mask = 0;
  for (let i = 0; i < length && i < word.length; i++) mask |= bit(word.charCodeAt(i));
  return mask;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Finds vocabulary terms within a few typing errors of a word: pairs of term id and similarity (1 = exact). */
export type FuzzyLookup = (word: string, prefix: boolean) => Array<[id: number, similarity: number]>;

/**
 * Fuzzy lookup over the index vocabulary with Fuse.js. Fuse needs microseconds per term, too slow for every term
 * of a large vocabulary on every keystroke, so cheap necessary conditions (length, and the letters a match must
 * share with the word) discard most terms first and Fuse only ranks the rest. With `prefix` the word may be the
 * start of a longer term, as for the word the user is still typing.
 */
export function createFuzzyVocabulary(terms: readonly string[]): FuzzyLookup {
  const masks = Uint32Array.from(terms, (term) => letters(term));
  return (word, prefix) => {
    const m = word.length;
    if (m < 4 || m > 32) return [];
    const edits = Math.floor(m * THRESHOLD);
    const mask = letters(word);
    const shared = popcount(mask) - edits;
    const ids: number[] = [];
    terms.forEach((term, id) => {
      const extra = term.length - m;
      // A word being typed is matched against the start of each term, so only that start needs the letters.
      if (
        extra >= -edits &&
        (prefix || extra <= edits) &&
        popcount(masks[id]! & mask) >= shared &&
        (!prefix || extra <= edits || popcount(letters(term, m + edits) & mask) >= shared)
      )
        ids.push(id);
    });
    return new Fuse(ids.map((id) => terms[id]!), prefix ? PREFIX_OPTIONS : OPTIONS)
      .search(word)
      .map((r) => [ids[r.refIndex]!, 1 - (r.score ?? 1)]);
  };
}
