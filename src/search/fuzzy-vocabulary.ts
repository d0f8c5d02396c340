import Fuse from 'fuse.js/basic';

// Typing errors allowed: one in words of four to six letters, two from seven ("rechnugn" → "rechnung" is two).
// More would match unrelated words and make the filters below useless.
const editsFor = (length: number) => (length < 7 ? 1 : 2);

/** Bit set of the letters of `word` (digits share a bit, as does everything else), up to `length` characters. */
function letters(word: string, length: number): number {
  let mask = 0;
  for (let i = Math.min(length, word.length) - 1; i >= 0; i--) {
    const c = word.charCodeAt(i);
    mask |= 1 << (c > 96 && c < 123 ? c - 97 : c > 47 && c < 58 ? 26 : 27);
  }
  return mask;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * Finds vocabulary terms within a few typing errors of a word among the `candidates` (term ids): pairs of term id
 * and similarity (1 = exact).
 */
export type FuzzyLookup = (
  word: string,
  prefix: boolean,
  candidates: number[],
) => Array<[id: number, similarity: number]>;

/**
 * Fuzzy lookup over the index vocabulary with Fuse.js. Fuse needs microseconds per term, too slow for tens of
 * thousands of terms on every keystroke, so two necessary conditions discard nearly all terms first: a match within
 * `e` edits lacks at most `e` of the word's letters, and at most `2e` of its letter pairs are missing from about the
 * same place in the term (each edit breaks two pairs and shifts the rest by one). Fuse then ranks the few that
 * remain. With `prefix` the word may be the start of a longer term, as for the word the user is still typing.
 */
export function createFuzzyVocabulary(terms: readonly string[]): FuzzyLookup {
  return (word, prefix, candidates) => {
    const m = word.length;
    if (m < 4 || m > 32) return [];
    const edits = editsFor(m);
    const mask = letters(word, m);
    const enough = popcount(mask) - edits;
    const pairs = Array.from({ length: m - 1 }, (_, i) => word.slice(i, i + 2));
    // A whole word may also sit a little later in a term of about its length (Fuse matches it anywhere there).
    const shift = prefix ? edits : 2 * edits;
    const ids: number[] = [];
    for (const id of candidates) {
      const term = terms[id]!;
      const extra = term.length - m;
      if (extra < -edits || (!prefix && extra > edits)) continue;
      if (popcount(letters(term, term.length) & mask) < enough) continue;
      let missing = 0;
      for (let i = 0; i < m - 1 && missing <= 2 * edits; i++) {
        const at = term.indexOf(pairs[i]!, i - shift);
        if (at < 0 || at > i + shift) missing++;
      }
      if (missing <= 2 * edits) ids.push(id);
    }
    // Fuse scores a match by errors per pattern letter; for a word still being typed the match must also start
    // the term, each letter of offset costing as much as a typo.
    const options = { threshold: (edits + 0.5) / m, includeScore: true, isCaseSensitive: true, location: 0 };
    return new Fuse(
      ids.map((id) => terms[id]!),
      prefix ? { ...options, distance: m } : { ...options, ignoreLocation: true },
    )
      .search(word)
      .map((r) => [ids[r.refIndex]!, 1 - (r.score ?? 1)]);
  };
}
