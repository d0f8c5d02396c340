// Browser entry of the search bench: the same measurement as in Node (bench/search/core.ts), on this page's engine.
import type { ArticleSummary } from '../../src/api/contract';
import { runSearchBench, type Sampling, type SearchBenchResult } from '../search/core';
import { QUERIES } from '../search/queries';

export interface BrowserSearchOptions {
  realArticles: ArticleSummary[];
  sizes: number[];
  /** The naive setup's sampling per size, as data: functions do not cross into the page. */
  naiveSampling: Record<number, Sampling>;
}

declare global {
  interface Window {
    runSearchBench?: (options: BrowserSearchOptions) => SearchBenchResult;
  }
}

window.runSearchBench = ({ realArticles, sizes, naiveSampling }) =>
  runSearchBench({
    realArticles,
    queries: QUERIES,
    sizes,
    naiveSampling: (size) => naiveSampling[size] ?? { qualityEvery: 1, timedQueries: Infinity },
  });
