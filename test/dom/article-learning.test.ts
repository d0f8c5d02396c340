import { signal } from '@preact/signals';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PortalClient, Revalidated } from '../../src/api/client';
import type { ArticleFeedback, ArticleSummary, Locale, SynonymTable } from '../../src/api/contract';
import { PortalError } from '../../src/api/errors';
import type { ArticleSearchOptions } from '../../src/search';
import { createArticleIndex } from '../../src/state/articles';
import { createArticleFeedback } from '../../src/state/feedback';
import { createSafeStorage } from '../../src/state/storage';

// The engine is the lead's (src/search): here only what the index hands it, and when, matters.
const builds: { ids: string[]; options: ArticleSearchOptions }[] = [];
vi.mock('../../src/search', () => ({
  buildArticleSearch: async (articles: ArticleSummary[], options: ArticleSearchOptions = {}) => {
    builds.push({ ids: articles.map((a) => a.id), options });
    return { search: () => [], terms: () => [] };
  },
}));

const article = (id: string): ArticleSummary => ({ id, title: id, excerpt: '', keywords: [], requestTypes: [], locale: 'de', updatedAt: '2026-01-01' });
const fresh = <T>(data: T, etag: string): Revalidated<T> => ({ notModified: false, data, etag });
const unchanged = { notModified: true } as const;
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

const KEY = 'medsupport:test:articles';

function fakeClient(answers: { articles: (() => Promise<Revalidated<ArticleSummary[]>>)[]; synonyms: (() => Promise<Revalidated<SynonymTable>>)[] }) {
  const calls: [string, string | null | undefined][] = [];
  const client = {
    articles: (etag?: string | null) => (calls.push(['articles', etag]), answers.articles.shift()!()),
    synonyms: (etag?: string | null) => (calls.push(['synonyms', etag]), answers.synonyms.shift()!()),
  } as unknown as PortalClient;
  return { client, calls };
}

describe('article index with the installation’s synonyms', () => {
  beforeEach(() => {
    localStorage.clear();
    builds.length = 0;
  });
  const storage = createSafeStorage(() => localStorage);
  const locale = signal<Locale>('de');

  it('fetches both together, builds once with { synonyms: groups }, and keeps each with its ETag', async () => {
    const { client, calls } = fakeClient({
      articles: [async () => fresh([article('a'), article('b')], '"a1"')],
      synonyms: [async () => fresh({ groups: [['Lesedings', 'Kartenleser']] }, '"s1"')],
    });
    const index = createArticleIndex(client, storage, KEY, locale);
    await index.refresh();
    await settle();
    expect(calls).toEqual([
      ['articles', null],
      ['synonyms', null],
    ]);
    expect(builds).toEqual([{ ids: ['a', 'b'], options: { synonyms: [['Lesedings', 'Kartenleser']] } }]);
    expect(index.engine.value).not.toBeNull();
    expect(storage.get(KEY)).toMatchObject({ etag: '"a1"' });
    expect(storage.get(`${KEY}:synonyms`)).toEqual({ etag: '"s1"', groups: [['Lesedings', 'Kartenleser']] });
    index.dispose();
  });

  it('on the next page starts from the cache, revalidates both with their ETags, and rebuilds when only the synonyms changed', async () => {
    storage.set(KEY, { etag: '"a1"', items: [article('a')] });
    storage.set(`${KEY}:synonyms`, { etag: '"s1"', groups: [['alt']] });
    const { client, calls } = fakeClient({
      articles: [async () => unchanged],
      synonyms: [async () => fresh({ groups: [['neu', 'new']] }, '"s2"')],
    });
    const index = createArticleIndex(client, storage, KEY, locale);
    expect(index.synonyms.value).toEqual([['alt']]);
    await index.refresh();
    await settle();
    expect(calls).toEqual([
      ['articles', '"a1"'],
      ['synonyms', '"s1"'],
    ]);
    // Suggestions start from the cache at once; the portal's new table rebuilds the index.
    expect(builds).toEqual([
      { ids: ['a'], options: { synonyms: [['alt']] } },
      { ids: ['a'], options: { synonyms: [['neu', 'new']] } },
    ]);
    expect(storage.get(`${KEY}:synonyms`)).toEqual({ etag: '"s2"', groups: [['neu', 'new']] });
    index.dispose();
  });

  it('rebuilds when the articles change (learned keywords arrive) and the synonyms do not', async () => {
    const { client } = fakeClient({
      articles: [async () => fresh([article('a')], '"a1"'), async () => fresh([{ ...article('a'), learnedKeywords: ['lesedings'] }], '"a2"')],
      synonyms: [async () => fresh({ groups: [['x', 'y']] }, '"s1"'), async () => unchanged],
    });
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const index = createArticleIndex(client, storage, KEY, locale);
      await index.refresh();
      await settle();
      vi.setSystemTime(Date.now() + 6 * 60_000);
      await index.refresh();
      await settle();
      expect(builds.map((b) => b.options)).toEqual([{ synonyms: [['x', 'y']] }, { synonyms: [['x', 'y']] }]);
      expect(index.items.value?.[0]?.learnedKeywords).toEqual(['lesedings']);
      index.dispose();
    } finally {
      vi.useRealTimers();
    }
  });

  it('still suggests when the synonyms call fails: the index is built without them (or with the cached ones)', async () => {
    const { client } = fakeClient({
      articles: [async () => fresh([article('a')], '"a1"')],
      synonyms: [async () => Promise.reject(new PortalError('not_found', 'no route', 404))],
    });
    const index = createArticleIndex(client, storage, KEY, locale);
    await index.refresh();
    await settle();
    expect(builds).toEqual([{ ids: ['a'], options: {} }]);
    expect(index.engine.value).not.toBeNull();
    expect(storage.get(`${KEY}:synonyms`)).toBeNull();
    index.dispose();
  });
});

