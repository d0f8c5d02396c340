import type { FeedbackStore, LearnedPair } from './learner.js';

interface Pending {
  practices: number;
  lastDay: number;
  /** Mark → the day it was last reported. */
  marks: Map<string, number>;
}

interface Article {
  /** Pending pairs by key: no term. */
  pending: Map<string, Pending>;
  /** Learned pairs by term. */
  learned: Map<string, { practices: number; learnedDay: number }>;
}

/** The learner's counts in this process's memory: the default, and the model for other stores. Forgets on restart. */
export function createMemoryFeedbackStore(): FeedbackStore {
  const articles = new Map<string, Article>();
  let revision = 0;

  const articleOf = (articleId: string): Article => {
    let article = articles.get(articleId);
    if (!article) articles.set(articleId, (article = { pending: new Map(), learned: new Map() }));
    return article;
  };
  const pendingPair = (articleId: string, key: string): Pending => {
    const pair = articles.get(articleId)?.pending.get(key);
    if (!pair) throw new Error(`no pending pair ${articleId}/${key}`);
    return pair;
  };
  const drop = (articleId: string, key: string): void => {
    const article = articles.get(articleId);
    article?.pending.delete(key);
    if (article?.pending.size === 0 && article.learned.size === 0) articles.delete(articleId);
  };

  return {
    atomically: (work) => work(),
    isLearned: (articleId, term) => articles.get(articleId)?.learned.has(term) ?? false,
    pending: (articleId, key) => articles.get(articleId)?.pending.get(key)?.practices ?? null,
    pendingPairs: (articleId) => articles.get(articleId)?.pending.size ?? 0,
    stalestSingle(articleId) {
      let stalest: [string, Pending] | null = null;
      for (const entry of articles.get(articleId)?.pending ?? []) {
        const [key, pair] = entry;
        if (pair.practices !== 1) continue;
        if (!stalest || pair.lastDay < stalest[1].lastDay || (pair.lastDay === stalest[1].lastDay && key < stalest[0])) stalest = entry;
      }
      return stalest?.[0] ?? null;
    },
    addPair(articleId, key, day) {
      articleOf(articleId).pending.set(key, { practices: 0, lastDay: day, marks: new Map() });
    },
    mark(articleId, key, mark, day) {
      const pair = pendingPair(articleId, key);
      const known = pair.marks.has(mark);
      pair.marks.set(mark, day);
      pair.lastDay = Math.max(pair.lastDay, day);
      if (!known) pair.practices++;
      return !known;
    },
    dropPair(articleId, key) {
      pendingPair(articleId, key);
      drop(articleId, key);
    },
    learn(articleId, key, term, day) {
      const pair = pendingPair(articleId, key);
      articleOf(articleId).learned.set(term, { practices: pair.practices, learnedDay: day });
      drop(articleId, key);
      revision++;
    },
    expire(beforeDay) {
      for (const [articleId, article] of [...articles]) {
        for (const [key, pair] of [...article.pending]) {
          for (const [mark, day] of pair.marks) if (day < beforeDay) pair.marks.delete(mark);
          pair.practices = pair.marks.size;
          if (pair.practices === 0) drop(articleId, key);
        }
      }
    },
    clearPending() {
      for (const [articleId, article] of [...articles]) for (const key of [...article.pending.keys()]) drop(articleId, key);
    },
    learned() {
      const out: LearnedPair[] = [];
      for (const [articleId, article] of articles) {
        for (const [term, pair] of article.learned) out.push({ articleId, term, practices: pair.practices, learnedDay: pair.learnedDay });
      }
      return out;
    },
    revision: () => revision,
  };
}
