// Browser entry of the search bench: the project engine's timing as in Node (bench/search/core.ts), on this page's
// engine. Quality is not scored here: it is the same code on the same data, so the Node run's figures hold.
import type { ArticleSummary } from '../../src/api/contract';
import { type FirstBuild, runSearchBench, type SearchBenchResult, timeFirstBuild } from '../search/core';
import { heldOut, tuning } from '../search/set';

export interface BrowserSearchOptions {
  realArticles: ArticleSummary[];
  sizes: number[];
  firstBuildSize: number;
  /** See `SearchBenchOptions.firstBuildJson`. */
  firstBuildJson?: string;
}

declare global {
  interface Window {
    runSearchBench?: (options: BrowserSearchOptions) => Promise<SearchBenchResult>;
    timeFirstBuild?: (json: string, size: number) => Promise<FirstBuild>;
  }
}

window.runSearchBench = ({ realArticles, sizes, firstBuildSize, firstBuildJson }) =>
  runSearchBench({ realArticles, parts: { tuning, heldOut }, sizes, firstBuildSize, firstBuildJson, quality: false });
window.timeFirstBuild = (json, size) => timeFirstBuild(json, size);
