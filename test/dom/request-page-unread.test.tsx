import { signal } from '@preact/signals';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Revalidated } from '../../src/api/client';
import type { ReadMarks, RequestDetail, RequestList } from '../../src/api/contract';
import { createTranslator } from '../../src/i18n';
import { AppContext, type AppState } from '../../src/state/app';
import { createRouter, type RouteOf } from '../../src/state/router';
import { RequestPage } from '../../src/ui/request/RequestPage';

const REPLY_AT = '2026-01-03T09:00:00.000Z';

const detail: RequestDetail = {
  key: 'MED-7',
  summary: 'Rezeptdruck bricht ab',
  requestType: { id: 'rt-support', key: 'support', name: 'Unterstützung' },
  status: { id: 'waiting_for_customer', name: 'Warten auf Kunde', category: 'open' },
  createdBy: { id: 'u-1', name: 'Anna' },
  createdAt: '2026-01-01T10:00:00.000Z',
  updatedAt: REPLY_AT,
  lastAgentActivityAt: REPLY_AT,
  fields: [],
  context: null,
  activity: [
    { id: 'a-1', type: 'created', at: '2026-01-01T10:00:00.000Z', author: { name: 'Anna', isAgent: false } },
    { id: 'a-2', type: 'comment', at: REPLY_AT, author: { name: 'Support', isAgent: true }, body: 'Bitte installieren Sie den Treiber neu.' },
  ],
};

/** Lets pending promises settle and Preact run its effects (it defers them to a timer in the test environment). */
const settle = () => act(async () => void (await new Promise((resolve) => setTimeout(resolve, 30))));

/**
 * The request page opened by a deep link: the request answers at once, the unread check's list and read marks are
 * held, each until the test releases it.
 */
function deepLinked() {
  let answerList: (value: Revalidated<RequestList>) => void = () => undefined;
  let answerReads: (value: Revalidated<ReadMarks>) => void = () => undefined;
  const markRead = vi.fn((key: string, at: string) => Promise.resolve({ key, at }));
  const client = {
    listRequests: vi.fn(() => new Promise<Revalidated<RequestList>>((resolve) => (answerList = resolve))),
    reads: vi.fn(() => new Promise<Revalidated<ReadMarks>>((resolve) => (answerReads = resolve))),
    request: vi.fn(() => Promise.resolve(detail)),
    markRead,
  };
  const router = createRouter();
  router.reset({ view: 'request', key: 'MED-7' });
  const app = {
    client,
    router,
    isOpen: signal(true),
    unreadCount: signal(0),
    locale: signal('de'),
    t: createTranslator(signal('de')),
    config: { pollInterval: 0 },
    session: { userId: signal('u-1'), identified: signal(true), known: signal(true) },
    host: { report: vi.fn(), emit: vi.fn() },
    drafts: { load: () => null, save: () => undefined, remove: () => undefined },
  } as unknown as AppState;
  const root = document.createElement('div');
  document.body.append(root);
  render(
    <AppContext.Provider value={app}>
      <RequestPage route={router.current.value as RouteOf<'request'>} />
    </AppContext.Provider>,
    root,
  );
  return {
    root,
    markRead,
    list: () => answerList({ notModified: false, data: { items: [], nextCursor: null }, etag: 'W/"1"' }),
    // The user's first check was before the reply: it is new to them.
    reads: () => answerReads({ notModified: false, data: { since: '2026-01-02T00:00:00.000Z', marks: {} }, etag: '"r1"' }),
  };
}

describe('request page opened before the unread check has answered', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('marks the reply newer than the read mark as new once the marks come, without waiting for the list', async () => {
    const page = deepLinked();
    await settle();
    expect(page.root.querySelector('.activity-item.agent')?.textContent).toContain('Treiber');
    // What is new is not known yet: nothing marked, nothing sent.
    expect(page.root.querySelector('.activity-item.new')).toBeNull();
    expect(page.markRead).not.toHaveBeenCalled();

    page.reads();
    await settle();
    const fresh = page.root.querySelectorAll('.activity-item.new');
    expect(fresh).toHaveLength(1);
    expect(fresh[0]!.textContent).toContain('Neu');
    expect(page.root.querySelector('.jump-new')?.textContent).toBe('Neue Antwort ↓');
    // Shown as new, and so read: the mark goes to the portal now, while the list is still on its way.
    expect(page.markRead).toHaveBeenCalledWith('MED-7', REPLY_AT);

    page.list();
    await settle();
    expect(page.root.querySelectorAll('.activity-item.new')).toHaveLength(1);
    expect(page.markRead).toHaveBeenCalledTimes(1);
  });

  it('sends no read mark before the marks are known, also when the list answers first', async () => {
    const page = deepLinked();
    await settle();
    page.list();
    await settle();
    expect(page.markRead).not.toHaveBeenCalled();
    expect(page.root.querySelector('.activity-item.new')).toBeNull();

    page.reads();
    await settle();
    expect(page.root.querySelectorAll('.activity-item.new')).toHaveLength(1);
    expect(page.markRead).toHaveBeenCalledWith('MED-7', REPLY_AT);
  });
});
