import type { ArticleSummary } from '../api/contract';
import { analyze } from './tokenize';

// Title words say most about an article, keywords were chosen by its author, the excerpt is prose.
const FIELDS: Array<[field: (a: ArticleSummary) => string, boost: number]> = [
  [(a) => a.title, 3],
  [(a) => a.keywords.join(' '), 2],
  [(a) => a.excerpt, 1],
];
// Standard BM25 constants: term frequency saturates quickly, long fields are damped.
const K1 = 1.2;
const B = 0.75;

/** Term-to-article postings with precomputed BM25F weights, so a search only adds numbers. */
export interface InvertedIndex {
  /** The vocabulary, sorted so that prefixes are a contiguous range; a term's position is its id. */
  terms: string[];
  ids: Map<string, number>;
  idf: number[];
  /** Per term id: article positions in ascending order. */
  docs: number[][];
  /** Per term id: the term's weight in each of those articles (idf × saturated, field-boosted frequency). */
  weights: number[][];
}

export function buildIndex(articles: readonly ArticleSummary[]): InvertedIndex {
  const analysed = articles.map((a) => FIELDS.map(([field]) => analyze(field(a))));
  const averages = FIELDS.map((_, f) => analysed.reduce((sum, d) => sum + d[f]!.length, 0) / analysed.length || 1);
  const postings = new Map<string, [docs: number[], weights: number[]]>();
  analysed.forEach((fields, doc) => {
    const tf = new Map<string, number>();
    fields.forEach((terms, f) => {
      const w = FIELDS[f]![1] / (1 - B + (B * terms.length) / averages[f]!);
      for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + w);
    });
    for (const [t, x] of tf) {
      let p = postings.get(t);
      if (!p) postings.set(t, (p = [[], []]));
      p[0].push(doc);
      p[1].push((x * (K1 + 1)) / (x + K1));
    }
  });
  const terms = [...postings.keys()].sort();
  const index: InvertedIndex = { terms, ids: new Map(), idf: [], docs: [], weights: [] };
  terms.forEach((t, id) => {
    const [docs, weights] = postings.get(t)!;
    const idf = Math.log(1 + (articles.length - docs.length + 0.5) / (docs.length + 0.5));
    index.ids.set(t, id);
    index.idf.push(idf);
    index.docs.push(docs);
    index.weights.push(weights.map((w) => w * idf));
  });
  return index;
}
