import { signal } from '@preact/signals';
import { describe, expect, it, vi } from 'vitest';
import type { Revalidated } from '../../src/api/client';
import type { ReadMarks, RequestList, RequestQuery, RequestSummary } from '../../src/api/contract';
import type { AppState } from '../../src/state/app';
import { versionsFor } from '../../src/state/article-versions';
import { createTranslator } from '../../src/i18n';
import { parseDeepLink } from '../../src/state/deep-link';
import { createRequestsStore } from '../../src/state/requests';
import { createUnread, isUnread, mergeMarks } from '../../src/state/unread';

const summary = (key: string, lastAgentActivityAt: string | null = null, createdBy = 'u-1'): RequestSummary => ({
  key,
  summary: `Anfrage ${key}`,
  requestType: { id: 'rt-support', key: 'support', name: 'Unterstützung' },
  status: { id: 'waiting_for_support', name: 'Warten auf Support', category: 'open' },
  createdBy: { id: createdBy, name: 'Anna' },
  createdAt: '2026-01-01T10:00:00.000Z',
  updatedAt: lastAgentActivityAt ?? '2026-01-01T10:00:00.000Z',
  lastAgentActivityAt,
});
const page = (items: RequestSummary[], nextCursor: string | null = null, etag = 'W/"1"'): Revalidated<RequestList> => ({
  notModified: false,
  data: { items, nextCursor },
  etag,
});
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('unread marks', () => {
  it('counts support activity newer than the mark, or than the first check when the request was never opened', () => {
    const marks = { since: '2026-01-02T00:00:00.000Z', seen: { 'MED-2': '2026-01-05T00:00:00.000Z' } };
    expect(isUnread(summary('MED-1', '2026-01-01T00:00:00.000Z'), marks)).toBe(false);
    expect(isUnread(summary('MED-1', '2026-01-03T00:00:00.000Z'), marks)).toBe(true);
    expect(isUnread(summary('MED-2', '2026-01-05T00:00:00.000Z'), marks)).toBe(false);
    expect(isUnread(summary('MED-2', '2026-01-06T00:00:00.000Z'), marks)).toBe(true);
    expect(isUnread(summary('MED-3'), marks)).toBe(false);
    // Before the first check nothing is unread: what is old and what is new is not known yet.
    expect(isUnread(summary('MED-1', '2026-01-03T00:00:00.000Z'), { seen: {} })).toBe(false);
  });

  it('takes the portal\'s marks, keeping a later one made on this page that the portal\'s answer did not have yet', () => {
    const portal = { since: '2026-01-01T00:00:00.000Z', marks: { 'MED-1': '2026-01-03T00:00:00.000Z', 'MED-2': '2026-01-05T00:00:00.000Z' } };
    expect(mergeMarks(portal, { 'MED-1': '2026-01-04T00:00:00.000Z', 'MED-2': '2026-01-02T00:00:00.000Z', 'MED-3': '2026-01-06T00:00:00.000Z' })).toEqual({
      since: '2026-01-01T00:00:00.000Z',
      seen: { 'MED-1': '2026-01-04T00:00:00.000Z', 'MED-2': '2026-01-05T00:00:00.000Z', 'MED-3': '2026-01-06T00:00:00.000Z' },
    });
  });
});

describe('deep links', () => {
  it('reads request/KEY and plain view names, and ignores anything else', () => {
    expect(parseDeepLink('request/MED-42')).toEqual({ view: 'request', arg: 'MED-42' });
    expect(parseDeepLink('requests')).toEqual({ view: 'requests' });
    expect(parseDeepLink('request/')).toBeNull();
    expect(parseDeepLink('admin/MED-42')).toBeNull();
    expect(parseDeepLink(null)).toBeNull();
  });
});

