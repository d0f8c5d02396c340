import { createHmac } from 'node:crypto';
import { isStopWord, termsOf } from '../../src/search/tokenize.js';
import { createMemoryFeedbackStore } from './memory-store.js';

/** A learned keyword as stored: the article, the term, and how many distinct practices taught it. */
export interface LearnedPair {
  articleId: string;
  term: string;
  practices: number;
  /** Days since the epoch (UTC) when it was learned. */
  learnedDay: number;
}

/**
 * Where the learner keeps its counts. A pair is one (article, term); while pending it holds one mark per practice
 * that reported it, a keyed hash of (practice, article, term) that links to nothing outside the pair. Days are whole
 * UTC days since the epoch, never finer, so marks of one event cannot be told apart from others of that day by time.
 * Synchronous, so a SQLite store can make `atomically` one transaction.
 */
export interface FeedbackStore {
  /** Runs `work` as one unit: records of other processes sharing the store do not interleave with it. */
  atomically<T>(work: () => T): T;
  /** null when no practice reported the pair (or it expired). */
  pair(articleId: string, term: string): { practices: number; learned: boolean } | null;
  /** How many pairs of the article are pending (not learned). */
  pendingPairs(articleId: string): number;
  /** The pending pair of the article that only one practice reported, the least recently reported; null when none. */
  stalestSingle(articleId: string): string | null;
  /** A new pending pair, no marks yet. */
  addPair(articleId: string, term: string, day: number): void;
  /** Adds a mark to a pending pair: true when new (its count goes up by one), false when known (its day is refreshed). */
  mark(articleId: string, term: string, mark: string, day: number): boolean;
  /** Drops a pending pair and its marks. */
  dropPair(articleId: string, term: string): void;
  /** The pending pair becomes a learned keyword: its marks are deleted, only the count stays; the revision changes. */
  learn(articleId: string, term: string, day: number): void;
  /** Deletes marks last reported before `day`, and pending pairs that are left with none. */
  expire(beforeDay: number): void;
  /** Deletes every pending pair and mark, e.g. when the key changed (old marks could never match again). */
  clearPending(): void;
  learned(): LearnedPair[];
  /** Changes whenever the learned pairs do, also when another process sharing the store learned one. */
  revision(): number;
}

export interface FeedbackLearnerOptions {
  /** Distinct practices that must report a term for an article before it is learned. Default 5. */
  minPractices?: number;
  /** Key of the practice marks; without it nobody can tell which practice a mark stands for. */
  secret: string;
  /** Default: this process's memory. */
  store?: FeedbackStore;
  /** Pending pairs per article; a new pair beyond that takes the place of a stale single-practice one. Default 500. */
  maxPendingPerArticle?: number;
  /** Learned keywords served per article, those most practices taught first. Default 20. */
  maxLearnedPerArticle?: number;
  /** A practice's report counts for this many days. Default 180. */
  pendingDays?: number;
  /** The clock, for tests. */
  now?: () => number;
}

export interface FeedbackLearner {
  /**
   * One feedback event: `practiceId` says `terms` found `articleId`. True when it counted anything new; a practice
   * repeating a report, terms beyond the first 10, malformed terms and pairs beyond the article's cap count nothing.
   */
  record(articleId: string, practiceId: string, terms: readonly string[]): boolean;
  /** Learned terms per article, best first, at most `maxLearnedPerArticle` each; only articles that have some. */
  learned(): ReadonlyMap<string, readonly string[]>;
  /** Changes whenever `learned()` may have; cheap, for caches. */
  revision(): number;
}

export const FEEDBACK_LIMITS = {
  termsPerEvent: 10,
  termMinLength: 2,
  termMaxLength: 40,
  pendingPerArticle: 500,
  learnedPerArticle: 20,
  pendingDays: 180,
} as const;

const DAY_MS = 86_400_000;
const WORD = /^[\p{L}\p{N}]+$/u;

/**
 * The index term of one reported term, or null. Terms arrive as the widget's search reports them: folded and
 * stemmed already. The stemmer is not idempotent (`problem`, the stem of "Probleme", stems again to `probl`), so a
 * term is checked with `termsOf` (a stop word or a single letter is dropped) but kept as sent, only lower-cased and
 * folded: stemming it again would learn a term the widget's index never has.
 */
