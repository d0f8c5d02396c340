import { rm } from 'node:fs/promises';
import type { ArticleSummary } from '../../src/api/contract';
import { firstBuildArticles, type SearchBenchResult } from '../search/core';
import { launchChromium } from './chromium';
import { bundleSearchBench } from './search-bundle';
import type { BrowserSearchOptions } from './search-entry';
import { startSite } from './site';

/**
 * The project engine's timing in headless Chromium: the bundled core runs in a cross-origin-isolated page (5 µs
 * timer resolution), the index build also through `buildArticleSearch` with the longest main-thread task while it
 * runs. One size per evaluate, so progress shows; each re-warms the JIT on the small warm-up set first, as in Node.
 */
export async function runSearchInChromium(realArticles: ArticleSummary[], sizes: number[], log: (line: string) => void): Promise<SearchBenchResult> {
  const bundleDir = await bundleSearchBench();
  const site = await startSite({ searchBundleDir: bundleDir });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(`${site.origin}/pages/search.html`);
    await page.waitForFunction(() => typeof window.runSearchBench === 'function' && window.crossOriginIsolated);
    const parts: SearchBenchResult[] = [];
    const firstBuildSize = Math.max(...sizes);
    for (const [i, size] of sizes.entries()) {
      // Only the page's first evaluate builds cold; it measures the first build at the largest size, from the JSON
      // text a page would have fetched.
      const firstBuildJson = i ? undefined : firstBuildArticles(realArticles, firstBuildSize);
      const options: BrowserSearchOptions = { realArticles, sizes: [size], firstBuildSize, firstBuildJson };
      parts.push(await page.evaluate((o) => window.runSearchBench!(o), options));
      const { timing } = parts.at(-1)!.sizes[0]!;
      log(
        `chromium ${size}: keystroke p95 ${timing.keystroke.p95.toFixed(2)} ms, sliced build ${timing.sliced.median.toFixed(0)} ms, ` +
          `longest task ${timing.sliced.longestTask.max.toFixed(0)} ms`,
      );
    }
    return { ...parts[0]!, sizes: parts.flatMap((p) => p.sizes) };
  } finally {
    await browser.close();
    await site.stop();
    await rm(bundleDir, { recursive: true, force: true });
  }
}
