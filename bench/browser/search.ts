import { rm } from 'node:fs/promises';
import type { ArticleSummary } from '../../src/api/contract';
import { FIRST_BUILDS, type FirstBuild, firstBuildArticles, joinFirstBuilds, type SearchBenchResult } from '../search/core';
import { launchChromium } from './chromium';
import { bundleSearchBench } from './search-bundle';
import type { BrowserSearchOptions } from './search-entry';
import { startSite } from './site';

/** A page's first build in a browser of its own, so that nothing has warmed its JIT. */
async function firstBuildInFreshPage(origin: string, json: string, size: number): Promise<FirstBuild> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(`${origin}/pages/search.html`);
    await page.waitForFunction(() => typeof window.timeFirstBuild === 'function' && window.crossOriginIsolated);
    return await page.evaluate(([j, n]) => window.timeFirstBuild!(j, n), [json, size] as const);
  } finally {
    await browser.close();
  }
}

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
    const firstJson = firstBuildArticles(realArticles, firstBuildSize);
    for (const [i, size] of sizes.entries()) {
      // Only the page's first evaluate builds cold; it measures the first build at the largest size, from the JSON
      // text a page would have fetched.
      const firstBuildJson = i ? undefined : firstJson;
      const options: BrowserSearchOptions = { realArticles, sizes: [size], firstBuildSize, firstBuildJson };
      parts.push(await page.evaluate((o) => window.runSearchBench!(o), options));
      const { timing } = parts.at(-1)!.sizes[0]!;
      log(
        `chromium ${size}: keystroke p95 ${timing.keystroke.p95.toFixed(2)} ms, sliced build ${timing.sliced.median.toFixed(0)} ms, ` +
          `longest task ${timing.sliced.longestTask.max.toFixed(0)} ms`,
      );
    }
    const firstBuilds = [parts[0]!.firstBuild];
    for (let i = 1; i < FIRST_BUILDS; i++) firstBuilds.push(await firstBuildInFreshPage(site.origin, firstJson, firstBuildSize));
    return { ...parts[0]!, firstBuild: joinFirstBuilds(firstBuilds), sizes: parts.flatMap((p) => p.sizes) };
  } finally {
    await browser.close();
    await site.stop();
    await rm(bundleDir, { recursive: true, force: true });
  }
}
