import type { SearchBenchResult } from '../search/core';
import { ENGINE_HEADS, ENGINE_NAMES } from '../search/engines';
import { f2, learningLine, q3 } from '../search/report';
import { KINDS, PARTS, type Part } from '../search/set';
import { buildVerdict, firstBuildVerdict, keystrokeVerdict, qualityVerdict, type Verdict } from '../search/targets';
import { ms, type Row, verdict } from './report';

const PART_NAMES: Record<Part, string> = { tuning: 'tuning', heldOut: 'held-out' };
const targetOf = (v: Verdict | undefined) => ({ target: v?.target ?? '', verdict: v ? verdict(v.met) : '' });
const HEADS = ENGINE_NAMES.map((e) => ENGINE_HEADS[e].split(' ')[0]).join(' ');

/** Speed and build rows of one environment: the project engine's. */
export function searchSpeedRows(env: string, result: SearchBenchResult): Row[] {
  const first = result.firstBuild;
  const firstRow: Row = {
    area: 'search',
    measure: `${env}, ${first.size.toLocaleString('en')} articles: a page's first buildArticleSearch (reads the built-in table; JIT cold): median total, longest task`,
    value: `${ms(first.total)} ms, longest task ${ms(first.longestTask)} ms`,
    noise: `${ms(first.totals[0]!)}–${ms(first.totals.at(-1)!)} ms`,
    n: `${first.totals.length} builds, each in a fresh ${env === 'Node' ? 'process' : 'browser'}`,
    ...targetOf(firstBuildVerdict(first)),
  };
  return [firstRow, ...result.sizes.flatMap(({ size, timing: t }): Row[] => {
    const at = `${env}, ${size.toLocaleString('en')} articles`;
    return [
      {
        area: 'search',
        measure: `${at}: per keystroke p50 / p95, engine`,
        value: `${ms(t.keystroke.p50)} / ${ms(t.keystroke.p95)} ms`,
        noise: `max ${ms(t.keystroke.max)} ms`,
        n: `${t.keystroke.samples} keys, ${t.keystroke.timedQueries} queries`,
        ...targetOf(keystrokeVerdict(size, t)),
      },
      {
        area: 'search',
        measure: `${at}: index build, engine; buildArticleSearch in slices: total, longest task`,
        value: `${ms(t.build.median)} ms; ${ms(t.sliced.median)} ms, longest task ${ms(t.sliced.longestTask.max)} ms`,
        noise: `first ${ms(t.build.first)} ms; longest task median ${ms(t.sliced.longestTask.median)} ms`,
        n: `${t.build.builds} + ${t.sliced.builds} builds`,
        ...targetOf(buildVerdict(size, t)),
      },
    ];
  })];
}

/**
 * Quality rows (the same in every environment, so from Node only): per size, part and kind the Recall@5 of engines
 * (a)–(g), with (d)'s Recall@1 / Recall@5 / MRR@5 beside; then the learning simulation.
 */
export function searchQualityRows(result: SearchBenchResult): Row[] {
  return result.sizes.flatMap((size): Row[] => {
    if (!size.quality) return [];
    const fuseEvery = size.quality.fuse?.every ?? 1;
    const rows = PARTS.flatMap((part) =>
      [...KINDS, 'overall' as const].map((kind): Row => {
        const get = (e: (typeof ENGINE_NAMES)[number]) => {
          const q = size.quality![e]?.parts[part];
          return kind === 'overall' ? q?.overall : q?.byKind[kind];
        };
        return {
          area: 'search',
          measure: `${size.size.toLocaleString('en')} articles, ${PART_NAMES[part]}, ${kind}: Recall@5 ${HEADS}`,
          value: ENGINE_NAMES.map((e) => f2(get(e)?.recallAt5)).join(' · '),
          noise: `(d) R@1/R@5/MRR@5 ${q3(get('engine'))}`,
          n: `${get('engine')?.queries ?? 0} queries${fuseEvery > 1 ? `, (a) ${get('fuse')?.queries ?? 0}` : ''}`,
          ...targetOf(qualityVerdict(size, part, kind)),
        };
      }),
    );
    const l = size.learning;
    if (l) {
      rows.push(
        ...PARTS.map(
          (part): Row => ({
            area: 'search',
            measure: `${size.size.toLocaleString('en')} articles, ${PART_NAMES[part]}: learning (k = ${l.k}), events until a vocabulary query is in the top 5`,
            value: learningLine(l, l.parts[part]),
            noise:
              `${l.noisePerRound} noise events a round, ${l.noiseLearned} noise pairs learned` +
              (part === 'heldOut' ? `; learnt from the tuning part only: R@5 ${f2(l.heldOutFromTuning.before)} → ${f2(l.heldOutFromTuning.after)}` : ''),
            n: `${l.parts[part].queries} queries, ${l.rounds} rounds`,
            target: '',
            verdict: '',
          }),
        ),
      );
    }
    return rows;
  });
}
