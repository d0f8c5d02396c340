// `npm run bench:trace-open [-- --runs=60 --threshold=50]`: cold opens at launch, each traced, until one has a task of
// at least `threshold` ms between the click and the dialog being interactive; prints what that open's tasks did (the
// events inside them by total time, GC included) and keeps its trace for DevTools. The long opens are rare, so the
// bench's own figures cannot say what they do.
import { writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from './browser/chromium';
import { startPortalProcess } from './browser/portal-process';
import { addProbe, type FirstOpenReport } from './browser/probe';
import { startSite } from './browser/site';
import { TRACE_CATEGORIES, type TraceEvent } from './browser/trace';

const arg = (name: string, fallback: number): number => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const RUNS = arg('runs', 60);
const THRESHOLD = arg('threshold', 50);
const DIST = join(import.meta.dirname, '..', 'dist');

interface TaskSummary {
  /** Milliseconds after the click. */
  at: number;
  ms: number;
  /** Events inside the task by total duration (nested ones counted in their parents as well). */
  inside: [string, number][];
}

const label = (e: TraceEvent): string => {
  const url = e.args?.data?.url ?? e.args?.fileName ?? '';
  return url ? `${e.name} ${url.replace(/^.*\/dist\//, 'dist/')}` : e.name;
};

/** The main thread's tasks from the click until the dialog was interactive, with what ran inside them. */
function summarise(events: TraceEvent[], open: FirstOpenReport, hostUrl: string): TaskSummary[] {
  const navigation = events.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === hostUrl);
  const main = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === hostUrl);
  if (!navigation || !main) throw new Error('the trace has no navigation to the host page');
  const thread = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined);
  const from = navigation.ts + open.clickAt * 1000;
  const to = from + open.ms * 1000;
  return thread
    .filter((e) => e.name === 'RunTask' && e.ts + e.dur! > from && e.ts < to)
    .map((task) => {
      const totals = new Map<string, number>();
      for (const e of thread) {
        if (e === task || e.ts < task.ts || e.ts + e.dur! > task.ts + task.dur! || e.dur! < 200) continue;
        totals.set(label(e), (totals.get(label(e)) ?? 0) + e.dur! / 1000);
      }
      return { at: (task.ts - from) / 1000, ms: task.dur! / 1000, inside: [...totals].sort((a, b) => b[1] - a[1]).slice(0, 14) };
    });
}

const portal = await startPortalProcess();
const site = await startSite({ portalApiUrl: portal.apiUrl, distDir: DIST });
const browser = await launchChromium();
const hostUrl = `${site.origin}/pages/host.html`;
const durations: number[] = [];
try {
  for (let run = 1; run <= RUNS; run++) {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      let received: (report: FirstOpenReport) => void = () => undefined;
      const reported = new Promise<FirstOpenReport>((resolve) => (received = resolve));
      await page.exposeFunction('medBenchFirstOpen', (report: FirstOpenReport) => received(report));
      await addProbe(page, { openOnLaunch: true });
      // `fonts` and `blink` show the font lookups that wait on the browser process.
      await browser.startTracing(page, { categories: [...TRACE_CATEGORIES, 'disabled-by-default-v8.gc', 'fonts', 'blink'] });
      await page.goto(hostUrl);
      const report = await reported;
      const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
      const tasks = summarise(trace.traceEvents, report, hostUrl);
      const longest = Math.max(0, ...tasks.map((t) => t.ms));
      durations.push(report.ms);
      process.stderr.write(`run ${run}: open ${report.ms.toFixed(0)} ms, longest task ${longest.toFixed(1)} ms, load average ${(loadavg()[0] ?? 0).toFixed(2)}\n`);
      if (longest < THRESHOLD) continue;
      const file = join(tmpdir(), `medsupport-first-open-${Date.now()}.json`);
      await writeFile(file, JSON.stringify(trace));
      console.log(`Caught in run ${run}: the open took ${report.ms.toFixed(0)} ms; trace in ${file} (open it in DevTools' Performance panel).`);
      console.log('Main-thread tasks from the click to interactive (ms after the click, duration, what ran inside ≥ 0.2 ms):');
      for (const task of tasks.filter((t) => t.ms >= 2)) {
        console.log(`  +${task.at.toFixed(1)} ms: ${task.ms.toFixed(1)} ms`);
        for (const [name, ms] of task.inside) console.log(`      ${ms.toFixed(1).padStart(6)} ms  ${name}`);
      }
      break;
    } finally {
      await context.close();
    }
  }
  console.log(`Opens traced: ${durations.length}, ${durations.map((d) => d.toFixed(0)).join(' ')} ms.`);
} finally {
  await browser.close();
  await site.stop();
  await portal.stop();
}