describe('requests store', () => {
  it('appends pages by cursor without repeating a row, and drops the answer to a query that was replaced', async () => {
    const calls: RequestQuery[] = [];
    let release: (value: Revalidated<RequestList>) => void = () => undefined;
    const listRequests = vi.fn((query: RequestQuery) => {
      calls.push(query);
      if (query.q === 'slow') return new Promise<Revalidated<RequestList>>((resolve) => (release = resolve));
      if (query.cursor) return Promise.resolve(page([summary('MED-2'), summary('MED-1')]));
      return Promise.resolve(page([summary('MED-3'), summary('MED-2')], 'c1'));
    });
    const store = createRequestsStore({ listRequests } as never);
    await store.load();
    await store.loadMore();
    expect(store.items.value?.map((item) => item.key)).toEqual(['MED-3', 'MED-2', 'MED-1']);
    expect(calls[1]).toMatchObject({ ownership: 'mine', status: 'open', cursor: 'c1' });

    store.setFilters({ q: 'slow' });
    store.setFilters({ q: '' });
    await flush();
    release(page([summary('MED-99')]));
    await flush();
    expect(store.items.value?.map((item) => item.key)).toEqual(['MED-3', 'MED-2']);
  });

  it('follows empty pages that name a next one (a portal filtering after reading), a few at most, then offers more', async () => {
    const pages: Record<string, Revalidated<RequestList>> = {
      first: page([], 'c1'), c1: page([], 'c2'), c2: page([summary('MED-7')], 'c3'), c3: page([], 'c4'), c4: page([], 'c5'), c5: page([], 'c6'), c6: page([], 'c7'), c7: page([], 'c8'),
    };
    const listRequests = vi.fn((query: RequestQuery) => Promise.resolve(pages[query.cursor ?? 'first']!));
    const store = createRequestsStore({ listRequests } as never);
    await store.load();
    expect(store.items.value?.map((item) => item.key)).toEqual(['MED-7']);
    expect(store.nextCursor.value).toBe('c3');
    await store.loadMore();
    // Four more empty pages followed: the list stays as it is and still offers the next.
    expect(listRequests).toHaveBeenCalledTimes(8);
    expect(store.items.value?.map((item) => item.key)).toEqual(['MED-7']);
    expect(store.nextCursor.value).toBe('c8');
  });

  it('forgets filters, rows and pages on reset, and ignores answers still on their way', async () => {
    let release: (value: Revalidated<RequestList>) => void = () => undefined;
    const listRequests = vi.fn(() => new Promise<Revalidated<RequestList>>((resolve) => (release = resolve)));
    const store = createRequestsStore({ listRequests } as never);
    store.setFilters({ ownership: 'organization', status: 'closed' });
    store.reset();
    release(page([summary('MED-1')]));
    await flush();
    expect(store.items.value).toBeNull();
    expect(store.filters.value).toMatchObject({ ownership: 'mine', status: 'open' });
  });
});

