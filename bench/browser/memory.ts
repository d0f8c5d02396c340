import type { Browser, CDPSession, Page } from '@playwright/test';
import { type HeapComposition, heapComposition } from './heap-snapshot';
import { addProbe, waitForPrefetch } from './probe';

export interface MemoryRun {
  /** Bytes of JS heap in use after a full collection, after the first open/close cycle. */
  afterFirst: number;
  /** The same after the last cycle. */
  afterLast: number;
  /** Two readings with nothing done in between, after the first cycle: what "no change" looks like. */
  idleDelta: number;
  /** The same for the objects of two heap snapshots taken back to back. */
  idleObjectsDelta: number;
  /** Heap in use after every tenth cycle minus after the first: a leak keeps rising, warm-up levels off. */
  trend: number[];
  /** Heap snapshots after the first and the last cycle: how much of a change is compiled code. */
  snapshotFirst: HeapComposition;
  snapshotLast: HeapComposition;
  cycles: number;
}

async function heapAfterGc(cdp: CDPSession): Promise<number> {
  // Twice: the first collection can leave objects that only become garbage once finalizers have run.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

async function cycle(page: Page): Promise<void> {
  await page.evaluate(() => window.medBench!.open());
  await page.evaluate(() => window.medBench!.close());
}

/** JS heap after `cycles` open/close cycles vs after the first, each run in a fresh context. */
export async function measureMemory(browser: Browser, hostUrl: string, runs: number, cycles: number): Promise<MemoryRun[]> {
  const results: MemoryRun[] = [];
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await addProbe(page, { openOnLaunch: false });
      await page.goto(hostUrl);
      await waitForPrefetch(page);
      // The cycles open by script, not by input; but a user's first click or key ends Chromium's largest-paint
      // tracking, which otherwise keeps a record of every text painted (about 340 bytes per open, in Blink's heap).
      await page.keyboard.press('Shift');
      const cdp = await context.newCDPSession(page);
      await cycle(page);
      await page.waitForLoadState('networkidle');
      const afterFirst = await heapAfterGc(cdp);
      const idleDelta = (await heapAfterGc(cdp)) - afterFirst;
      const snapshotFirst = await heapComposition(cdp);
      const idleObjectsDelta = (await heapComposition(cdp)).objects - snapshotFirst.objects;
      const trend: number[] = [];
      for (let i = 2; i <= cycles; i++) {
        await cycle(page);
        if (i % 10 === 0 && i < cycles) trend.push((await heapAfterGc(cdp)) - afterFirst);
      }
      await page.waitForLoadState('networkidle');
      const afterLast = await heapAfterGc(cdp);
      trend.push(afterLast - afterFirst);
      results.push({ afterFirst, afterLast, idleDelta, idleObjectsDelta, trend, snapshotFirst, snapshotLast: await heapComposition(cdp), cycles });
    } finally {
      await context.close();
    }
  }
  return results;
}