export function feedbackTerm(raw: string): string | null {
  const term = raw.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/ß/g, 'ss');
  const length = [...term].length;
  if (length < FEEDBACK_LIMITS.termMinLength || length > FEEDBACK_LIMITS.termMaxLength || !WORD.test(term)) return null;
  if (isStopWord(term) || termsOf(term).length === 0) return null;
  return term;
}

/** The distinct index terms of an event's first `termsPerEvent` terms. */
export function feedbackTerms(terms: readonly string[]): string[] {
  const out = new Set<string>();
  for (const raw of terms.slice(0, FEEDBACK_LIMITS.termsPerEvent)) {
    const term = typeof raw === 'string' ? feedbackTerm(raw) : null;
    if (term) out.add(term);
  }
  return [...out];
}

/**
 * Learns keywords of articles from what helped users (issue 15, "learning from what helped"): a term becomes a
 * learned keyword of an article once `minPractices` distinct practices reported it for that article. Nothing stored
 * names a user or a practice: each practice is counted through a mark, HMAC(secret, practice, article, term)
 * truncated, which is different for every pair, so one practice's marks cannot be linked across pairs; a pair's
 * marks are deleted when it is learned, and expire after `pendingDays` before that.
 */
export function createFeedbackLearner(options: FeedbackLearnerOptions): FeedbackLearner {
  const minPractices = Math.max(1, Math.floor(options.minPractices ?? 5));
  const maxPending = options.maxPendingPerArticle ?? FEEDBACK_LIMITS.pendingPerArticle;
  const maxLearned = options.maxLearnedPerArticle ?? FEEDBACK_LIMITS.learnedPerArticle;
  const pendingDays = options.pendingDays ?? FEEDBACK_LIMITS.pendingDays;
  const store = options.store ?? createMemoryFeedbackStore();
  const now = options.now ?? Date.now;
  if (!options.secret) throw new Error('createFeedbackLearner needs a secret');
  const secret = options.secret;

  const markOf = (practiceId: string, articleId: string, term: string): string =>
    createHmac('sha256', secret).update(JSON.stringify([practiceId, articleId, term])).digest('base64url').slice(0, 22);

  let expiredOn = -1;
  let cache: { revision: number; map: ReadonlyMap<string, readonly string[]> } | null = null;

  function countTerm(articleId: string, practiceId: string, term: string, today: number): boolean {
    const pair = store.pair(articleId, term);
    if (pair?.learned) return false;
    if (!pair) {
      if (store.pendingPairs(articleId) >= maxPending) {
        // Full: a pair that only one practice reported, and longest ago, makes room. One practice flooding an
        // article with made-up terms so only ever replaces its own (or other lone) pairs; pairs that two or more
        // practices share stay. When every pending pair has two, the new one is ignored.
        const stale = store.stalestSingle(articleId);
        if (stale === null) return false;
        store.dropPair(articleId, stale);
      }
      store.addPair(articleId, term, today);
    }
    if (!store.mark(articleId, term, markOf(practiceId, articleId, term), today)) return false;
    if ((pair?.practices ?? 0) + 1 >= minPractices) store.learn(articleId, term, today);
    return true;
  }

  return {
    record(articleId, practiceId, terms) {
      if (!articleId || !practiceId) return false;
      const analysed = feedbackTerms(terms);
      const today = Math.floor(now() / DAY_MS);
      return store.atomically(() => {
        if (expiredOn !== today) {
          store.expire(today - pendingDays);
          expiredOn = today;
        }
        let counted = false;
        for (const term of analysed) if (countTerm(articleId, practiceId, term, today)) counted = true;
        return counted;
      });
    },
    learned() {
      const revision = store.revision();
      if (cache?.revision === revision) return cache.map;
      const byArticle = new Map<string, LearnedPair[]>();
      for (const pair of store.learned()) {
        const list = byArticle.get(pair.articleId);
        if (list) list.push(pair);
        else byArticle.set(pair.articleId, [pair]);
      }
      const map = new Map<string, readonly string[]>();
      for (const [articleId, pairs] of [...byArticle].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        // Most practices first; among equals (the count stops at learning) the longest known, then alphabetical.
        pairs.sort((a, b) => b.practices - a.practices || a.learnedDay - b.learnedDay || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
        map.set(articleId, pairs.slice(0, maxLearned).map((p) => p.term));
      }
      cache = { revision, map };
      return map;
    },
    revision: () => store.revision(),
  };
}
