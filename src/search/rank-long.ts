import { find, type InvertedIndex } from './inverted-index';
import type { PlannedWord } from './planner';
import type { Ranked } from './rank';

/** Like `Rank`, without champions. */
export type LongRank = (words: PlannedWord[], limit: number, factor: (doc: number) => number) => Ranked[];

/**
 * Ranking for descriptions, where every word counts: BM25 over all their words (each expansion's best term, summed over
 * expansions and words, times `factor`). Unlike keyword queries, an article is not scaled by the share of words it
 * matched: a description's words are many and most are incidental, and that share favoured articles matching its
 * ordinary words over the one matching its telling ones. Found with dynamic pruning after MaxScore. Words are taken in
 * order of what they can add at most. Once the words left could not lift an article not seen yet above the k-th best so
 * far, no new articles are taken on; the remaining words are only looked up for the candidates (a binary search in
 * their postings where that is cheaper than reading them), and candidates that can no longer reach the k-th best are
 * dropped. A fifty-word description thus reads the postings of its rare words whole and of its common words hardly at
 * all.
 *
 * `maxFactor` bounds `factor` from above, so that an article's final score can be bounded before `factor` is known.
 */
export function createLongRank(index: InvertedIndex, count: number, maxFactor: number): LongRank {
  const { start, docs, weights, peak } = index;
  const total = new Float64Array(count);
  const best = new Float64Array(count);
  const lastExpansion = new Int32Array(count);
  const seen = new Uint8Array(count);
  const factors = new Float64Array(count);
  const kept = new Int32Array(count);
  let keep = 0;

  return (words, limit, factor) => {
    const order = words
      .map((expansions) => ({
        expansions,
        bound: expansions.reduce((sum, expansion) => sum + Math.max(0, ...expansion.map(([id, x]) => x * peak[id]!)), 0),
      }))
      .sort((a, b) => b.bound - a.bound);
    let rest = order.reduce((sum, word) => sum + word.bound, 0);
    const touched: number[] = [];
    let candidates: number[] | undefined;
    const final = (doc: number) => total[doc]! * factors[doc]!;
    // The k-th best final score among `docs` so far: every one of them can only gain.
    const kth = (among: number[]) => {
      const top: number[] = [];
      for (const doc of among) {
        const score = final(doc);
        if (top.length < limit || score > top[top.length - 1]!) {
          let i = top.length;
          while (i > 0 && top[i - 1]! < score) i--;
          top.splice(i, 0, score);
          if (top.length > limit) top.pop();
        }
      }
      return top.length < limit ? 0 : top[limit - 1]!;
    };

    let e = 0;
    order.forEach(({ expansions, bound }, i) => {
      const credit = (doc: number, score: number) => {
        if (lastExpansion[doc] !== e) {
          if (!seen[doc]) {
            seen[doc] = 1;
            touched.push(doc);
            factors[doc] = factor(doc);
          }
          lastExpansion[doc] = e;
          total[doc] += best[doc] = score;
        } else if (score > best[doc]!) {
          total[doc] += score - best[doc]!;
          best[doc] = score;
        }
      };
      for (const expansion of expansions) {
        e++;
        for (const [id, x] of expansion) {
          const from = start[id]!;
          const to = start[id + 1]!;
          if (!candidates) {
            for (let p = from; p < to; p++) credit(docs[p]!, x * weights[p]!);
          } else if (candidates.length * Math.log2(to - from + 1) < to - from) {
            for (const doc of candidates) {
              const p = find(docs, from, to, doc);
              if (p >= 0) credit(doc, x * weights[p]!);
            }
          } else {
            for (let p = from; p < to; p++) if (kept[docs[p]!] === keep) credit(docs[p]!, x * weights[p]!);
          }
        }
      }
      rest -= bound;
      // Finding the k-th best reads every article touched so far: while there are many, only now and then.
      if (i === order.length - 1 || touched.length < limit || (!candidates && i & (i + 1) && i % 8 !== 7)) return;
      const threshold = kth(candidates ?? touched);
      if (!candidates && rest * maxFactor >= threshold) return;
      keep++;
      candidates = (candidates ?? touched).filter((doc) => {
        const reach = (total[doc]! + rest) * factors[doc]!;
        if (reach < threshold) return false;
        kept[doc] = keep;
        return true;
      });
    });

    const top: Ranked[] = [];
    for (const doc of candidates ?? touched) {
      const score = final(doc);
      if (score > 0 && limit > 0 && (top.length < limit || score > top[top.length - 1]![1])) {
        let i = top.length;
        while (i > 0 && top[i - 1]![1] < score) i--;
        top.splice(i, 0, [doc, score]);
        if (top.length > limit) top.pop();
      }
    }
    for (const doc of touched) total[doc] = best[doc] = lastExpansion[doc] = seen[doc] = 0;
    return top;
  };
}
