// The search benchmark itself, free of Node-only imports so that a browser page can run the same measurement:
// give it the real articles and the labelled queries, it builds the article sets, runs both engines and returns
// the figures. Reading files and printing live in run.ts.
import Fuse from 'fuse.js';
import type { ArticleSummary, Locale } from '../../src/api/contract';
import { createArticleSearch } from '../../src/search/index';
import type { LabelledQuery, QueryKind } from './queries';
import { articleSet } from './synthetic';

export type EngineName = 'naive' | 'project';
const ENGINE_NAMES: readonly EngineName[] = ['naive', 'project'];

/** How much of the query set an engine is run on at one article-set size (the naive setup is slow at 10,000). */
export interface Sampling {
  /** Every n-th labelled query is scored (1 = all). */
  qualityEvery: number;
  /** How many queries are typed key by key for timing (spread evenly over the set), `Infinity` for all. */
  timedQueries: number;
}

export interface SearchBenchOptions {
  realArticles: ArticleSummary[];
  queries: LabelledQuery[];
  /** Article-set sizes; default 200, 2,000 and 10,000. */
  sizes?: number[];
  /** Sampling of the naive Fuse setup per size; the project engine always runs everything. */
  naiveSampling?: (size: number) => Sampling;
  /** Characters typed per timed query; default 30, as in the issue. */
  typedLength?: number;
  limit?: number;
  seed?: number;
  now?: () => number;
  log?: (line: string) => void;
}

export interface Quality {
  queries: number;
  recallAt1: number;
  recallAt5: number;
  /** Mean reciprocal rank of the first expected article within the top `limit` (0 when absent). */
  mrr: number;
}

export interface QualityByKind {
  overall: Quality;
  byKind: Partial<Record<QueryKind, Quality>>;
}

export interface EngineResult {
  /** On every query the engine was scored on (see `sampling`). */
  quality: QualityByKind;
  /** The project engine only: on the same queries as the naive setup at this size, for a like-for-like comparison. */
  qualityOnNaiveSample?: QualityByKind;
  /** Milliseconds per keystroke over every prefix of the timed queries. */
  keystroke: { samples: number; timedQueries: number; p50: number; p95: number; max: number };
  /** Milliseconds to create the engine: the first of `builds` builds in a row at this size, and their median. */
  build: { first: number; median: number; builds: number };
  sampling: Sampling;
}

export interface SizeResult {
  size: number;
  engines: Record<EngineName, EngineResult>;
}

export interface SearchBenchResult {
  queries: number;
  limit: number;
  typedLength: number;
  sizes: SizeResult[];
}

type Search = (query: string, locale: Locale) => string[];

const NAIVE_OPTIONS = { keys: ['title', 'keywords', 'excerpt'], ignoreLocation: true };
const BUILDS = 9;

/** The default sampling of the naive setup: everything at 200, less as it gets slower. */
export const defaultNaiveSampling = (size: number): Sampling =>
  size <= 500 ? { qualityEvery: 1, timedQueries: 20 } : size <= 5000 ? { qualityEvery: 2, timedQueries: 3 } : { qualityEvery: 6, timedQueries: 1 };

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;

function spread<T>(items: T[], count: number): T[] {
  if (count >= items.length) return items;
  return Array.from({ length: count }, (_, i) => items[Math.floor(((i + 0.5) * items.length) / count)]!);
}

function score(queries: LabelledQuery[], search: Search): QualityByKind {
  const sums = new Map<QueryKind | 'all', { n: number; r1: number; r5: number; rr: number }>();
  for (const q of queries) {
    const ids = search(q.query, q.locale);
    const rank = ids.findIndex((id) => q.expected.includes(id)) + 1;
    for (const key of [q.kind, 'all'] as const) {
      const s = sums.get(key) ?? { n: 0, r1: 0, r5: 0, rr: 0 };
      s.n++;
      s.r1 += rank === 1 ? 1 : 0;
      s.r5 += rank > 0 && rank <= 5 ? 1 : 0;
      s.rr += rank > 0 ? 1 / rank : 0;
      sums.set(key, s);
    }
  }
  const quality = (key: QueryKind | 'all'): Quality => {
    const s = sums.get(key) ?? { n: 0, r1: 0, r5: 0, rr: 0 };
    return { queries: s.n, recallAt1: s.r1 / (s.n || 1), recallAt5: s.r5 / (s.n || 1), mrr: s.rr / (s.n || 1) };
  };
  const byKind: Partial<Record<QueryKind, Quality>> = {};
  for (const key of sums.keys()) if (key !== 'all') byKind[key] = quality(key);
  return { overall: quality('all'), byKind };
}

