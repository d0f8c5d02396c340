import { describe, expect, it } from 'vitest';
import { createConfluenceApi, MAX_LISTING_PAGES } from '../../server/kb/confluence/api.js';
import { createJsmClient } from '../../server/store/jsm/client.js';

// What the knowledge base takes from Confluence's answers, whatever a site sends beside it: current pages only, and
// only the labels the knowledge-base team sets for everyone.

/** A Confluence site answering each path from `answers`. */
function site(answers: Record<string, unknown>) {
  return createConfluenceApi(
    createJsmClient({
      siteUrl: 'https://example.atlassian.net/wiki',
      email: 'svc@example.com',
      apiToken: 'token',
      log: () => {},
      fetch: async (input) => {
        const path = new URL(String(input)).pathname.replace('/wiki', '');
        const body = answers[path];
        return body === undefined
          ? new Response(JSON.stringify({ errors: [{ title: 'Not found' }] }), { status: 404, headers: { 'Content-Type': 'application/json' } })
          : new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
      },
    }),
  );
}

const version = { number: 3, createdAt: '2026-12-01T10:00:00.000Z' };

/**
 * A site whose space listing hands out a next link on every answer: `next(n)` for the n-th call, in the body or the
 * `Link` header. It gives up (an error) after 10,000 calls, so code that never stops fails instead of hanging.
 */
function endless(where: 'body' | 'header', next: (n: number) => string) {
  let calls = 0;
  const api = createConfluenceApi(
    createJsmClient({
      siteUrl: 'https://example.atlassian.net/wiki',
      email: 'svc@example.com',
      apiToken: 'token',
      log: () => {},
      fetch: async () => {
        if (++calls > 10_000) throw new Error('runaway paging');
        const link = `/wiki${next(calls)}`;
        const body = { results: calls === 1 ? [{ id: '8', title: 'Aktuell', status: 'current', version }] : [], _links: where === 'body' ? { next: link } : {} };
        const headers: Record<string, string> = { 'Content-Type': 'application/json' };
        if (where === 'header') headers.Link = `<${link}>; rel="next"`;
        return new Response(JSON.stringify(body), { status: 200, headers });
      },
    }),
  );
  return { api, calls: () => calls };
}

describe('the Confluence API as the knowledge base reads it', () => {
  it('takes only global labels (or labels without a prefix): personal, team and system labels set nothing', async () => {
    const api = site({
      '/api/v2/pages/7/labels': {
        results: [
          { id: '1', name: 'rt-billing', prefix: 'global' },
          { id: '2', name: 'lang-en', prefix: 'my' },
          { id: '3', name: 'id-privat', prefix: 'team' },
          { id: '4', name: 'rt-access', prefix: 'system' },
          { id: '5', name: 'rechnung' },
        ],
        _links: {},
      },
    });
    expect(await api.labels('7')).toEqual(['rt-billing', 'rechnung']);
  });

  it('a page that is no longer current is gone, whether listed or read by id', async () => {
    const api = site({
      '/api/v2/pages/7': { id: '7', title: 'Im Papierkorb', status: 'trashed', version, body: { storage: { value: '<p>alt</p>' } } },
      '/api/v2/pages/8': { id: '8', title: 'Aktuell', status: 'current', version, body: { storage: { value: '<p>neu</p>' } } },
      '/api/v2/spaces/1/pages': {
        results: [
          { id: '8', title: 'Aktuell', status: 'current', version },
          { id: '9', title: 'Archiviert', status: 'archived', version },
          { id: '10', title: 'Ohne Status', version },
        ],
        _links: {},
      },
    });
    expect(await api.page('7')).toBeNull();
    expect(await api.page('8')).toMatchObject({ id: '8', storage: '<p>neu</p>' });
    expect((await api.pages('1', false)).map((p) => p.title)).toEqual(['Aktuell', 'Ohne Status']);
  });

  it('stops at a next link that repeats one already followed, in the body or the Link header', async () => {
    for (const where of ['body', 'header'] as const) {
      const site = endless(where, () => '/api/v2/spaces/1/pages?cursor=SAME&limit=250&status=current');
      await expect(site.api.pages('1', false)).rejects.toThrow('Confluence repeated the next link /api/v2/spaces/1/pages?cursor=SAME&limit=250&status=current');
      expect(site.calls()).toBe(2);
    }
  });

  it('stops after its maximum of pages when every next link is new', async () => {
    const site = endless('body', (n) => `/api/v2/spaces/1/pages?cursor=c${n}&limit=250`);
    await expect(site.api.pages('1', false)).rejects.toThrow(`beyond ${MAX_LISTING_PAGES} pages of results`);
    expect(site.calls()).toBe(MAX_LISTING_PAGES);
  });
});
