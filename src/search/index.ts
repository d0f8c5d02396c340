/**
 * Knowledge-base search for the widget: live article suggestions while the user types, and the home search box.
 * Published as `<package>/search`.
 *
 * German-aware and fast enough to run on every keystroke on the main thread: words are folded (case, umlauts both
 * ways, ß, other accents) and lightly stemmed, looked up in an inverted index and ranked with BM25 and field boosts
 * (title > keywords > excerpt). Fuse.js only matches query words against the index vocabulary, which finds typos
 * ("Rechnugn" → "Rechnung") without scanning whole articles; the word being typed also matches as a prefix.
 *
 * @example
 * const engine = createArticleSearch(articles);
 * const hits = engine.search('Rechnugn drucken', { limit: 5, locale: 'de', requestType: 'billing' });
 * const title = highlight(hits[0].article.title, hits[0]); // [{ text: 'Rechnungen', match: true }, …]
 * @packageDocumentation
 */
import type { ArticleSummary, Locale } from '../api/contract';
import { diversify, titleTerms } from './diversify';
import { createFuzzyVocabulary } from './fuzzy-vocabulary';
import { isEveryday } from './everyday-words';
import { find, indexing } from './inverted-index';
import { parseQuery } from './parse-query';
import { createPlanner, grouping, type PlannedWord } from './planner';
import { createRank } from './rank';
import { createLongRank } from './rank-long';
import { finish } from './steps';
import { BUILT_IN_SYNONYM_INDEX } from './synonym-index';
import { indexingSynonyms, joinSynonyms, readingSynonymIndex, synonymsOf, type Synonyms } from './synonyms';

export { highlight, type HighlightSegment } from './highlight';
export type { ArticleSummary, Locale };

/** Tuning of {@link createArticleSearch}. */
export interface ArticleSearchOptions {
  /** Score factor for articles of the request type asked for in {@link SearchOptions.requestType}. Default 1.5. */
  requestTypeBoost?: number;
  /**
   * Score factor for articles in another locale than {@link SearchOptions.locale}: below 1 they rank after equally
   * relevant articles in the user's language but still show when nothing better exists; 0 hides them. Default 0.5.
   */
  otherLocaleFactor?: number;
  /** The installation's synonym groups (`GET /synonyms`), added to the built-in table. */
  synonyms?: readonly (readonly string[])[];
  /** Whether the built-in synonym table applies. Default true; the bench turns it off to measure it. */
  builtInSynonyms?: boolean;
}

/** Per-search options. */
export interface SearchOptions {
  /** Most hits returned. Default 5. */
  limit?: number;
  /** The user's language: articles in it are preferred. */
  locale?: Locale;
  /**
   * The chosen request type as articles name it in `requestTypes` (the request type's `key`, e.g. `billing`): its
   * articles are preferred, the others still found.
   */
  requestType?: string;
  /**
   * Part of `query` that says most, e.g. the summary or the sentence at the caret: its words count more in a long
   * query.
   */
  focus?: string;
}

/** One search result. */
export interface SearchHit {
  article: ArticleSummary;
  /** Relevance; only comparable within one result list. */
  score: number;
  /** The index terms (folded, stemmed) through which the article matched; pass the hit to `highlight()`. */
  matched: string[];
}

/** A search engine over a fixed set of articles. */
export interface ArticleSearch {
  /**
   * Finds the articles best matching `query`, best first. Never throws: empty input, only stop words or huge
   * pasted text simply give fewer (or no) hits. The last word counts as still being typed unless `query` ends
   * with a space or punctuation.
   */
  search(query: string, options?: SearchOptions): SearchHit[];
  /**
   * The query's index terms, most telling first (words the articles do not have at all lead): what the widget
   * reports as `POST /articles/:id/feedback` when an article helped. At most `limit` (default 10).
   */
  terms(query: string, limit?: number): string[];
}

// A query of more words than this is a description: every word counts, the focus more, and articles are ranked
// with pruning. Shorter ones are keywords, each word meant on its own. Everyday words weigh less in both: "neues PW"
// is about the password, and an article for new staff must not win on "neu".
const LONG_QUERY = 6;
const EVERYDAY = 0.3;
const FOCUS = 1.5;
// Beyond this many distinct words, a pasted text keeps its rarest: enough for any description, bounded for a log.
const MAX_WORDS = 64;
// Hits ranked before variants are moved back: enough that a family of variants cannot fill them all.
const POOL = 60;

let builtIn: Synonyms | undefined;

/** A planned word with every stand-in term's weight times `weight`. */
const weighted = (word: PlannedWord, weight: number): PlannedWord =>
  weight === 1 ? word : word.map((expansion) => expansion.map(([id, w]): [number, number] => [id, w * weight]));

/**
 * Indexes `articles` (the items of `GET /articles`) once; searching is then synchronous and takes milliseconds even
 * for ten thousand articles.
 */
export function createArticleSearch(
  articles: readonly ArticleSummary[],
  options: ArticleSearchOptions = {},
): ArticleSearch {
  return finish(building(articles, options));
}

