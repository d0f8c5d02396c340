import type { FeedbackStore, LearnedPair } from './learner.js';

interface Pair {
  practices: number;
  lastDay: number;
  learnedDay: number | null;
  /** Mark → the day it was last reported. Empty once learned. */
  marks: Map<string, number>;
}

/** The learner's counts in this process's memory: the default, and the model for other stores. Forgets on restart. */
export function createMemoryFeedbackStore(): FeedbackStore {
  const articles = new Map<string, Map<string, Pair>>();
  let revision = 0;

  const pairsOf = (articleId: string): Map<string, Pair> => {
    let pairs = articles.get(articleId);
    if (!pairs) articles.set(articleId, (pairs = new Map()));
    return pairs;
  };
  const pending = (articleId: string, term: string): Pair => {
    const pair = articles.get(articleId)?.get(term);
    if (!pair || pair.learnedDay !== null) throw new Error(`no pending pair ${articleId}/${term}`);
    return pair;
  };
  const drop = (articleId: string, term: string): void => {
    const pairs = articles.get(articleId);
    pairs?.delete(term);
    if (pairs?.size === 0) articles.delete(articleId);
  };

  return {
    atomically: (work) => work(),
    pair(articleId, term) {
      const pair = articles.get(articleId)?.get(term);
      return pair ? { practices: pair.practices, learned: pair.learnedDay !== null } : null;
    },
    pendingPairs(articleId) {
      let count = 0;
      for (const pair of articles.get(articleId)?.values() ?? []) if (pair.learnedDay === null) count++;
      return count;
    },
    stalestSingle(articleId) {
      let stalest: [string, Pair] | null = null;
      for (const entry of articles.get(articleId) ?? []) {
        const pair = entry[1];
        if (pair.learnedDay === null && pair.practices === 1 && (!stalest || pair.lastDay < stalest[1].lastDay)) stalest = entry;
      }
      return stalest?.[0] ?? null;
    },
    addPair(articleId, term, day) {
      pairsOf(articleId).set(term, { practices: 0, lastDay: day, learnedDay: null, marks: new Map() });
    },
    mark(articleId, term, mark, day) {
      const pair = pending(articleId, term);
      const known = pair.marks.has(mark);
      pair.marks.set(mark, day);
      pair.lastDay = Math.max(pair.lastDay, day);
      if (!known) pair.practices++;
      return !known;
    },
    dropPair(articleId, term) {
      pending(articleId, term);
      drop(articleId, term);
    },
    learn(articleId, term, day) {
      const pair = pending(articleId, term);
      pair.marks.clear();
      pair.learnedDay = day;
      revision++;
    },
    expire(beforeDay) {
      for (const [articleId, pairs] of [...articles]) {
        for (const [term, pair] of [...pairs]) {
          if (pair.learnedDay !== null) continue;
          for (const [mark, day] of pair.marks) if (day < beforeDay) pair.marks.delete(mark);
          pair.practices = pair.marks.size;
          if (pair.practices === 0) drop(articleId, term);
        }
      }
    },
    clearPending() {
      for (const [articleId, pairs] of [...articles]) for (const [term, pair] of [...pairs]) if (pair.learnedDay === null) drop(articleId, term);
    },
    learned() {
      const out: LearnedPair[] = [];
      for (const [articleId, pairs] of articles) {
        for (const [term, pair] of pairs) if (pair.learnedDay !== null) out.push({ articleId, term, practices: pair.practices, learnedDay: pair.learnedDay });
      }
      return out;
    },
    revision: () => revision,
  };
}
