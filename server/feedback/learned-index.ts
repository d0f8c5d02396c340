import type { ArticleSummary, Locale } from '../../src/api/contract.js';
import { etagOf, type ArticleIndex, type KnowledgeBase } from '../kb/catalog.js';
import type { FeedbackLearner } from './learner.js';

/**
 * The knowledge base with each article's learned keywords (`learnedKeywords`, only where there are some) in the
 * `GET /articles` index, whichever source the articles come from. An index body is rebuilt only when the articles or
 * the learned keywords changed, per locale filter; the ETag is the body's hash, so it changes exactly when the body
 * does. While no article of the filter has learned keywords the source's own index (and ETag) is served.
 */
export function withLearnedKeywords(kb: KnowledgeBase, learner: Pick<FeedbackLearner, 'learned' | 'revision'>): KnowledgeBase {
  const cache = new Map<string, { source: string; revision: number; index: ArticleIndex }>();

  function index(locale: Locale | null): ArticleIndex {
    const source = kb.index(locale);
    const revision = learner.revision();
    const key = locale ?? '*';
    const hit = cache.get(key);
    if (hit && hit.source === source.etag && hit.revision === revision) return hit.index;
    const learned = learner.learned();
    const summaries = kb.summaries(locale);
    let built = source;
    if (summaries.some((summary) => learned.has(summary.id))) {
      const body = JSON.stringify(summaries.map((summary): ArticleSummary => {
        const terms = learned.get(summary.id);
        return terms && terms.length > 0 ? { ...summary, learnedKeywords: [...terms] } : summary;
      }));
      built = { body, etag: etagOf(body) };
    }
    cache.set(key, { source: source.etag, revision, index: built });
    return built;
  }

  return {
    get size() {
      return kb.size;
    },
    index,
    summaries: (locale) => kb.summaries(locale),
    find: (id, locale) => kb.find(id, locale),
    synonyms: () => kb.synonyms(),
    ...(kb.refresh ? { refresh: kb.refresh.bind(kb) } : {}),
    ...(kb.close ? { close: kb.close.bind(kb) } : {}),
  };
}
