import type { InvertedIndex } from './inverted-index';
import type { Expansion } from './query';

/** An article position and its score. */
export type Ranked = [doc: number, score: number];

/**
 * Scores articles: for each query word the best of its stand-in terms counts (so a word with many completions or
 * near misses cannot outweigh an exact one), the words' scores add up, and the sum is scaled by the share of query
 * words the article matched and by `factor` (locale and request-type preferences). Returns the best `limit`.
 */
export function rank(
  index: InvertedIndex,
  count: number,
  words: Expansion[],
  limit: number,
  factor: (doc: number) => number,
): Ranked[] {
  const total = new Float64Array(count);
  const best = new Float64Array(count);
  const lastWord = new Int32Array(count);
  const matched = new Uint8Array(count);
  const touched: number[] = [];
  words.forEach((expansion, w) => {
    for (const [id, weight] of expansion) {
      const docs = index.docs[id]!;
      const weights = index.weights[id]!;
      for (let i = 0; i < docs.length; i++) {
        const doc = docs[i]!;
        const score = weight * weights[i]!;
        if (lastWord[doc] !== w + 1) {
          if (!lastWord[doc]) touched.push(doc);
          lastWord[doc] = w + 1;
          matched[doc]++;
          total[doc] += best[doc] = score;
        } else if (score > best[doc]!) {
          total[doc] += score - best[doc]!;
          best[doc] = score;
        }
      }
    }
  });
  const top: Ranked[] = [];
  for (const doc of touched) {
    const score = ((total[doc]! * matched[doc]!) / words.length) * factor(doc);
    if (score > 0 && (top.length < limit || score > top[top.length - 1]![1])) {
      let i = top.length;
      while (i > 0 && top[i - 1]![1] < score) i--;
      top.splice(i, 0, [doc, score]);
      if (top.length > limit) top.pop();
    }
  }
  return top;
}
