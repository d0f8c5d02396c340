import type { Browser } from '@playwright/test';
import { addProbe, waitForPrefetch } from './probe';
import { readPageTrace, type Task, TRACE_CATEGORIES, type TraceEvent } from './trace';

/** One traced page load in a fresh context, then the first open. Milliseconds of main-thread time. */
export interface HostCostRun {
  /** Widget script (evaluation and callbacks of dist/ code) between navigation start and the load event. */
  loaderScriptAtLoad: number;
  /** Whole tasks that ran widget code before the load event (with the style, layout and GC inside them). */
  widgetTasksAtLoad: number;
  /** The same after the load event: the idle-time prefetch of the panel and its first data. */
  widgetTasksIdle: number;
  /** Tasks ≥ 50 ms that ran widget code, before the load event, during the idle prefetch, and at the first open. */
  longTasksAtLoad: number[];
  longTasksIdle: number[];
  longTasksAtOpen: number[];
  /** The longest task that ran widget code, over load, idle and first open. */
  longestWidgetTask: number;
  /** Every task ≥ 50 ms on the page, widget code or not (style, layout and paint carry no script attribution). */
  allLongTasks: number[];
}

const LONG = 50;
const sum = (tasks: Task[]): number => tasks.reduce((n, t) => n + t.duration, 0);
const long = (tasks: Task[]): number[] => tasks.filter((t) => t.duration >= LONG).map((t) => t.duration);

/**
 * Chrome tracing of a fresh page load: navigation → load → idle prefetch settled → first open (after the prefetch)
 * → 1.5 s more, which covers the views the panel prefetches one second after it opened.
 */
export async function measureHostCost(browser: Browser, hostUrl: string, scriptBase: string, runs: number): Promise<HostCostRun[]> {
  const results: HostCostRun[] = [];
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await addProbe(page, { openOnLaunch: false });
      await browser.startTracing(page, { categories: TRACE_CATEGORIES });
      await page.goto(hostUrl);
      await waitForPrefetch(page);
      const openStart = await page.evaluate(() => performance.now());
      await page.evaluate(() => window.medBench!.open());
      await page.waitForTimeout(1500);
      const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
      const { loadEnd, tasks } = readPageTrace(trace.traceEvents, hostUrl, scriptBase);
      // performance.now() and trace times share the navigation start as zero, within a millisecond.
      const widget = tasks.filter((t) => t.widget);
      const atLoad = widget.filter((t) => t.start < loadEnd);
      const idle = widget.filter((t) => t.start >= loadEnd && t.start < openStart);
      const atOpen = widget.filter((t) => t.start >= openStart);
      results.push({
        loaderScriptAtLoad: atLoad.reduce((n, t) => n + t.widgetScript, 0),
        widgetTasksAtLoad: sum(atLoad),
        widgetTasksIdle: sum(idle),
        longTasksAtLoad: long(atLoad),
        longTasksIdle: long(idle),
        longTasksAtOpen: long(atOpen),
        longestWidgetTask: Math.max(0, ...widget.map((t) => t.duration)),
        allLongTasks: long(tasks),
      });
    } finally {
      await context.close();
    }
  }
  return results;
}
