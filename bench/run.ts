// `npm run bench`: every figure of issue 8 in one table — bytes, host cost, first open, search (Node and Chromium),
// memory, portal under load. Prints progress on stderr and the table on stdout; writes bench/results/bench.json, the
// table in docs/benchmarks.md and the summary in the README.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  type BenchMachine, describeRun, renderSummaryBlock, renderTableBlock, replaceBetween, SUMMARY_MARKERS, TABLE_MARKERS, verdictLine,
} from './benchmarks-doc';
import { kb, ms, type Row, renderTable, spread } from './browser/report';
import { runSearchInChromium } from './browser/search';
import { searchQualityRows, searchSpeedRows } from './browser/search-rows';
import { runWidgetBench } from './browser/widget';
import { firstOpenRows, hostCostRows, memoryRows } from './browser/widget-rows';
import { jsmRows } from './jsm';
import type { ScenarioResult } from './portal/load';
import { readArticles } from './search/articles';
import { runSearchInNode } from './search/node-process';
import { heldOut, tuning } from './search/set';

const ROOT = join(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const SEARCH_SIZES = [2000, 10_000];
// Naive Fuse costs seconds per query at 10,000 articles (long queries most): it is scored on every n-th query of
// each part so that the whole bench fits about 15 minutes; every other engine on every query. Quality is scored in
// Node only (the same code on the same data gives the same ranks in Chromium); Chromium times the engine.
const FUSE_EVERY = (size: number): number => (size <= 500 ? 1 : size <= 5000 ? 5 : 20);
const WIDGET = { hostCostRuns: 7, openRuns: 50, memoryRuns: 3, memoryCycles: 50 };

const started = performance.now();
const log = (line: string): void => void process.stderr.write(`[${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${line}\n`);
// Other processes skew every figure on a small shared machine, so the report records the load while it ran.
const loadSamples = [os.loadavg()[0] ?? 0];
setInterval(() => loadSamples.push(os.loadavg()[0] ?? 0), 10_000).unref();

/** Builds when dist/ is missing or older than the newest source file: the bench measures what src/ says. */
function ensureBuild(): void {
  const newest = (dir: string): number =>
    Math.max(0, ...readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => statSync(join(e.parentPath, e.name)).mtimeMs));
  const loader = join(DIST, 'med-support.js');
  if (existsSync(loader) && statSync(loader).mtimeMs >= newest(join(ROOT, 'src'))) return;
  log('dist/ is missing or older than src/: npm run build');
  execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
}

/** A copy of dist/ to measure and serve: other builds may replace dist/ while the bench runs. */
async function snapshotDist(): Promise<string> {
  const dir = await mkdtemp(join(os.tmpdir(), 'medsupport-bench-dist-'));
  await cp(DIST, dir, { recursive: true });
  return dir;
}

interface SizeScript {
  firstOpenFiles(entry: string): string[];
  measure(files: string[]): { raw: number; gzip: number; brotli: number };
}

async function bytesRows(dist: string): Promise<{ rows: Row[]; json: Record<string, unknown> }> {
  // A computed specifier: scripts/size.mjs ships no type declarations.
  const size = (await import(pathToFileURL(join(ROOT, 'scripts', 'size.mjs')).href)) as SizeScript;
  const loader = [join(dist, 'med-support.js')];
  const firstOpen = size.firstOpenFiles(join(dist, 'med-support-panel.js'));
  const lazy = readdirSync(join(dist, 'chunks')).map((f) => join(dist, 'chunks', f)).filter((f) => !firstOpen.includes(f));
  const groups: [string, string[]][] = [
    ['loader (dist/med-support.js)', loader],
    [`first open: panel code (${firstOpen.length} file${firstOpen.length === 1 ? '' : 's'})`, firstOpen],
    ['loader + first open', [...loader, ...firstOpen]],
    [`lazy chunks, loaded on demand (${lazy.length} files)`, lazy],
  ];
  const measured = groups.map(([name, files]) => ({ name, files: files.length, ...size.measure(files) }));
  const rows = measured.map(
    (m): Row => ({ area: 'bytes', measure: `${m.name}, gzip / brotli`, value: `${kb(m.gzip)} / ${kb(m.brotli)}`, noise: '', n: `raw ${kb(m.raw)}`, target: '', verdict: '' }),
  );
  return { rows, json: { groups: measured } };
}

