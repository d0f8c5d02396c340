import { describe, expect, it } from 'vitest';
import { createConfluenceApi } from '../../server/kb/confluence/api.js';
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
});
