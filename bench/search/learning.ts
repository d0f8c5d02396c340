// Node only (the learner hashes with node:crypto). Learning from what helped (issue #15), simulated: how many
// feedback events it takes for a vocabulary query to move into the top 5. Practices p1, p2, … each type every
// vocabulary query once, open its article and report the query's terms (`engine.terms`) for it through the portal's
// learner (server/feedback/learner.ts, k distinct practices per term and article); meanwhile as many noise events
// report the terms of random labelled queries for random articles. After every round the engine is rebuilt with the
// learned keywords on the articles and each vocabulary query is searched again.
import type { ArticleSummary } from '../../src/api/contract';
import { createArticleSearch } from '../../src/search/index';
import { createFeedbackLearner } from '../../server/feedback/learner';
import { seededRandom } from './distractors';
import { byReader, projectSearch } from './engines';
import { type QualityByPart, rankOf, score } from './quality';
import { type LabelledQuery, PARTS, type Part } from './set';

export interface LearningPart {
  /** Vocabulary queries simulated. */
  queries: number;
  /** Per query, the round (= events for that query) after which its article first was in the top 5; null: never. */
  enteredAt: (number | null)[];
  /** Share of the queries with their article in the top 5 after each round, 0 to `rounds`. */
  inTop5: number[];
}

export interface LearningResult {
  /** Distinct practices that must report a term for an article (the learner's `minPractices`). */
  k: number;
  rounds: number;
  /** Noise events per round (reports of unrelated queries for random articles). */
  noisePerRound: number;
  parts: Record<Part, LearningPart>;
  /** Learned (article, term) pairs that no vocabulary query reported for its own article, after the last round. */
  noiseLearned: number;
  /** Every labelled query against the engine with what was learned after k rounds: engine (g). */
  qualityAfterK: QualityByPart;
  /**
   * Transfer: Recall@5 of the held-out vocabulary queries when only the tuning part's vocabulary queries were
   * reported (k rounds, no noise), against none learned. Other words for other articles' queries do not teach these.
   */
  heldOutFromTuning: { before: number; after: number };
}

/** Round n's articles: the learned terms as `learnedKeywords`. */
const withLearned = (articles: readonly ArticleSummary[], learned: ReadonlyMap<string, readonly string[]>): ArticleSummary[] =>
  articles.map((a) => (learned.has(a.id) ? { ...a, learnedKeywords: [...learned.get(a.id)!] } : a));

export function simulateLearning(
  articles: readonly ArticleSummary[],
  parts: Record<Part, readonly LabelledQuery[]>,
  { k = 5, rounds = 2 * k, limit = 5, seed = 7 }: { k?: number; rounds?: number; limit?: number; seed?: number } = {},
): LearningResult {
  const random = seededRandom(seed);
  const learner = createFeedbackLearner({ minPractices: k, secret: 'bench' });
  const all = [...parts.tuning, ...parts.heldOut];
  const vocabulary = Object.fromEntries(PARTS.map((part) => [part, parts[part].filter((q) => q.kind === 'vocabulary')])) as Record<Part, LabelledQuery[]>;
  const simulated = [...vocabulary.tuning, ...vocabulary.heldOut];
  const noisePerRound = simulated.length;
  const real = articles.filter((a) => !a.id.startsWith('near-'));
  const reported = new Set<string>();
  const enteredAt = new Map<LabelledQuery, number | null>(simulated.map((q) => [q, null]));
  const inTop5 = Object.fromEntries(PARTS.map((part) => [part, [] as number[]])) as Record<Part, number[]>;
  let qualityAfterK: QualityByPart | undefined;

  for (let round = 0; ; round++) {
    const current = withLearned(articles, learner.learned());
    const engine = byReader(current, (versions) => createArticleSearch(versions));
    for (const part of PARTS) {
      let hits = 0;
      for (const q of vocabulary[part]) {
        const rank = rankOf(q, engine[q.locale].search(q.query, { limit, locale: q.locale }).map((h) => h.article.id));
        if (rank >= 1 && rank <= 5) {
          hits++;
          if (enteredAt.get(q) === null) enteredAt.set(q, round);
        }
      }
      inTop5[part].push(hits / (vocabulary[part].length || 1));
    }
    if (round === k) {
      const search = projectSearch(current, limit);
      qualityAfterK = Object.fromEntries(PARTS.map((part) => [part, score(parts[part], search)])) as QualityByPart;
    }
    if (round === rounds) break;
    // Practice p(round + 1) reports every vocabulary query for its article; noise practices report other queries'
    // terms for random articles, half of them real ones (where a wrong keyword would do harm).
    for (const q of simulated) {
      const terms = engine[q.locale].terms(q.query);
      learner.record(q.expected[0]!, `p${round + 1}`, terms);
      for (const term of terms) reported.add(`${q.expected[0]}\u0000${term}`);
    }
    for (let i = 0; i < noisePerRound; i++) {
      const q = all[Math.floor(random() * all.length)]!;
      const article = random() < 0.5 ? real[Math.floor(random() * real.length)]! : articles[Math.floor(random() * articles.length)]!;
      learner.record(article.id, `noise-${Math.floor(random() * 200)}`, engine[q.locale].terms(q.query));
    }
  }
  // Transfer: a learner that only ever hears the tuning part's vocabulary queries.
  const transfer = createFeedbackLearner({ minPractices: k, secret: 'bench' });
  const base = byReader(articles, (versions) => createArticleSearch(versions));
  for (let round = 1; round <= k; round++) {
    for (const q of vocabulary.tuning) transfer.record(q.expected[0]!, `p${round}`, base[q.locale].terms(q.query));
  }
  const recall5 = (search: ReturnType<typeof projectSearch>) => score(vocabulary.heldOut, search).overall.recallAt5;
  const heldOutFromTuning = {
    before: recall5(projectSearch(articles, limit)),
    after: recall5(projectSearch(withLearned(articles, transfer.learned()), limit)),
  };
  let noiseLearned = 0;
  for (const [id, terms] of learner.learned()) for (const term of terms) if (!reported.has(`${id}\u0000${term}`)) noiseLearned++;
  return {
    k,
    rounds,
    noisePerRound,
    parts: Object.fromEntries(
      PARTS.map((part) => [part, { queries: vocabulary[part].length, enteredAt: vocabulary[part].map((q) => enteredAt.get(q)!), inTop5: inTop5[part] }]),
    ) as Record<Part, LearningPart>,
    noiseLearned,
    qualityAfterK: qualityAfterK!,
    heldOutFromTuning,
  };
}
