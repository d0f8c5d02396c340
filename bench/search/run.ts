// Node entry of the search bench: `npm run bench:search`, or `npx tsx bench/search/run.ts [--sizes=200,2000]
// [--clock=cpu]`. Reads the knowledge base, runs the shared measurement of core.ts, prints the tables and writes
// bench/results/search-node.json. `--clock=cpu` times with this process's CPU time instead of the wall clock: on a
// machine shared with other busy processes the wall clock mostly measures waiting for a core.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readArticles } from './articles';
import { COMPARISON_RULE, METRICS, shortfalls } from './compare';
import { type EngineName, type Quality, type QualityByKind, runSearchBench, type SearchBenchResult } from './core';
import { QUERIES, type QueryKind } from './queries';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const sizesArg = process.argv.find((a) => a.startsWith('--sizes='));
const sizes = sizesArg ? sizesArg.slice(8).split(',').map(Number) : undefined;
const clock = process.argv.includes('--clock=cpu') ? 'cpu' : 'wall';
const now =
  clock === 'cpu'
    ? () => {
        const { user, system } = process.cpuUsage();
        return (user + system) / 1000;
      }
    : () => performance.now();

const realArticles = readArticles(join(root, 'server', 'articles'));
const loadBefore = loadavg()[0]!;
console.log(
  `${realArticles.length} knowledge-base articles, ${QUERIES.length} labelled queries; ${clock} clock; ` +
    `load average ${loadBefore.toFixed(1)} on ${cpus().length} cores\n`,
);
const started = performance.now();
const result = runSearchBench({ realArticles, queries: QUERIES, sizes, now, log: (line) => console.log(line) });
const loadAfter = loadavg()[0]!;
const seconds = (performance.now() - started) / 1000;

const pct = (x: number) => x.toFixed(2);
const ms = (x: number) => (x < 10 ? x.toFixed(2) : x.toFixed(0));
const pad = (s: string | number, n: number) => String(s).padStart(n);
const KINDS: QueryKind[] = ['exact', 'typo', 'umlaut', 'word-order', 'long', 'synonym', 'prefix', 'english'];
const ENGINES: EngineName[] = ['naive', 'project'];

function print(r: SearchBenchResult) {
  for (const { size, engines } of r.sizes) {
    const { naive, project } = engines;
    const sampled = project.qualityOnNaiveSample;
    console.log(`\nQuality at ${size} articles (limit ${r.limit}): Recall@1 / Recall@5 / MRR`);
    console.log(
      `${'kind'.padEnd(12)}${pad('n', 4)}  ${'naive Fuse'.padEnd(22)}${sampled ? `${'project, same queries'.padEnd(24)}` : ''}${pad('n', 4)}  project engine`,
    );
    for (const kind of [...KINDS, 'overall' as const]) {
      const get = (q: QualityByKind | undefined) => (kind === 'overall' ? q?.overall : q?.byKind[kind]);
      const cell = (q: Quality | undefined) => (q ? `${pct(q.recallAt1)} / ${pct(q.recallAt5)} / ${pct(q.mrr)}` : '-');
      console.log(
        `${kind.padEnd(12)}${pad(get(naive.quality)?.queries ?? 0, 4)}  ${cell(get(naive.quality)).padEnd(22)}` +
          `${sampled ? cell(get(sampled)).padEnd(24) : ''}${pad(get(project.quality)?.queries ?? 0, 4)}  ${cell(get(project.quality))}`,
      );
    }
  }
  console.log(`\nEngine against naive Fuse per kind, on the queries both were scored on. Rule: ${COMPARISON_RULE}.`);
  for (const { size, engines } of r.sizes) {
    const { naive, project } = engines;
    const every = naive.sampling.qualityEvery;
    const short = shortfalls(naive.quality, project.qualityOnNaiveSample ?? project.quality);
    const counts = Object.values(naive.quality.byKind).map((q) => q.queries);
    console.log(
      `${String(size).padEnd(9)}${naive.quality.overall.queries} queries ` +
        `(${every === 1 ? 'all' : `every ${every}., ${Math.min(...counts)}–${Math.max(...counts)} per kind`}): ` +
        (short.length
          ? `not met: ${short.map((f) => `${f.kind} ${METRICS[f.metric]} ${pct(f.engine)} vs ${pct(f.naive)}`).join(', ')}`
          : 'met'),
    );
  }
  console.log(`\nSpeed: per keystroke (each prefix of the first ${r.typedLength} characters of a query, limit ${r.limit}), build`);
  console.log(`${'articles'.padEnd(9)}${'engine'.padEnd(9)}${pad('queries', 8)}${pad('keys', 6)}${pad('p50 ms', 9)}${pad('p95 ms', 9)}${pad('max ms', 9)}${pad('build first', 13)}${pad('build median', 14)}`);
  for (const { size, engines } of r.sizes) {
    for (const e of ENGINES) {
      const { keystroke: k, build: b } = engines[e];
      console.log(
        `${String(size).padEnd(9)}${e.padEnd(9)}${pad(k.timedQueries, 8)}${pad(k.samples, 6)}${pad(ms(k.p50), 9)}${pad(ms(k.p95), 9)}${pad(ms(k.max), 9)}${pad(ms(b.first), 13)}${pad(ms(b.median), 14)}`,
      );
    }
  }
  const sampled = r.sizes.filter((s) => s.engines.naive.sampling.qualityEvery > 1 || s.engines.naive.sampling.timedQueries < r.queries);
  console.log(
    '\nThe project engine is scored on every query and timed on every query, with a fresh engine per timed query.' +
      '\nThe naive Fuse setup is too slow for that; it is sampled: ' +
      sampled
        .map((s) => `${s.size} articles: every ${s.engines.naive.sampling.qualityEvery}. query scored, ${s.engines.naive.keystroke.timedQueries} timed`)
        .join('; ') +
      '.',
  );
}

print(result);
const out = join(root, 'bench', 'results', 'search-node.json');
mkdirSync(dirname(out), { recursive: true });
const environment = {
  node: process.version,
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  date: new Date().toISOString(),
  clock,
  loadAverage: { before: loadBefore, after: loadAfter },
};
writeFileSync(out, `${JSON.stringify({ environment, seconds, ...result }, null, 2)}\n`);
console.log(`\n${seconds.toFixed(0)} s; load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after; written to ${out}`);