describe('unread tracker', () => {
  function setup() {
    const userId = signal<string | null>('u-1');
    const report = vi.fn();
    const emit = vi.fn();
    let answer: Revalidated<RequestList> = page([summary('MED-1', '2026-01-01T00:00:00.000Z')]);
    let marks: Revalidated<ReadMarks> = { notModified: false, data: { since: '2026-01-01T12:00:00.000Z', marks: {} }, etag: '"r1"' };
    const listRequests = vi.fn((_query: RequestQuery, _etag?: string | null) => Promise.resolve(answer));
    const reads = vi.fn((_etag?: string | null) => Promise.resolve(marks));
    const markRead = vi.fn((key: string, at: string) => Promise.resolve({ key, at }));
    const app = {
      client: { listRequests, reads, markRead },
      session: { userId, identified: signal(true), known: signal(true) },
      host: { report, emit },
      unreadCount: signal(0),
      isOpen: signal(false),
      closedNews: signal(''),
      config: { pollInterval: 0 },
      userScope: () => `scope:${userId.value}`,
      t: createTranslator(signal('de')),
    } as unknown as AppState;
    const unread = createUnread(app);
    return {
      unread, app, userId, report, emit, listRequests, reads, markRead,
      setAnswer: (a: Revalidated<RequestList>) => (answer = a),
      setMarks: (m: Revalidated<ReadMarks>) => (marks = m),
    };
  }

  it('counts replies after the portal\'s since, reports them, marks them read on the portal, and forgets them when the user changes', async () => {
    const { unread, app, userId, report, emit, listRequests, reads, markRead, setAnswer, setMarks } = setup();
    await flush();
    expect(unread.count.value).toBe(0);
    expect(listRequests).toHaveBeenLastCalledWith({ ownership: 'mine', status: 'all', sort: 'updated', limit: 100 }, null);
    expect(reads).toHaveBeenLastCalledWith(null);

    setAnswer(page([summary('MED-1', '2026-01-02T00:00:00.000Z')], null, 'W/"2"'));
    setMarks({ notModified: true });
    await unread.check();
    expect(listRequests).toHaveBeenLastCalledWith(expect.anything(), 'W/"1"');
    expect(reads).toHaveBeenLastCalledWith('"r1"');
    expect(unread.count.value).toBe(1);
    expect(report).toHaveBeenLastCalledWith({ unread: { count: 1, label: '1 neue Antwort' } });
    expect(emit).toHaveBeenLastCalledWith('unread', { count: 1 });
    // It came while the panel was closed, after a first check that found nothing new: said as it comes.
    expect(app.closedNews.value).toBe('Neues vom Support-Team: 1 neue Antwort');

    // Unchanged (304): the count stays as it was.
    setAnswer({ notModified: true });
    await unread.check();
    expect(unread.count.value).toBe(1);

    unread.markRead('MED-1', '2026-01-02T00:00:00.000Z');
    expect(unread.count.value).toBe(0);
    expect(markRead).toHaveBeenCalledWith('MED-1', '2026-01-02T00:00:00.000Z');
    expect(emit).toHaveBeenLastCalledWith('unread', { count: 0 });

    setAnswer(page([summary('MED-7', '2026-01-09T00:00:00.000Z', 'u-2')]));
    userId.value = 'u-2';
    expect(unread.items.value).toEqual([]);
    await flush();
    expect(unread.count.value).toBe(0);
  });

  it('on a device\'s first check shows what the portal says is unread, and clears it when another device read it', async () => {
    const { unread, setAnswer, setMarks } = setup();
    setAnswer(page([summary('MED-1', '2026-01-02T00:00:00.000Z')]));
    await flush();
    expect(unread.count.value).toBe(1);

    setAnswer({ notModified: true });
    setMarks({ notModified: false, data: { since: '2026-01-01T12:00:00.000Z', marks: { 'MED-1': '2026-01-02T00:00:00.000Z' } }, etag: '"r2"' });
    await unread.check();
    expect(unread.count.value).toBe(0);
  });

  it('sends a mark again at the next check when the portal did not take it', async () => {
    const { unread, markRead } = setup();
    await flush();
    markRead.mockRejectedValueOnce(new Error('offline'));
    unread.markRead('MED-1', '2026-01-01T00:00:00.000Z');
    await flush();
    await unread.check();
    expect(markRead).toHaveBeenCalledTimes(2);
    await unread.check();
    expect(markRead).toHaveBeenCalledTimes(2);
  });
});

describe('article versions', () => {
  const version = (id: string, locale: 'de' | 'en') => ({ id, title: `${id}-${locale}`, excerpt: '', keywords: [], requestTypes: [], locale, updatedAt: '' });
  it('keeps one version per id: the user’s language, else German, else any', () => {
    const items = [version('a', 'de'), version('a', 'en'), version('b', 'en'), version('c', 'de')];
    expect(versionsFor(items, 'en').map((a) => a.title)).toEqual(['a-en', 'b-en', 'c-de']);
    expect(versionsFor(items, 'de').map((a) => a.title)).toEqual(['a-de', 'b-en', 'c-de']);
  });

  it('takes an article that names its original in translationOf for a version of it', () => {
    const items = [version('print', 'de'), { ...version('print-en', 'en'), translationOf: 'print' }, version('cash', 'de')];
    expect(versionsFor(items, 'de').map((a) => a.title)).toEqual(['print-de', 'cash-de']);
    expect(versionsFor(items, 'en').map((a) => a.title)).toEqual(['print-en-en', 'cash-de']);
  });
});