describe('article feedback', () => {
  function setup(identified = true) {
    const sent: [string, ArticleFeedback][] = [];
    const leaving: boolean[] = [];
    const user = signal<string | null>(identified ? 'u-1' : null);
    const feedback = createArticleFeedback(
      {
        articleFeedback: async (id, body, options) => {
          sent.push([id, body]);
          leaving.push(!!options?.leaving);
        },
      },
      user,
      signal(identified),
    );
    return { sent, leaving, user, feedback };
  }
  const fromForm = { id: 'geraete-kartenlesegeraet', terms: ['lesedings', 'spinnt'], fromDraft: 'support' };

  it('solved: the confirmed article with the terms of the query that found it, from the home search or the form', () => {
    const { sent, feedback } = setup();
    const fromHome = { id: 'drucken-rechnung', terms: ['ausdruck'] };
    feedback.opened(fromHome);
    feedback.solved(fromHome);
    feedback.opened(fromForm);
    feedback.solved(fromForm);
    // Solved on the form's article: leaving the form afterwards is not an abandonment as well.
    feedback.left('support');
    expect(sent).toEqual([
      ['drucken-rechnung', { terms: ['ausdruck'], kind: 'solved' }],
      ['geraete-kartenlesegeraet', { terms: ['lesedings', 'spinnt'], kind: 'solved' }],
    ]);
  });

  it('abandoned: opened from the form, then the form left unsent; only the article opened last, once', () => {
    const { sent, feedback } = setup();
    feedback.opened({ ...fromForm, id: 'first' });
    feedback.opened(fromForm);
    feedback.left('support');
    feedback.left('support');
    expect(sent).toEqual([['geraete-kartenlesegeraet', { terms: ['lesedings', 'spinnt'], kind: 'abandoned' }]]);
  });

  it('abandoned when the page goes away with the form unsent, in a call that outlives the page', () => {
    const { sent, leaving, feedback } = setup();
    feedback.opened(fromForm);
    feedback.pageGone();
    expect(sent).toEqual([['geraete-kartenlesegeraet', { terms: ['lesedings', 'spinnt'], kind: 'abandoned' }]]);
    expect(leaving).toEqual([true]);
  });

  it('nothing when the request was sent, the article said "Nicht gelöst", or it came from the home search only', () => {
    const { sent, feedback } = setup();
    feedback.opened(fromForm);
    feedback.sent('support');
    feedback.left('support');
    feedback.opened(fromForm);
    feedback.notSolved(fromForm);
    feedback.pageGone();
    feedback.opened({ id: 'home', terms: ['x'] });
    feedback.pageGone();
    expect(sent).toEqual([]);
  });

  it('nothing for visitors, for an article opened without a query, or for another user than who opened it', () => {
    const visitor = setup(false);
    visitor.feedback.opened(fromForm);
    visitor.feedback.solved(fromForm);
    visitor.feedback.left('support');
    expect(visitor.sent).toEqual([]);

    const { sent, user, feedback } = setup();
    feedback.solved({ id: 'linked', fromDraft: 'support' });
    feedback.opened(fromForm);
    user.value = 'u-2';
    feedback.left('support');
    expect(sent).toEqual([]);
  });
});
