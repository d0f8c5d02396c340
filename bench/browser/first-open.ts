import type { Browser, Page } from '@playwright/test';
import { addProbe, type FirstOpenReport, type LongTaskEntry, type OpenResult, waitForPrefetch } from './probe';

export interface OpenSample {
  ms: number;
  /** Long tasks (≥ 50 ms) between the click and the dialog being interactive. */
  longTasks: LongTaskEntry[];
}

export interface FirstOpenResult {
  /** Fresh context, clicked the moment the launcher appeared: panel code, token and request types load on the click. */
  coldOnLaunch: OpenSample[];
  /** Fresh context, clicked after the loader's idle-time prefetch (the usual case: users rarely click within a second). */
  coldAfterIdle: OpenSample[];
  /** The same pages, closed and opened again. */
  warm: OpenSample[];
}

/** The open with the page's long tasks that overlap it. */
const sampleOf = ({ clickAt, ms }: OpenResult, longTasks: LongTaskEntry[]): OpenSample => ({
  ms,
  longTasks: longTasks.filter((t) => t.start + t.duration > clickAt && t.start < clickAt + ms),
});

const during = async (page: Page, open: OpenResult): Promise<OpenSample> =>
  sampleOf(open, await page.evaluate(() => window.medBench?.longTasks ?? []));

async function inFreshContext<T>(browser: Browser, run: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext();
  try {
    return await run(await context.newPage());
  } finally {
    await context.close();
  }
}

/** First open → dialog interactive: `runs` fresh contexts per cold case, one reopen per page for warm. */
export async function measureFirstOpen(browser: Browser, hostUrl: string, runs: number): Promise<FirstOpenResult> {
  const result: FirstOpenResult = { coldOnLaunch: [], coldAfterIdle: [], warm: [] };
  // The host page is shown once, unmeasured, before the first run: a user's browser has drawn pages before the host
  // app's, but a freshly launched Chromium looks its fonts up for the first time during the first run's host page
  // layout (40–50 ms of `FontCache::GetFontPlatformData` in a trace), which is neither the widget's cost nor cold.
  await inFreshContext(browser, async (page) => {
    await page.goto(hostUrl, { waitUntil: 'load' });
  });
  for (let i = 0; i < runs; i++) {
    result.coldOnLaunch.push(
      await inFreshContext(browser, async (page) => {
        let received: (report: FirstOpenReport) => void = () => undefined;
        const report = new Promise<FirstOpenReport>((resolve) => (received = resolve));
        await page.exposeFunction('medBenchFirstOpen', (sample: FirstOpenReport) => received(sample));
        await addProbe(page, { openOnLaunch: true });
        await page.goto(hostUrl);
        const { longTasks, ...open } = await report;
        return sampleOf(open, longTasks);
      }),
    );
  }
  for (let i = 0; i < runs; i++) {
    await inFreshContext(browser, async (page) => {
      await addProbe(page, { openOnLaunch: false });
      await page.goto(hostUrl);
      await waitForPrefetch(page);
      result.coldAfterIdle.push(await during(page, await page.evaluate(() => window.medBench!.open())));
      await page.evaluate(() => window.medBench!.close());
      // The close's own work (focus back to the launcher, re-render) is over before the reopen is timed.
      await page.waitForTimeout(200);
      result.warm.push(await during(page, await page.evaluate(() => window.medBench!.open())));
    });
  }
  return result;
}
