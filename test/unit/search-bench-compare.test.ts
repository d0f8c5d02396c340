import { describe, expect, it } from 'vitest';
import { shortfalls } from '../../bench/search/compare';
import type { Quality, QualityByKind } from '../../bench/search/core';

const q = (recallAt1: number, recallAt5: number, mrr: number): Quality => ({ queries: 10, recallAt1, recallAt5, mrr });
const quality = (byKind: QualityByKind['byKind']): QualityByKind => ({ overall: q(0, 0, 0), byKind });

describe('search bench: engine against naive Fuse', () => {
  it('accepts ties at 1.00 and strictly better figures below it', () => {
    const naive = quality({ typo: q(1, 1, 1), exact: q(0.9, 1, 0.95), long: q(0.5, 0.75, 0.6) });
    const engine = quality({ typo: q(1, 1, 1), exact: q(1, 1, 1), long: q(0.6, 0.8, 0.7) });
    expect(shortfalls(naive, engine)).toEqual([]);
  });

  it('reports every metric of every kind that ties below 1.00 or falls behind', () => {
    const naive = quality({ 'word-order': q(0.5, 0.9, 0.7), typo: q(1, 1, 1) });
    const engine = quality({ 'word-order': q(0.9, 0.9, 0.9), typo: q(0.8, 1, 0.9) });
    expect(shortfalls(naive, engine)).toEqual([
      { kind: 'word-order', metric: 'recallAt5', naive: 0.9, engine: 0.9 },
      { kind: 'typo', metric: 'recallAt1', naive: 1, engine: 0.8 },
      { kind: 'typo', metric: 'mrr', naive: 1, engine: 0.9 },
    ]);
  });

  it('counts a kind the engine was not scored on as zero', () => {
    expect(shortfalls(quality({ prefix: q(0, 0, 0) }), quality({}))).toHaveLength(3);
  });
});