/** The portal load test (bench/portal.ts) as a step of its own; its report is read back from its JSON. */
async function portalStep(): Promise<{ rows: Row[]; json: unknown }> {
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'bench', 'portal.ts')], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.on('data', (chunk: Buffer) => process.stderr.write(chunk));
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`bench/portal.ts exited with ${code}`))));
  });
  const report = JSON.parse(await readFile(join(ROOT, 'bench', 'results', 'portal.json'), 'utf8')) as {
    databaseRequests: number;
    connections: number;
    durationSeconds: number;
    results: ScenarioResult[];
  };
  const rows = report.results.map(
    (r): Row => ({
      area: 'portal',
      measure: `${r.scenario}: p50 / p95 (${report.databaseRequests.toLocaleString('en')} requests in the DB, ${report.connections} connections)`,
      value: `${ms(r.p50)} / ${ms(r.p95)} ms`,
      noise: `p99 ${ms(r.p99)}, max ${ms(r.max)} ms`,
      n: `${r.requests} in ${report.durationSeconds} s`,
      // bench/portal.ts puts the target on every GET /requests scenario, the cache misses included.
      target: r.targetP95Ms === null ? '' : `p95 < ${r.targetP95Ms} ms`,
      verdict: r.targetP95Ms === null ? '' : r.p95 < r.targetP95Ms ? 'met' : 'MISSED',
    }),
  );
  return { rows, json: report };
}

ensureBuild();
const dist = await snapshotDist();
const bytes = await bytesRows(dist);
const widget = await runWidgetBench({ ...WIDGET, distDir: dist, log }).finally(() => rm(dist, { recursive: true, force: true }));
log('portal under load (bench/portal.ts)');
const portal = await portalStep();
log('JSM gateway against the simulator (bench/jsm.ts)');
const jsm = await jsmRows();
const realArticles = readArticles(join(ROOT, 'server', 'articles'));
log(`search in Node: ${realArticles.length} real articles, ${tuning.length} + ${heldOut.length} labelled queries`);
const nodeSearch = await runSearchInNode(SEARCH_SIZES, FUSE_EVERY, (l) => log(`node ${l}`));
log('search in Chromium');
const chromiumSearch = await runSearchInChromium(realArticles, SEARCH_SIZES, log);

const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage();
const loadDuring = spread(loadSamples);
const cpuModel = /^model name\s*:\s*(.+)$/m.exec(await readFile('/proc/cpuinfo', 'utf8').catch(() => ''))?.[1] ?? os.cpus()[0]?.model ?? 'unknown';
const machine: BenchMachine = {
  date: new Date().toISOString(),
  nproc: os.availableParallelism(),
  cpu: cpuModel,
  node: process.version,
  chromium: widget.chromium,
  loadAverage1m: { median: Number(loadDuring.median.toFixed(1)), min: Number(loadDuring.min.toFixed(1)), max: Number(loadDuring.max.toFixed(1)) },
  seconds: Math.round(seconds),
  // Wall time depends on what else the machine runs; this process's CPU time (the Node search and the drivers) less so.
  cpuSecondsThisProcess: Math.round((cpu.user + cpu.system) / 1e6),
};
const rows: Row[] = [
  ...bytes.rows,
  ...hostCostRows(widget),
  ...firstOpenRows(widget),
  ...searchSpeedRows('Node', nodeSearch),
  ...searchSpeedRows('Chromium', chromiumSearch),
  ...searchQualityRows(nodeSearch),
  ...memoryRows(widget),
  ...portal.rows,
  ...jsm,
];

console.log(`MedSupport bench, ${describeRun(machine)}`);
console.log('Values over several runs are medians, noise their min–max (search: slowest keystroke, first build; portal: p99, max).');
console.log(renderTable(rows));
console.log(`\n${verdictLine(rows)}`);

await mkdir(join(ROOT, 'bench', 'results'), { recursive: true });
const report = { machine, rows, bytes: bytes.json, widget, search: { node: nodeSearch, chromium: chromiumSearch, fuseEvery: Object.fromEntries(SEARCH_SIZES.map((s) => [s, FUSE_EVERY(s)])) }, portal: portal.json };
await writeFile(join(ROOT, 'bench', 'results', 'bench.json'), `${JSON.stringify(report, null, 2)}\n`);
log('written bench/results/bench.json');
const rewrite = async (file: string, markers: typeof TABLE_MARKERS, block: string): Promise<void> => {
  const path = join(ROOT, file);
  await writeFile(path, replaceBetween(await readFile(path, 'utf8'), markers, block));
  log(`written ${file}`);
};
await rewrite(join('docs', 'benchmarks.md'), TABLE_MARKERS, renderTableBlock({ machine, rows }));
await rewrite('README.md', SUMMARY_MARKERS, renderSummaryBlock({ machine, rows }));
