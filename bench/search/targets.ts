// The targets of issue #15 for the search bench, in one place, so that `npm run bench:search` and `npm run bench`
// judge alike. Quality targets apply at 10,000 articles on both parts (tuning and held-out); speed targets at 2,000
// and 10,000 articles in Node and in Chromium.
import type { FirstBuild, SizeResult, Timing } from './core';
import type { EngineName } from './engines';
import type { Quality } from './quality';
import type { Part, QueryKind } from './set';

export const TARGET_SIZE = 10_000;
export const KEYSTROKE_P95_MS = 4;
export const BUILD_MS = 150;
export const LONGEST_TASK_MS = 50;
const LONG_R5 = 0.95;
const VOCABULARY_R5 = 0.85;
const OVERALL_R5 = 0.95;
const OVERALL_MRR = 0.9;

/** A target's text and whether `size`'s figures meet it; none where no target applies. */
export interface Verdict {
  target: string;
  met: boolean;
}

const of = (size: SizeResult, engine: EngineName, part: Part, kind: QueryKind | 'overall'): Quality | undefined => {
  const q = size.quality?.[engine]?.parts[part];
  return kind === 'overall' ? q?.overall : q?.byKind[kind];
};

/** The quality target for one kind (or overall) and part at this size. */
export function qualityVerdict(size: SizeResult, part: Part, kind: QueryKind | 'overall'): Verdict | undefined {
  if (size.size !== TARGET_SIZE) return undefined;
  const r5 = (engine: EngineName) => of(size, engine, part, kind)?.recallAt5 ?? 0;
  const engine = of(size, 'engine', part, kind);
  if (!engine) return undefined;
  if (kind === 'long') {
    return { target: `(d) R@5 ≥ ${LONG_R5} and > MiniSearch (b, c)`, met: engine.recallAt5 >= LONG_R5 && engine.recallAt5 > Math.max(r5('minisearch'), r5('minisearchDev')) };
  }
  if (kind === 'vocabulary') {
    const learning = of(size, 'learning', part, kind);
    return {
      target: `(d) R@5 ≥ ${VOCABULARY_R5}; (g) > (d)`,
      met: engine.recallAt5 >= VOCABULARY_R5 && (learning === undefined || learning.recallAt5 > engine.recallAt5),
    };
  }
  if (kind === 'overall') {
    return { target: `(d) R@5 ≥ ${OVERALL_R5}, MRR@5 ≥ ${OVERALL_MRR}`, met: engine.recallAt5 >= OVERALL_R5 && engine.mrr >= OVERALL_MRR };
  }
  return undefined;
}

export function keystrokeVerdict(size: number, timing: Timing): Verdict | undefined {
  return size >= 2000 ? { target: `p95 ≤ ${KEYSTROKE_P95_MS} ms`, met: timing.keystroke.p95 <= KEYSTROKE_P95_MS } : undefined;
}

/** A page's first build, with the built-in table and a cold JIT: what every page pays, held to the build's targets. */
export function firstBuildVerdict(first: FirstBuild): Verdict | undefined {
  if (first.size !== TARGET_SIZE) return undefined;
  return {
    target: `≤ ${BUILD_MS} ms, no task > ${LONGEST_TASK_MS} ms`,
    met: first.total <= BUILD_MS && first.longestTask <= LONGEST_TASK_MS,
  };
}

export function buildVerdict(size: number, timing: Timing): Verdict | undefined {
  if (size !== TARGET_SIZE) return undefined;
  return {
    target: `sliced build ≤ ${BUILD_MS} ms, no task > ${LONGEST_TASK_MS} ms`,
    met: timing.sliced.median <= BUILD_MS && timing.sliced.longestTask.max <= LONGEST_TASK_MS,
  };
}