// A slice of building between two pauses: long enough that pausing costs little, short enough for input to wait
// less than a frame.
const SLICE_MS = 8;

/** The browser's next task: a message to itself is not delayed like nested timers are. */
const nextTask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });

/**
 * {@link createArticleSearch} for the main thread of a page: the same engine, built in slices of a few milliseconds
 * that yield to the browser in between, so that indexing a large knowledge base never blocks input for long.
 */
export async function buildArticleSearch(
  articles: readonly ArticleSummary[],
  options: ArticleSearchOptions = {},
): Promise<ArticleSearch> {
  const steps = building(articles, options);
  for (;;) {
    const until = performance.now() + SLICE_MS;
    let step = steps.next();
    while (!step.done && performance.now() < until) step = steps.next();
    if (step.done) return step.value;
    await nextTask();
  }
}

function* building(articles: readonly ArticleSummary[], options: ArticleSearchOptions): Generator<void, ArticleSearch> {
  const { requestTypeBoost = 1.5, otherLocaleFactor = 0.5, synonyms = [], builtInSynonyms = true } = options;
  const index = yield* indexing(articles);
  const groups = yield* grouping(index.terms);
  const own = synonymsOf(yield* indexingSynonyms(synonyms));
  const table = builtInSynonyms
    ? joinSynonyms((builtIn ??= synonymsOf(yield* readingSynonymIndex(BUILT_IN_SYNONYM_INDEX))), own)
    : own;
  const plan = createPlanner(index, groups, createFuzzyVocabulary(index.terms), table);
  const rank = createRank(index, articles.length);
  const maxFactor = Math.max(1, requestTypeBoost) * Math.max(1, otherLocaleFactor);
  const rankLong = createLongRank(index, articles.length, maxFactor);
  const titles: Array<Set<string> | undefined> = [];
  const topic = (doc: number) => (titles[doc] ??= titleTerms(articles[doc]!.title));
  const unknownIdf = Math.log(1 + (articles.length + 0.5) / 0.5);
  // A word no article has is as rare as can be.
  const idfOf = (term: string) => index.idf[index.idOf(term)] ?? unknownIdf;
  // What a word can contribute at most: its best stand-in term's weight times that term's rarity.
  const informative = (word: PlannedWord) =>
    Math.max(0, ...word.flatMap((expansion) => expansion.map(([id, w]) => w * index.idf[id]!)));

  return {
    search(query, { limit = 5, locale, requestType, focus } = {}) {
      let words = parseQuery(query);
      const long = words.length > LONG_QUERY;
      if (words.length > MAX_WORDS) {
        words = words.sort((a, b) => idfOf(b.stems[0]!) - idfOf(a.stems[0]!)).slice(0, MAX_WORDS);
      }
      // A phrase of the synonym table ("geht nicht") is one more word: what it stands for ("Fehler"). In a short query a
      // word no article has may be a synonym of a phrase's word ("neues PW"); a description has words enough.
      const phrases = table.phrases(query, long ? undefined : (term) => index.idOf(term) < 0).map(plan.phrase);
      const focused = new Set(focus ? parseQuery(focus).map((w) => w.stems[0]) : []);
      const planned = [
        ...plan.words(words, long).map((word, i) => {
          const term = words[i]!.stems[0]!;
          return weighted(word, (isEveryday(term) ? EVERYDAY : 1) * (long && focused.has(term) ? FOCUS : 1));
        }),
        ...phrases,
      ]
        // Words no article has say nothing about which article fits; they must not lower every article's share.
        .filter((word) => informative(word) > 0);
      const factor = (doc: number) => {
        const a = articles[doc]!;
        return (
          (locale && a.locale !== locale ? otherLocaleFactor : 1) *
          (requestType && a.requestTypes.includes(requestType) ? requestTypeBoost : 1)
        );
      };
      const pool = Math.max(limit, POOL);
      const { top, champions } = long
        ? { top: rankLong(planned, pool, factor), champions: [] }
        : rank(planned, pool, factor);
      const ranked = diversify(top, limit, topic);
      // A full list only: otherwise every article with a score is already in it. Scoring lower than the hit it
      // replaces (or it would be among the hits), it stays in order at the end.
      const missing = champions.find(([doc]) => !ranked.some(([hit]) => hit === doc));
      if (missing && limit > 0 && ranked.length === limit) ranked[limit - 1] = missing;
      return ranked.map(([doc, score]) => ({
        article: articles[doc]!,
        score,
        matched: [
          ...new Set(
            planned
              .flat(2)
              .filter(([id]) => find(index.docs, index.start[id]!, index.start[id + 1]!, doc) >= 0)
              .map(([id]) => index.terms[id]!),
          ),
        ],
      }));
    },
    terms(query, limit = 10) {
      return [...new Set(parseQuery(query).filter((w) => !w.stop).map((w) => w.stems[0]!))]
        .sort((a, b) => idfOf(b) - idfOf(a))
        .slice(0, limit);
    },
  };
}
