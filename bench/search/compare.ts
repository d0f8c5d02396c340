// The rule by which the engine counts as better than naive Fuse per query kind, in one place, so that every report
// of the search bench applies and prints the same rule.
import type { Quality, QualityByKind } from './core';
import type { QueryKind } from './queries';

export type Metric = 'recallAt1' | 'recallAt5' | 'mrr';

export const METRICS: Record<Metric, string> = { recallAt1: 'Recall@1', recallAt5: 'Recall@5', mrr: 'MRR' };

/** The rule as printed beside its verdict. */
export const COMPARISON_RULE =
  'in every kind the engine is at least naive Fuse on Recall@1, Recall@5 and MRR, and strictly above it on each of ' +
  'those where naive Fuse is below 1.00 (at 1.00 it can only tie)';

/** A kind and metric in which the engine does not meet {@link COMPARISON_RULE}. */
export interface Shortfall {
  kind: QueryKind;
  metric: Metric;
  naive: number;
  engine: number;
}

// Both sides are fractions of the same queries, so equal counts give equal numbers; the margin only absorbs rounding.
const EPSILON = 1e-9;

function meets(naive: number, engine: number): boolean {
  return naive >= 1 - EPSILON ? engine >= naive - EPSILON : engine > naive + EPSILON;
}

/** Where the engine falls short of {@link COMPARISON_RULE}; both must be scored on the same queries. */
export function shortfalls(naive: QualityByKind, engine: QualityByKind): Shortfall[] {
  return (Object.entries(naive.byKind) as Array<[QueryKind, Quality]>).flatMap(([kind, q]) =>
    (Object.keys(METRICS) as Metric[])
      .filter((metric) => !meets(q[metric], engine.byKind[kind]?.[metric] ?? 0))
      .map((metric) => ({ kind, metric, naive: q[metric], engine: engine.byKind[kind]?.[metric] ?? 0 })),
  );
}
