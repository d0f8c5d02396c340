import type { OpenSample } from './first-open';
import { kb, ms, range, type Row, type Spread, spread, verdict } from './report';
import type { MemoryRun } from './memory';
import type { WidgetBenchResult } from './widget';

const OPEN_TARGET = { cold: 150, warm: 30 };
/** The open at launch, where code, token and data all load on the click: a median and a worst case. */
const LAUNCH_TARGET = { median: 100, max: 250 };
const count = (lists: number[][]): number => lists.reduce((n, l) => n + l.length, 0);

function openRow(measure: string, samples: OpenSample[], target: number): Row {
  const s = spread(samples.map((x) => x.ms));
  return { area: 'first open', measure, value: `${ms(s.median)} ms`, noise: range(s, ms), n: `${s.n} runs`, target: `≤ ${target} ms`, verdict: verdict(s.median <= target) };
}

function launchRow(samples: OpenSample[]): Row {
  const s = spread(samples.map((x) => x.ms));
  return {
    area: 'first open',
    measure: 'cold, clicked as the launcher appears (code, token, data on the click) → interactive',
    value: `${ms(s.median)} ms`,
    noise: range(s, ms),
    n: `${s.n} runs`,
    target: `median ≤ ${LAUNCH_TARGET.median} ms, max ≤ ${LAUNCH_TARGET.max} ms`,
    verdict: verdict(s.median <= LAUNCH_TARGET.median && s.max <= LAUNCH_TARGET.max),
  };
}

export function hostCostRows({ hostCost }: WidgetBenchResult): Row[] {
  const runs = `${hostCost.length} loads`;
  const timed = (measure: string, values: number[]): Row => {
    const s = spread(values);
    return { area: 'host cost', measure, value: `${ms(s.median)} ms`, noise: range(s, ms), n: runs, target: '', verdict: '' };
  };
  const longAtLoad = count(hostCost.map((r) => r.longTasksAtLoad));
  const longIdle = count(hostCost.map((r) => r.longTasksIdle));
  const longOpen = count(hostCost.map((r) => r.longTasksAtOpen));
  const longest = spread(hostCost.map((r) => r.longestWidgetTask));
  return [
    timed('loader script on the main thread before the load event', hostCost.map((r) => r.loaderScriptAtLoad)),
    timed('main-thread tasks running widget code before the load event', hostCost.map((r) => r.widgetTasksAtLoad)),
    timed('main-thread tasks running widget code in the idle prefetch after load', hostCost.map((r) => r.widgetTasksIdle)),
    {
      area: 'host cost',
      measure: 'long tasks ≥ 50 ms running widget code: load / idle prefetch / first open (+1.5 s)',
      value: `${longAtLoad} / ${longIdle} / ${longOpen} in all runs`,
      noise: `longest ${range(longest, ms)} ms`,
      n: runs,
      target: 'none',
      verdict: verdict(longAtLoad + longIdle + longOpen === 0),
    },
    {
      area: 'host cost',
      measure: 'long tasks ≥ 50 ms on the page, any cause (style, layout and paint carry no script)',
      value: `${count(hostCost.map((r) => r.allLongTasks))} in all runs`,
      noise: '',
      n: runs,
      target: '',
      verdict: '',
    },
  ];
}

export function firstOpenRows({ firstOpen }: WidgetBenchResult): Row[] {
  const long = (samples: OpenSample[]): number => samples.reduce((n, s) => n + s.longTasks.length, 0);
  const { coldOnLaunch, coldAfterIdle, warm } = firstOpen;
  const longTotal = long(coldOnLaunch) + long(coldAfterIdle) + long(warm);
  return [
    launchRow(coldOnLaunch),
    openRow('cold, clicked after the idle prefetch (fresh context) → interactive', coldAfterIdle, OPEN_TARGET.cold),
    openRow('warm, reopened in the same page → interactive', warm, OPEN_TARGET.warm),
    {
      area: 'first open',
      measure: 'long tasks ≥ 50 ms between click and interactive: cold at launch / after prefetch / warm',
      value: `${long(coldOnLaunch)} / ${long(coldAfterIdle)} / ${long(warm)} in all runs`,
      noise: '',
      n: `${coldOnLaunch.length} runs each`,
      target: 'none',
      verdict: verdict(longTotal === 0),
    },
  ];
}

export function memoryRows({ memory }: WidgetBenchResult): Row[] {
  const first = spread(memory.map((m) => m.afterFirst));
  const growth = spread(memory.map((m) => m.afterLast - m.afterFirst));
  const part = (key: keyof MemoryRun['snapshotLast']): Spread => spread(memory.map((m) => m.snapshotLast[key] - m.snapshotFirst[key]));
  // Noise: how far two readings with nothing in between, or the same state in different runs, lie apart.
  const noise = Math.max(...memory.map((m) => Math.max(Math.abs(m.idleDelta), Math.abs(m.idleObjectsDelta))), first.max - first.min);
  const cycles = memory[0]?.cycles ?? 0;
  const runs = `${first.n} runs`;
  const row = (measure: string, s: Spread, target: boolean): Row => ({
    area: 'memory',
    measure,
    value: kb(s.median),
    noise: range(s, kb),
    n: runs,
    target: target ? `≤ noise (${kb(noise)})` : '',
    verdict: target ? verdict(s.median <= noise) : '',
  });
  // A leak grows with every cycle; V8's warm-up (optimised code, feedback vectors, shapes) levels off.
  const lastTen = spread(memory.map((m) => (m.trend.at(-1) ?? 0) - (m.trend.at(-2) ?? 0)));
  return [
    row('JS heap after the first open/close (after GC)', first, false),
    row(`JS heap growth after ${cycles} open/close cycles vs after the first`, growth, false),
    row(`  of it in the last 10 cycles (${cycles - 9}–${cycles}): a leak keeps growing, warm-up has levelled off`, lastTen, true),
    row('  of it compiled code (heap snapshots: JIT warm-up)', part('code'), false),
    row('  of it V8 bookkeeping (heap snapshots: shapes, "system /" lists)', part('engine'), false),
    row('  of it objects, closures, strings, DOM (heap snapshots: what a leak keeps)', part('objects'), true),
  ];
}
