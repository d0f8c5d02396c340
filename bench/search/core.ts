// The search benchmark itself, free of Node-only imports so that a browser page can run the same measurement: give
// it the real articles and the labelled query set, it pads the articles with near-topic distractors, scores the
// engines side by side per part and kind, and times the project engine. Reading files, the learning simulation
// (Node only) and printing live in run.ts and node-child.ts.
import type { ArticleSummary } from '../../src/api/contract';
import { buildArticleSearch, createArticleSearch } from '../../src/search/index';
import { articleSet } from './distractors';
import { ENGINES, type EngineName, projectSearch, type Search } from './engines';
import type { LearningResult } from './learning';
import { type QualityByPart, score } from './quality';
import { type LabelledQuery, PARTS, type Part } from './set';

export interface SearchBenchOptions {
  realArticles: ArticleSummary[];
  /** The labelled queries by part; results are reported per part. */
  parts: Record<Part, readonly LabelledQuery[]>;
  /** Article-set sizes; default 2,000 and 10,000. */
  sizes?: number[];
  /** The size of the page's first build ({@link FirstBuild}); default the largest of `sizes`. */
  firstBuildSize?: number;
  /**
   * The first build's articles as the portal serves them (JSON text, see {@link firstBuildArticles}), made outside
   * the measured heap: a page parses the response and builds, and has not just generated 10,000 articles, whose
   * garbage slowed the first build by a third in Chromium. Default: generated here.
   */
  firstBuildJson?: string;
  /** Score the engines' quality (deterministic: the browser run only times). Default true. */
  quality?: boolean;
  /** Naive Fuse is scored on every n-th query of each part at this size (it takes seconds a query at 10,000). */
  fuseEvery?: (size: number) => number;
  /** The learning simulation, engine (g); Node only. */
  learning?: (articles: ArticleSummary[]) => LearningResult;
  /** Queries typed key by key for timing, spread evenly over the set. Default 120. */
  timedQueries?: number;
  /** Characters typed per timed query; default 30. */
  typedLength?: number;
  limit?: number;
  seed?: number;
  now?: () => number;
  log?: (line: string) => void;
}

export interface EngineQuality {
  /** Scored on every n-th query of each part (1 = all). */
  every: number;
  parts: QualityByPart;
}

export interface Timing {
  /** Milliseconds per keystroke over every prefix of the timed queries, a fresh engine per query. */
  keystroke: { samples: number; timedQueries: number; p50: number; p95: number; max: number };
  /** `createArticleSearch`, synchronous: the first of `builds` builds in a row, and their median. */
  build: { first: number; median: number; builds: number };
  /**
   * `buildArticleSearch` (the page's entry: builds in slices that yield): its median total, and the longest
   * main-thread task while it ran (the longest gap between two message-channel tasks), median and max over builds.
   */
  sliced: { median: number; longestTask: { median: number; max: number }; builds: number };
}

export interface SizeResult {
  size: number;
  timing: Timing;
  quality?: Partial<Record<EngineName, EngineQuality>>;
  /** The project engine (d) on naive Fuse's sample, for a like-for-like comparison where Fuse is sampled. */
  engineOnFuseSample?: QualityByPart;
  learning?: LearningResult;
}

/**
 * A page's first `buildArticleSearch`, measured before anything warmed the JIT (the only build that also reads the
 * built-in synonym table's index, once per page): the median total and the longest task of builds each in a fresh
 * page or process.
 */
export interface FirstBuild {
  size: number;
  total: number;
  longestTask: number;
  /** Each build's total, ascending. */
  totals: number[];
}

/** First builds measured per environment, each in a fresh page or process: one varies by a third from the next. */
export const FIRST_BUILDS = 5;

/** One fresh page's or process's first build, before anything else warms its JIT. */
export async function timeFirstBuild(json: string, size: number, now: () => number = () => performance.now()): Promise<FirstBuild> {
  const articles = JSON.parse(json) as ArticleSummary[];
  const start = now();
  const { longest } = await longestTaskDuring(() => buildArticleSearch(articles), now);
  const total = now() - start;
  return { size, total, longestTask: longest, totals: [total] };
}

/** Several first builds of one size as one: the median total, the longest task of all. */
export function joinFirstBuilds(builds: FirstBuild[]): FirstBuild {
  const totals = builds.flatMap((b) => b.totals).sort((a, b) => a - b);
  return {
    size: builds[0]!.size,
    total: percentile(totals, 0.5),
    longestTask: Math.max(...builds.map((b) => b.longestTask)),
    totals,
  };
}

export interface SearchBenchResult {
  queries: Record<Part, number>;
  limit: number;
  typedLength: number;
  firstBuild: FirstBuild;
  sizes: SizeResult[];
}

const BUILDS = 9;
const SLICED_BUILDS = 5;

/** Naive Fuse's default sampling: all queries up to 500 articles, every 5th up to 5,000, every 20th above. */
export const defaultFuseEvery = (size: number): number => (size <= 500 ? 1 : size <= 5000 ? 5 : 20);

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;

function spread<T>(items: readonly T[], count: number): T[] {
  if (count >= items.length) return [...items];
  return Array.from({ length: count }, (_, i) => items[Math.floor(((i + 0.5) * items.length) / count)]!);
}

/**
 * Runs `work` while a message-channel loop measures the gaps between its own tasks: the longest gap is the longest
 * task that ran on this thread meanwhile (plus one message hop). Works alike in Node and in a page.
 */
