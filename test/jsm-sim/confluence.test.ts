import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startJsmSimulator, type JsmSimulator } from '../../server/jsm-sim/index.js';
import { client } from './client.js';

let sim: JsmSimulator;
let api: ReturnType<typeof client>;

interface PageList {
  results: { id: string; title: string; version: { number: number }; body: { storage?: { value: string } } }[];
  _links: { next?: string; base: string };
}

beforeAll(async () => {
  sim = await startJsmSimulator({
    seed: {
      confluence: {
        spaces: [{ key: 'KB', name: 'Hilfe' }],
        pages: Array.from({ length: 7 }, (_, i) => ({ spaceKey: 'KB', title: `Seite ${i + 1}`, storage: `<p>Text ${i + 1}</p>`, labels: i === 0 ? ['rt-billing', 'lang-en'] : [] })),
      },
    },
  });
  api = client(sim);
});
afterAll(() => sim.close());

async function spaceId(): Promise<string> {
  const res = await api('GET', '/wiki/api/v2/spaces?keys=KB');
  const [space] = res.json<{ results: { id: string; key: string }[] }>().results;
  expect(space?.key).toBe('KB');
  return space?.id ?? '';
}

describe('Confluence v2', () => {
  it('finds a space by key and by id, and 404s an unknown id', async () => {
    const id = await spaceId();
    expect((await api('GET', `/wiki/api/v2/spaces/${id}`)).json()).toMatchObject({ key: 'KB', name: 'Hilfe' });
    expect((await api('GET', '/wiki/api/v2/spaces/1')).status).toBe(404);
    expect((await api('GET', '/wiki/api/v2/spaces?keys=NOPE')).json()).toMatchObject({ results: [] });
  });

  it('pages a space with a cursor in _links.next and the Link header, bodies only on request', async () => {
    const id = await spaceId();
    const seen: string[] = [];
    let path: string | undefined = `/wiki/api/v2/spaces/${id}/pages?limit=3&body-format=storage`;
    while (path) {
      const res = await api('GET', path);
      const page = res.json<PageList>();
      for (const p of page.results) {
        seen.push(p.title);
        expect(p.body.storage?.value).toMatch(/^<p>Text/);
      }
      expect(res.headers.get('link') ?? undefined).toBe(page._links.next ? `<${page._links.next}>; rel="next", <${page._links.base}>; rel="base"` : undefined);
      path = page._links.next;
    }
    expect(seen).toEqual(Array.from({ length: 7 }, (_, i) => `Seite ${i + 1}`));
    const bare = (await api('GET', `/wiki/api/v2/spaces/${id}/pages?limit=1`)).json<PageList>();
    expect(bare.results[0]?.body).toEqual({});
  });

  it('keeps its place across a page trashed between two calls', async () => {
    const id = await spaceId();
    const first = (await api('GET', `/wiki/api/v2/spaces/${id}/pages?limit=2`)).json<PageList>();
    const removed = sim.putPage({ spaceKey: 'KB', title: 'Kurzlebig', storage: '<p>x</p>' });
    sim.deletePage(first.results[1]?.id ?? '');
    const rest = (await api('GET', first._links.next ?? '')).json<PageList>();
    expect(rest.results[0]?.title).toBe('Seite 3');
    sim.deletePage(removed);
  });

  it('reads one page with its storage body and its labels, cursor-paged', async () => {
    const [first] = sim.pages();
    const page = (await api('GET', `/wiki/api/v2/pages/${first?.id}?body-format=storage`)).json<PageList['results'][number]>();
    expect(page.body.storage?.value).toBe('<p>Text 1</p>');
    const one = await api('GET', `/wiki/api/v2/pages/${first?.id}/labels?limit=1`);
    const labels = one.json<{ results: { name: string; prefix: string }[]; _links: { next?: string } }>();
    expect(labels.results).toEqual([expect.objectContaining({ name: 'rt-billing', prefix: 'global' })]);
    const rest = (await api('GET', labels._links.next ?? '')).json<{ results: { name: string }[]; _links: { next?: string } }>();
    expect([rest.results.map((l) => l.name), rest._links.next]).toEqual([['lang-en'], undefined]);
  });

  it('bumps the version on an edit of title or body, not on a label change', async () => {
    const id = sim.putPage({ spaceKey: 'KB', title: 'Neu', storage: '<p>a</p>' });
    sim.updatePage(id, { labels: ['x'] });
    expect(sim.pages().find((p) => p.id === id)?.version.number).toBe(1);
    sim.updatePage(id, { storage: '<p>b</p>' });
    expect(sim.pages().find((p) => p.id === id)?.version.number).toBe(2);
  });

  it('refuses body-format=view on the space list (FACTS §9) and limits above 250, as violations', async () => {
    const id = await spaceId();
    expect((await api('GET', `/wiki/api/v2/spaces/${id}/pages?body-format=view`)).status).toBe(400);
    expect((await api('GET', `/wiki/api/v2/spaces/${id}/pages?limit=251`)).status).toBe(400);
    expect(sim.violations).toHaveLength(2);
    sim.violations.length = 0;
  });

  it('edits pages over the control API', async () => {
    const created = await fetch(`${sim.url}/_sim/pages`, { method: 'POST', body: JSON.stringify({ spaceKey: 'OPS', title: 'Über uns', storage: '<p>x</p>', labels: ['lang-de'] }) });
    const { id } = (await created.json()) as { id: string };
    await fetch(`${sim.url}/_sim/pages/${id}`, { method: 'PUT', body: JSON.stringify({ title: 'Über uns (neu)' }) });
    const pages = (await (await fetch(`${sim.url}/_sim/pages`)).json()) as { id: string; title: string; version: { number: number } }[];
    expect(pages.find((p) => p.id === id)).toMatchObject({ title: 'Über uns (neu)', version: { number: 2 } });
    expect(((await (await fetch(`${sim.url}/_sim/spaces`)).json()) as { key: string }[]).map((s) => s.key)).toContain('OPS');
    expect((await fetch(`${sim.url}/_sim/pages/${id}`, { method: 'DELETE' })).status).toBe(204);
  });

  it('needs Basic auth', async () => {
    expect((await fetch(`${sim.url}/wiki/api/v2/spaces`)).status).toBe(401);
  });
});

describe('Confluence burst limit', () => {
  it('answers 429 with Retry-After beyond perSecond calls in one second', async () => {
    const limited = await startJsmSimulator({ confluenceRateLimit: { perSecond: 3, retryAfterSeconds: 2 } });
    try {
      const call = client(limited);
      const statuses = await Promise.all(Array.from({ length: 10 }, () => call('GET', '/wiki/api/v2/spaces')));
      const refused = statuses.filter((s) => s.status === 429);
      expect(refused.length).toBeGreaterThanOrEqual(3);
      expect(refused[0]?.headers.get('retry-after')).toBe('2');
      expect(refused[0]?.json()).toMatchObject({ errors: [{ status: 429 }] });
      expect(limited.violations).toEqual([]);
    } finally {
      await limited.close();
    }
  });
});
