// Scoring a search against labelled queries: Recall@1, Recall@5 and MRR@5, per query kind and overall.
import type { Search } from './engines';
import { KINDS, type LabelledQuery, type Part, type QueryKind } from './set';

export interface Quality {
  queries: number;
  recallAt1: number;
  recallAt5: number;
  /** Mean reciprocal rank of the first expected article within the top 5 (0 when absent). */
  mrr: number;
}

export interface QualityByKind {
  overall: Quality;
  byKind: Partial<Record<QueryKind, Quality>>;
}

export type QualityByPart = Record<Part, QualityByKind>;

/** The rank (1-based) of the first expected article among `ids`, 0 when none is there. */
export const rankOf = (query: LabelledQuery, ids: readonly string[]): number => ids.findIndex((id) => query.expected.includes(id)) + 1;

/** Quality of `search` on `queries` (limit 5). */
export function score(queries: readonly LabelledQuery[], search: Search): QualityByKind {
  return summarise(queries.map((query) => [query, rankOf(query, search(query.query, query.locale).slice(0, 5))] as const));
}

/** Quality from the ranks of a set of queries (0: not in the top 5). */
export function qualityOf(ranks: readonly number[]): Quality {
  const n = ranks.length;
  const mean = (f: (rank: number) => number) => ranks.reduce((s, rank) => s + f(rank), 0) / (n || 1);
  return {
    queries: n,
    recallAt1: mean((r) => (r === 1 ? 1 : 0)),
    recallAt5: mean((r) => (r >= 1 && r <= 5 ? 1 : 0)),
    mrr: mean((r) => (r >= 1 && r <= 5 ? 1 / r : 0)),
  };
}

/** Quality from each query's rank (0: not in the top 5). */
export function summarise(ranks: readonly (readonly [LabelledQuery, number])[]): QualityByKind {
  const of = (rs: readonly (readonly [LabelledQuery, number])[]): Quality => qualityOf(rs.map(([, rank]) => rank));
  const byKind: Partial<Record<QueryKind, Quality>> = {};
  for (const kind of KINDS) {
    const of_ = ranks.filter(([query]) => query.kind === kind);
    if (of_.length) byKind[kind] = of(of_);
  }
  return { overall: of(ranks), byKind };
}
