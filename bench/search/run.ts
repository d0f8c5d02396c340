// Node entry of the search bench: `npm run bench:search`, or `npx tsx bench/search/run.ts [--sizes=200,2000]
// [--clock=cpu]`. Reads the knowledge base, runs the shared measurement of core.ts with the learning simulation,
// prints the tables and writes bench/results/search-node.json. `--clock=cpu` times with this process's CPU time
// instead of the wall clock: on a machine shared with other busy processes the wall clock mostly measures waiting
// for a core.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readArticles } from './articles';
import { runSearchBench, type SearchBenchResult } from './core';
import { ENGINE_DESCRIPTIONS, ENGINE_HEADS, ENGINE_NAMES } from './engines';
import { simulateLearning } from './learning';
import { f2, learningLine, q3 } from './report';
import { heldOut, KINDS, PARTS, type Part, tuning } from './set';
import { buildVerdict, firstBuildVerdict, keystrokeVerdict, qualityVerdict } from './targets';

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
const parts = { tuning, heldOut };
const loadBefore = loadavg()[0]!;
console.log(
  `${realArticles.length} knowledge-base articles, ${tuning.length} tuning + ${heldOut.length} held-out labelled queries; ${clock} clock; ` +
    `load average ${loadBefore.toFixed(1)} on ${cpus().length} cores\n`,
);
const started = performance.now();
const result = await runSearchBench({
  realArticles,
  parts,
  sizes,
  now,
  learning: (articles) => simulateLearning(articles, parts),
  log: (line) => console.log(line),
});
const loadAfter = loadavg()[0]!;
const seconds = (performance.now() - started) / 1000;

const ms = (x: number) => (x < 10 ? x.toFixed(2) : x.toFixed(0));
const pad = (s: string | number, n: number) => String(s).padStart(n);
const PART_NAMES: Record<Part, string> = { tuning: 'tuning part', heldOut: 'held-out part' };

function print(r: SearchBenchResult) {
  console.log('\nEngines:');
  for (const name of ENGINE_NAMES) console.log(`  ${ENGINE_HEADS[name].padEnd(14)} ${ENGINE_DESCRIPTIONS[name]}`);
  for (const size of r.sizes) {
    if (!size.quality) continue;
    const fuseEvery = size.quality.fuse?.every ?? 1;
    for (const part of PARTS) {
      console.log(
        `\n${size.size.toLocaleString('en')} articles, ${PART_NAMES[part]}: Recall@1/Recall@5/MRR@5` +
          (fuseEvery > 1 ? ` (naive Fuse on every ${fuseEvery}th query only; n is its count)` : ''),
      );
      console.log(`${'kind'.padEnd(12)}${pad('n', 4)}${pad('Fuse n', 7)}  ${ENGINE_NAMES.map((e) => ENGINE_HEADS[e].padEnd(15)).join('')}target`);
      for (const kind of [...KINDS, 'overall' as const]) {
        const get = (e: (typeof ENGINE_NAMES)[number]) => {
          const q = size.quality![e]?.parts[part];
          return kind === 'overall' ? q?.overall : q?.byKind[kind];
        };
        const verdict = qualityVerdict(size, part, kind);
        console.log(
          `${kind.padEnd(12)}${pad(get('engine')?.queries ?? 0, 4)}${pad(get('fuse')?.queries ?? 0, 7)}  ` +
            ENGINE_NAMES.map((e) => q3(get(e)).padEnd(15)).join('') +
            (verdict ? `${verdict.target}: ${verdict.met ? 'met' : 'MISSED'}` : ''),
        );
      }
      if (size.engineOnFuseSample) {
        const s = size.engineOnFuseSample[part].overall;
        console.log(`(d) engine on naive Fuse's sample (${s.queries} queries): ${q3(s)}`);
      }
    }
  }
  const learned = r.sizes.filter((s) => s.learning);
  if (learned.length) {
    const l0 = learned[0]!.learning!;
    console.log(
      `\nLearning (server/feedback/learner.ts, k = ${l0.k} distinct practices): practice p1, p2, … reports each vocabulary ` +
        `query's terms for its article, one event per query a round, ${l0.noisePerRound} noise events a round (other queries' terms, random articles).`,
    );
    for (const size of learned) {
      const l = size.learning!;
      for (const part of PARTS) {
        console.log(`${pad(size.size.toLocaleString('en'), 7)} articles, ${PART_NAMES[part].padEnd(13)} (${l.parts[part].queries} queries): ${learningLine(l, l.parts[part])}`);
      }
      console.log(
        `${pad('', 7)}          noise pairs learned after ${l.rounds} rounds: ${l.noiseLearned}; held-out vocabulary R@5 when only the ` +
          `tuning part's queries were reported (k rounds): ${f2(l.heldOutFromTuning.before)} → ${f2(l.heldOutFromTuning.after)}`,
      );
    }
  }
  console.log(`\nSpeed of the project engine: per keystroke (each prefix of the first ${r.typedLength} characters of a timed query, fresh engine per query), builds`);
  console.log(
    `${'articles'.padEnd(9)}${pad('queries', 8)}${pad('keys', 6)}${pad('p50 ms', 9)}${pad('p95 ms', 9)}${pad('max ms', 9)}` +
      `${pad('build first', 13)}${pad('median', 8)}${pad('sliced', 8)}${pad('longest task', 14)}  targets`,
  );
  for (const { size, timing: t } of r.sizes) {
    const verdicts = [keystrokeVerdict(size, t), buildVerdict(size, t)].filter((v) => v !== undefined);
    console.log(
      `${String(size).padEnd(9)}${pad(t.keystroke.timedQueries, 8)}${pad(t.keystroke.samples, 6)}${pad(ms(t.keystroke.p50), 9)}${pad(ms(t.keystroke.p95), 9)}` +
        `${pad(ms(t.keystroke.max), 9)}${pad(ms(t.build.first), 13)}${pad(ms(t.build.median), 8)}${pad(ms(t.sliced.median), 8)}` +
        `${pad(`${ms(t.sliced.longestTask.median)}–${ms(t.sliced.longestTask.max)}`, 14)}  ${verdicts.map((v) => `${v.target}: ${v.met ? 'met' : 'MISSED'}`).join('; ')}`,
    );
  }
  const first = r.firstBuild;
  const firstTarget = firstBuildVerdict(first);
  console.log(
    `first build in a page (${first.size} articles, reads the built-in table, JIT cold): ${ms(first.total)} ms, longest task ` +
      `${ms(first.longestTask)} ms${firstTarget ? `  ${firstTarget.target}: ${firstTarget.met ? 'met' : 'MISSED'}` : ''}`,
  );
  console.log(
    '\nbuild: createArticleSearch, median of 9 in a row; sliced: buildArticleSearch (the page entry) to resolution, median of 5; ' +
      'longest task: the longest main-thread task while it ran, median–max of the 5.',
  );
  console.log('Quality targets apply at 10,000 articles, on both parts.');
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
