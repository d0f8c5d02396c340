import { shortfalls } from '../search/compare';
import type { QualityByKind, SearchBenchResult } from '../search/core';
import { ms, type Row, verdict } from './report';

// The issue's targets for the engine (issue 4): per-keystroke p95 and index build by article count, Recall@5 overall.
const P95_TARGET: Record<number, number> = { 2000: 4, 10_000: 16 };
const BUILD_TARGET: Record<number, number> = { 10_000: 100 };
const RECALL5_TARGET = 0.9;

const q3 = (q: QualityByKind['overall']): string => `${q.recallAt1.toFixed(2)} / ${q.recallAt5.toFixed(2)} / ${q.mrr.toFixed(2)}`;

/** Speed, build and quality rows of one environment, naive Fuse → engine side by side. */
export function searchRows(env: string, result: SearchBenchResult): Row[] {
  return result.sizes.flatMap(({ size, engines: { naive, project } }): Row[] => {
    const at = `${env}, ${size.toLocaleString('en')} articles`;
    const p95Target = P95_TARGET[size];
    const buildTarget = BUILD_TARGET[size];
    const sameQueries = project.qualityOnNaiveSample ?? project.quality;
    // Per kind only where naive Fuse was scored on every query: on a sample, a kind has one or two queries.
    const perKind = naive.sampling.qualityEvery === 1;
    const short = perKind ? shortfalls(naive.quality, sameQueries) : [];
    const notBetter = [...new Set(short.map((s) => s.kind))];
    return [
      {
        area: 'search',
        measure: `${at}: per keystroke p50 / p95, naive Fuse → engine`,
        value: `${ms(naive.keystroke.p50)} / ${ms(naive.keystroke.p95)} → ${ms(project.keystroke.p50)} / ${ms(project.keystroke.p95)} ms`,
        noise: `max ${ms(naive.keystroke.max)} → ${ms(project.keystroke.max)} ms`,
        n: `${naive.keystroke.samples} → ${project.keystroke.samples} keys`,
        target: p95Target === undefined ? '' : `engine p95 ≤ ${p95Target} ms`,
        verdict: p95Target === undefined ? '' : verdict(project.keystroke.p95 <= p95Target),
      },
      {
        area: 'search',
        measure: `${at}: index build, naive Fuse → engine`,
        value: `${ms(naive.build.median)} → ${ms(project.build.median)} ms`,
        noise: `first ${ms(naive.build.first)} → ${ms(project.build.first)} ms`,
        n: `${naive.build.builds} → ${project.build.builds} builds`,
        target: buildTarget === undefined ? '' : `engine ≤ ${buildTarget} ms`,
        verdict: buildTarget === undefined ? '' : verdict(project.build.median <= buildTarget),
      },
      {
        area: 'search',
        measure: `${at}: Recall@1 / @5 / MRR, naive Fuse → engine${notBetter.length ? ` (engine not above naive: ${notBetter.join(', ')})` : ''}`,
        value: `${q3(naive.quality.overall)} → ${q3(sameQueries.overall)}`,
        noise: project.qualityOnNaiveSample ? `engine on all ${project.quality.overall.queries}: ${q3(project.quality.overall)}` : '',
        n: `${naive.quality.overall.queries} queries`,
        target: perKind ? `R@5 ≥ ${RECALL5_TARGET}, ≥ naive per kind on R@1, R@5, MRR (> where naive < 1)` : `R@5 ≥ ${RECALL5_TARGET}`,
        verdict: verdict(project.quality.overall.recallAt5 >= RECALL5_TARGET && notBetter.length === 0),
      },
    ];
  });
}
