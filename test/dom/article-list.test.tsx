import { signal } from '@preact/signals';
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../src/api/contract';
import { createArticleSearch } from '../../src/search';
import { AppContext, type AppState } from '../../src/state/app';
import { createArticleFeedback } from '../../src/state/feedback';
import { createRouter } from '../../src/state/router';
import { ArticleList } from '../../src/ui/shared/ArticleList';

const article: ArticleSummary = {
  id: 'geraete-kartenlesegeraet',
  title: 'Kartenlesegerät anschließen',
  excerpt: 'So verbinden Sie ein Kartenlesegerät.',
  keywords: ['Kartenleser'],
  requestTypes: ['support'],
  locale: 'de',
  updatedAt: '2026-01-01',
};

describe('ArticleList', () => {
  it('opens the article with the terms of the query that found it, and tells the form it was opened from', () => {
    const engine = createArticleSearch([article]);
    const router = createRouter();
    const sent: unknown[] = [];
    const feedback = createArticleFeedback({ articleFeedback: async (...call) => void sent.push(call) }, signal('u-1'), signal(true));
    const app = { router, feedback, articles: { engine: signal(engine) } } as unknown as AppState;
    const query = 'Lesedings spinnt Kartenleser';
    const root = document.createElement('div');
    render(
      <AppContext.Provider value={app}>
        <ArticleList hits={engine.search(query)} labelledBy="x" query={query} fromDraft="support" />
      </AppContext.Provider>,
      root,
    );
    root.querySelector<HTMLButtonElement>('.article-link')!.click();
    const terms = engine.terms(query);
    expect(terms.length).toBeGreaterThan(0);
    expect(router.current.value).toEqual({ view: 'article', id: article.id, title: article.title, fromDraft: 'support', terms });
    // The form is left unsent: that article is reported as abandoned, with the same terms.
    feedback.left('support');
    expect(sent).toEqual([[article.id, { terms, kind: 'abandoned' }, { leaving: false }]]);
  });
});
