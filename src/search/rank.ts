import type { InvertedIndex } from './inverted-index';
import type { PlannedWord } from './planner';

/** An article position and its score. */
export type Ranked = [doc: number, score: number];

/** Scores articles for planned query words and returns the best `limit`, best first. */
export type Rank = (words: PlannedWord[], limit: number, factor: (doc: number) => number) => Ranked[];

/**
 * Scoring: within one expansion only the best term counts (so a word with many completions or near misses cannot
 * outweigh an exact one); expansions add up; the sum is scaled by the share of query words the article matched and
 * by `factor` (locale and request-type preferences). The per-article buffers are allocated once and only the
 * touched entries are cleared after each search, which keeps a keystroke from producing garbage in proportion to
 * the knowledge base.
 */
export function createRank(index: InvertedIndex, count: number): Rank {
  const total = new Float64Array(count);
  const best = new Float64Array(count);
  const lastExpansion = new Int32Array(count);
  const lastWord = new Int32Array(count);
  const matched = new Uint8Array(count);
  return (words, limit, factor) => {
    const touched: number[] = [];
    let e = 0;
    words.forEach((expansions, w) => {
      for (const expansion of expansions) {
        e++;
        for (const [id, weight] of expansion) {
          for (let p = index.start[id]!; p < index.start[id + 1]!; p++) {
            const doc = index.docs[p]!;
            const score = weight * index.weights[p]!;
            if (lastExpansion[doc] !== e) {
              if (!lastWord[doc]) touched.push(doc);
              if (lastWord[doc] !== w + 1) matched[doc]++;
              lastWord[doc] = w + 1;
              lastExpansion[doc] = e;
              total[doc] += best[doc] = score;
            } else if (score > best[doc]!) {
              total[doc] += score - best[doc]!;
              best[doc] = score;
            }
          }
        }
      }
    });
    const top: Ranked[] = [];
    for (const doc of touched) {
      const score = ((total[doc]! * matched[doc]!) / words.length) * factor(doc);
      total[doc] = best[doc] = lastExpansion[doc] = lastWord[doc] = matched[doc] = 0;
      if (score > 0 && limit > 0 && (top.length < limit || score > top[top.length - 1]![1])) {
        let i = top.length;
        while (i > 0 && top[i - 1]![1] < score) i--;
        top.splice(i, 0, [doc, score]);
        if (top.length > limit) top.pop();
      }
    }
    return top;
  };
}