async function longestTaskDuring<T>(work: () => Promise<T>, now: () => number): Promise<{ result: T; longest: number }> {
  const channel = new MessageChannel();
  let last = now();
  let longest = 0;
  let running = true;
  channel.port1.onmessage = () => {
    const t = now();
    longest = Math.max(longest, t - last);
    last = t;
    if (running) channel.port2.postMessage(0);
  };
  channel.port2.postMessage(0);
  const result = await work();
  running = false;
  longest = Math.max(longest, now() - last);
  channel.port1.close();
  return { result, longest };
}

/** The knowledge base of a page's first build, padded to `size`, as the JSON text `GET /articles` would send. */
export const firstBuildArticles = (realArticles: ArticleSummary[], size: number, seed = 42): string =>
  JSON.stringify(articleSet(realArticles, size, seed));

/** Scores the engines side by side over the padded article sets, and times the project engine. */
export async function runSearchBench(options: SearchBenchOptions): Promise<SearchBenchResult> {
  const {
    realArticles,
    parts,
    sizes = [2000, 10_000],
    firstBuildSize = Math.max(...sizes),
    quality = true,
    fuseEvery = defaultFuseEvery,
    learning,
    timedQueries = 120,
    typedLength = 30,
    limit = 5,
    seed = 42,
    now = () => performance.now(),
    log = () => {},
  } = options;
  const all = [...parts.tuning, ...parts.heldOut];
  const timed = spread(all, timedQueries);

  const firstJson = options.firstBuildJson ?? firstBuildArticles(realArticles, firstBuildSize, seed);
  const firstBuild = await timeFirstBuild(firstJson, firstBuildSize, now);
  log(`first build in the page: ${firstBuild.total.toFixed(0)} ms, longest task ${firstBuild.longestTask.toFixed(0)} ms`);

  // Warm the JIT (building and searching) on a small set so that the first measured size is not penalised for it;
  // `build.first` still shows what a first build at each size costs.
  const warm = JSON.parse(JSON.stringify(articleSet(realArticles, 300, seed + 1))) as ArticleSummary[];
  for (let i = 0; i < 5; i++) {
    const engine = createArticleSearch(warm);
    for (const q of all.slice(0, 40)) engine.search(q.query, { limit, locale: q.locale });
  }

  const results: SizeResult[] = [];
  for (const size of sizes) {
    // Through JSON, as the widget receives them: generated strings would otherwise be slow-to-read rope strings.
    const articles = JSON.parse(JSON.stringify(articleSet(realArticles, size, seed))) as ArticleSummary[];

    // Timing first, before the quality runs' garbage can land on it.
    const builds: number[] = [];
    for (let i = 0; i < BUILDS; i++) {
      const start = now();
      createArticleSearch(articles);
      builds.push(now() - start);
    }
    const first = builds[0]!;
    builds.sort((a, b) => a - b);
    const sliced: number[] = [];
    const longest: number[] = [];
    for (let i = 0; i < SLICED_BUILDS; i++) {
      const start = now();
      const measured = await longestTaskDuring(() => buildArticleSearch(articles), now);
      sliced.push(now() - start);
      longest.push(measured.longest);
    }
    sliced.sort((a, b) => a - b);
    longest.sort((a, b) => a - b);
    // Each timed query gets a fresh engine, as a user opening the form would: nothing cached from earlier queries.
    const times: number[] = [];
    for (const q of timed) {
      const engine = createArticleSearch(articles);
      const typed = q.query.slice(0, typedLength);
      for (let i = 1; i <= typed.length; i++) {
        const start = now();
        engine.search(typed.slice(0, i), { limit, locale: q.locale });
        times.push(now() - start);
      }
    }
    times.sort((a, b) => a - b);
    const timing: Timing = {
      keystroke: { samples: times.length, timedQueries: timed.length, p50: percentile(times, 0.5), p95: percentile(times, 0.95), max: times.at(-1) ?? 0 },
      build: { first, median: percentile(builds, 0.5), builds: builds.length },
      sliced: { median: percentile(sliced, 0.5), longestTask: { median: percentile(longest, 0.5), max: longest.at(-1) ?? 0 }, builds: sliced.length },
    };
    log(
      `${size} articles: keystroke p95 ${timing.keystroke.p95.toFixed(2)} ms, build ${timing.build.median.toFixed(0)} ms, ` +
        `sliced build ${timing.sliced.median.toFixed(0)} ms (longest task ${timing.sliced.longestTask.max.toFixed(0)} ms)`,
    );
    const result: SizeResult = { size, timing };

    if (quality) {
      const scored: Partial<Record<EngineName, EngineQuality>> = {};
      const scoreAll = (search: Search, every: number): QualityByPart =>
        Object.fromEntries(PARTS.map((part) => [part, score(parts[part].filter((_, i) => i % every === 0), search)])) as QualityByPart;
      for (const name of ['engine', 'noSynonyms', 'noKeywords', 'minisearch', 'minisearchDev', 'fuse'] as const) {
        const every = name === 'fuse' ? fuseEvery(size) : 1;
        const started = now();
        scored[name] = { every, parts: scoreAll(ENGINES[name](articles, limit), every) };
        log(`${size} articles: ${name} scored in ${((now() - started) / 1000).toFixed(1)} s`);
      }
      if (scored.fuse!.every > 1) result.engineOnFuseSample = scoreAll(projectSearch(articles, limit), scored.fuse!.every);
      if (learning) {
        const started = now();
        result.learning = learning(articles);
        scored.learning = { every: 1, parts: result.learning.qualityAfterK };
        log(`${size} articles: learning simulated in ${((now() - started) / 1000).toFixed(1)} s`);
      }
      result.quality = scored;
    }
    results.push(result);
  }
  return {
    queries: Object.fromEntries(PARTS.map((part) => [part, parts[part].length])) as Record<Part, number>,
    limit,
    typedLength,
    firstBuild,
    sizes: results,
  };
}
