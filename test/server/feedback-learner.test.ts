import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../src/api/contract.js';
import { withLearnedKeywords } from '../../server/feedback/learned-index.js';
import { createFeedbackLearner } from '../../server/feedback/learner.js';
import { createMemoryFeedbackStore } from '../../server/feedback/memory-store.js';
import { createArticleCatalog } from '../../server/kb/catalog.js';
import type { LoadedArticle } from '../../server/kb/loader.js';
import { learnerSuite } from './feedback-learner-suite.js';

learnerSuite('memory store', createMemoryFeedbackStore);

const article = (id: string, locale: 'de' | 'en'): LoadedArticle => ({
  id, title: id, excerpt: '', keywords: [], requestTypes: [], locale, updatedAt: '2025-01-01T00:00:00.000Z', html: '', file: `${id}.md`,
});

describe('learned keywords in the article index', () => {
  it('serves the source index as it is until an article of the filter has learned keywords, then rebuilds once per change', () => {
    const catalog = createArticleCatalog([article('drucken', 'de'), article('drucken', 'en'), article('nur-en', 'en')]);
    const learner = createFeedbackLearner({ secret: 's', minPractices: 2 });
    const kb = withLearnedKeywords(catalog, learner);
    expect(kb.index('de')).toBe(catalog.index('de'));

    learner.record('nur-en', 'org-a', ['printer']);
    expect(kb.index(null)).toBe(catalog.index(null));
    learner.record('nur-en', 'org-b', ['printer']);
    expect(kb.index('de')).toBe(catalog.index('de'));
    const en = kb.index('en');
    expect(en.etag).not.toBe(catalog.index('en').etag);
    expect((JSON.parse(en.body) as ArticleSummary[]).map((a) => a.learnedKeywords)).toEqual([undefined, ['printer']]);
    expect(kb.index('en')).toBe(en);

    for (const org of ['org-a', 'org-b']) learner.record('drucken', org, ['ausdruck']);
    expect((JSON.parse(kb.index('de').body) as ArticleSummary[])[0]?.learnedKeywords).toEqual(['ausdruck']);
    expect(kb.index('en').etag).not.toBe(en.etag);
  });
});