/** Runs the naive Fuse setup and the project engine side by side over the article sets. */
export function runSearchBench(options: SearchBenchOptions): SearchBenchResult {
  const {
    realArticles,
    queries,
    sizes = [200, 2000, 10_000],
    naiveSampling = defaultNaiveSampling,
    typedLength = 30,
    limit = 5,
    seed = 42,
    now = () => performance.now(),
    log = () => {},
  } = options;

  const engines: Record<EngineName, (articles: ArticleSummary[]) => Search> = {
    naive: (articles) => {
      const fuse = new Fuse(articles, NAIVE_OPTIONS);
      return (query) => fuse.search(query, { limit }).map((r) => r.item.id);
    },
    project: (articles) => {
      const engine = createArticleSearch(articles);
      return (query, locale) => engine.search(query, { limit, locale }).map((h) => h.article.id);
    },
  };

  // Warm the JIT (building and searching) on a small set so that the first measured size is not penalised for it;
  // `build.first` still shows what a first build at each size costs.
  const warm = JSON.parse(JSON.stringify(articleSet(realArticles, 300, seed + 1))) as ArticleSummary[];
  for (const name of ENGINE_NAMES) {
    for (let i = 0; i < 5; i++) {
      const search = engines[name](warm);
      for (const q of queries.slice(0, 20)) search(q.query, q.locale);
    }
  }

  const results: SizeResult[] = sizes.map((size) => {
    // Through JSON, as the widget receives them: generated strings would otherwise be slow-to-read rope strings.
    const articles = JSON.parse(JSON.stringify(articleSet(realArticles, size, seed))) as ArticleSummary[];
    // Both engines' builds come first, back to back, apart from the typing below, whose garbage would land on them:
    // after naive Fuse's typing at 10,000 articles (seconds per keystroke), the engine's builds took a third longer.
    const built = {} as Record<EngineName, { builds: number[]; search: Search }>;
    for (const name of ENGINE_NAMES) {
      const builds: number[] = [];
      let search: Search = () => [];
      for (let i = 0; i < BUILDS; i++) {
        const start = now();
        search = engines[name](articles);
        builds.push(now() - start);
      }
      built[name] = { builds, search };
    }
    const perEngine = {} as Record<EngineName, EngineResult>;
    for (const name of ENGINE_NAMES) {
      const sampling = name === 'naive' ? naiveSampling(size) : { qualityEvery: 1, timedQueries: Infinity };
      const { builds, search } = built[name];
      const first = builds[0]!;
      const sample = (every: number) => queries.filter((_, i) => i % every === 0);
      const quality = score(sample(sampling.qualityEvery), search);
      const naiveEvery = naiveSampling(size).qualityEvery;
      // Each timed query gets a fresh engine, as a user opening the form would: nothing cached from earlier queries.
      const timed = spread(queries, sampling.timedQueries);
      const times: number[] = [];
      for (const q of timed) {
        const fresh = engines[name](articles);
        const typed = q.query.slice(0, typedLength);
        for (let i = 1; i <= typed.length; i++) {
          const start = now();
          fresh(typed.slice(0, i), q.locale);
          times.push(now() - start);
        }
      }
      times.sort((a, b) => a - b);
      builds.sort((a, b) => a - b);
      perEngine[name] = {
        quality,
        ...(name === 'project' && naiveEvery > 1 ? { qualityOnNaiveSample: score(sample(naiveEvery), search) } : {}),
        keystroke: {
          samples: times.length,
          timedQueries: timed.length,
          p50: percentile(times, 0.5),
          p95: percentile(times, 0.95),
          max: times[times.length - 1] ?? 0,
        },
        build: { first, median: percentile(builds, 0.5), builds: builds.length },
        sampling,
      };
      log(
        `${size} articles, ${name}: Recall@5 ${quality.overall.recallAt5.toFixed(2)} (${quality.overall.queries} queries), ` +
          `keystroke p95 ${perEngine[name].keystroke.p95.toFixed(2)} ms, build ${perEngine[name].build.median.toFixed(1)} ms`,
      );
    }
    return { size, engines: perEngine };
  });
  return { queries: queries.length, limit, typedLength, sizes: results };
}
