import type { InvertedIndex } from './inverted-index';
import type { PlannedWord } from './planner';

/** An article position and its score. */
export type Ranked = [doc: number, score: number];

/**
 * Scores articles for planned query words and returns the best `limit`, best first, and the keyword queries'
 * champions: per word, the article with its strongest match, best first. The caller gives a champion missing from
 * the hits it shows the last place.
 */
export type Rank = (
  words: PlannedWord[],
  limit: number,
  factor: (doc: number) => number,
) => { top: Ranked[]; champions: Ranked[] };

// Up to this many words a query is a few keywords, each meant on its own; longer ones are descriptions, whose
// single words mean little alone ("Woche", "Zeit").
const KEYWORD_QUERY = 3;

/**
 * Scoring of keyword queries (each word at the weight of its terms): within one expansion only the best term counts (so a word with
 * many completions or near misses cannot outweigh an exact one); expansions add up; the sum is scaled by the share of
 * query words the article matched and by `factor` (locale and request-type preferences). The per-article buffers are
 * allocated once and only the touched entries are cleared after each search, which keeps a keystroke from producing
 * garbage in proportion to the knowledge base.
 *
 * Keyword queries also cover each word on its own: the share of matched words favours articles that mention every
 * keyword somewhere, however faintly, over the one article that is about one keyword but lacks another (its summary
 * need not name the settings page it is on, say). So the articles with the strongest match for some keyword are
 * returned beside the hits, for the last place of the list shown.
 */
export function createRank(index: InvertedIndex, count: number): Rank {
  const total = new Float64Array(count);
  const best = new Float64Array(count);
  const lastExpansion = new Int32Array(count);
  const lastWord = new Int32Array(count);
  const matched = new Uint8Array(count);
  return (words, limit, factor) => {
    const touched: number[] = [];
    // Per word, the article with its strongest single match for the word itself (its first expansion: not a part
    // of a compound the user typed, as "pass" in "Passwort") and that term's score there, before `factor`: that is
    // only worked out for the few articles that end up mattering, as calling it for every posting slowed typing.
    const strongest: Ranked[] = [];
    let e = 0;
    words.forEach((expansions, w) => {
      let strongestDoc = -1;
      let strongestScore = 0;
      expansions.forEach((expansion, x) => {
        e++;
        for (const [id, weight] of expansion) {
          for (let p = index.start[id]!; p < index.start[id + 1]!; p++) {
            const doc = index.docs[p]!;
            const score = weight * index.weights[p]!;
            if (lastExpansion[doc] !== e) {
              if (lastWord[doc] !== w + 1) {
                if (!lastWord[doc]) touched.push(doc);
                matched[doc]++;
                lastWord[doc] = w + 1;
              }
              lastExpansion[doc] = e;
              total[doc] += best[doc] = score;
            } else if (score > best[doc]!) {
              total[doc] += score - best[doc]!;
              best[doc] = score;
            }
            if (score > strongestScore && !x) {
              strongestScore = score;
              strongestDoc = doc;
            }
          }
        }
      });
      strongest.push([strongestDoc, strongestScore]);
    });
    const top: Ranked[] = [];
    const keywords = words.length > 1 && words.length <= KEYWORD_QUERY;
    const champions = new Map(keywords ? strongest.filter(([doc]) => doc >= 0) : []);
    const championScores = new Map<number, number>();
    for (const doc of touched) {
      const score = ((total[doc]! * matched[doc]!) / words.length) * factor(doc);
      total[doc] = best[doc] = lastExpansion[doc] = lastWord[doc] = matched[doc] = 0;
      if (champions.has(doc)) championScores.set(doc, score);
      if (score > 0 && limit > 0 && (top.length < limit || score > top[top.length - 1]![1])) {
        let i = top.length;
        while (i > 0 && top[i - 1]![1] < score) i--;
        top.splice(i, 0, [doc, score]);
        if (top.length > limit) top.pop();
      }
    }
    return {
      top,
      champions: [...champions]
        .filter(([doc]) => championScores.get(doc)! > 0)
        .sort((a, b) => b[1] * factor(b[0]) - a[1] * factor(a[0]))
        .map(([doc]): Ranked => [doc, championScores.get(doc)!]),
    };
  };
}
