import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startJsmSimulator, type JsmSimulator, type JsmSimulatorOptions, type SimPageInput } from '../../server/jsm-sim/index.js';
import { createConfluenceCatalog, type ConfluenceCatalog } from '../../server/kb/confluence/catalog.js';
import type { ArticleSummary } from '../../src/api/contract.js';
import { jsmSiteInFront } from './jsm-site.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-confluence-'));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  fs.mkdirSync(path.join(dir, 'articles'));
  fs.writeFileSync(path.join(dir, 'articles', 'hallo.md'), '---\nid: markdown-hallo\ntitle: Hallo\nlocale: de\n---\nAus dem Ordner.\n');
  return dir;
}

async function simulator(pages: SimPageInput[], options: JsmSimulatorOptions = {}): Promise<JsmSimulator> {
  const sim = await startJsmSimulator({ ...options, seed: { confluence: { spaces: [{ key: 'KB', name: 'Hilfe' }], pages } } });
  cleanups.push(() => sim.close());
  return sim;
}

async function catalogOn(sim: JsmSimulator, dir: string, logs: string[], concurrency?: number): Promise<ConfluenceCatalog> {
  const catalog = await createConfluenceCatalog({
    jsm: { siteUrl: sim.url, email: sim.email, apiToken: sim.apiToken, kbSpace: 'KB', kbRefreshMs: 0 },
    dbPath: path.join(dir, 'state.db'),
    articlesDir: path.join(dir, 'articles'),
    log: (line) => logs.push(line),
    concurrency,
  });
  cleanups.push(() => catalog.close());
  return catalog;
}

const summaries = (catalog: ConfluenceCatalog): ArticleSummary[] => JSON.parse(catalog.index(null).body) as ArticleSummary[];
const page = (i: number, labels: string[] = []): SimPageInput => ({
  spaceKey: 'KB',
  title: `Artikel ${i}`,
  storage: `<h1>Artikel ${i}</h1><p>Erster Absatz ${i}.</p>${i % 10 === 0 ? '<ac:structured-macro ac:name="info"><ac:rich-text-body><p>Hinweis</p></ac:rich-text-body></ac:structured-macro>' : ''}`,
  labels,
});
const bodyCalls = (sim: JsmSimulator) => sim.calls.filter((c) => /^\/wiki\/api\/v2\/pages\/\d+$/.test(c.path));
const labelCalls = (sim: JsmSimulator) => sim.calls.filter((c) => c.path.endsWith('/labels'));

describe('knowledge base from a Confluence space', () => {
  it('indexes 2,000 pages through 429 storms, then refreshes on metadata alone and picks up a change', { timeout: 60_000 }, async () => {
    // The burst limit refuses whatever exceeds 800 calls a second; the storms refuse a fixed number on top, so 429s
    // happen however fast the machine is. Retry-After 0 keeps the test short; the client still waits its jitter.
    const sim = await simulator(Array.from({ length: 2000 }, (_, i) => page(i + 1, i % 3 === 0 ? ['rt-billing', 'rechnung'] : [])), { confluenceRateLimit: { perSecond: 800, retryAfterSeconds: 0 } });
    sim.fault({ kind: 'status', status: 429, times: 3, retryAfter: 0, match: { path: /\/spaces\/\d+\/pages$/ } });
    sim.fault({ kind: 'status', status: 429, times: 50, retryAfter: 0, match: { path: /\/labels$/ } });
    const logs: string[] = [];
    const catalog = await catalogOn(sim, tempDir(), logs);

    expect(sim.calls.filter((c) => c.status === 429).length).toBeGreaterThanOrEqual(53);
    expect(sim.calls.filter((c) => c.status !== 200 && c.status !== 429)).toEqual([]);
    expect(catalog.size).toBe(2000);
    const indexed = summaries(catalog);
    expect(new Set(indexed.map((a) => a.id)).size).toBe(2000);
    expect(indexed.filter((a) => a.requestTypes.includes('billing'))).toHaveLength(667);
    // The first pass takes bodies from the listing: no per-page body calls, one label call per page.
    expect([bodyCalls(sim).filter((c) => c.status === 200).length, labelCalls(sim).filter((c) => c.status === 200).length]).toEqual([0, 2000]);
    expect(logs.filter((l) => /failed|unreachable|answered/.test(l))).toEqual([]);

    const etag = catalog.index(null).etag;
    sim.resetCalls();
    await catalog.refresh();
    expect(bodyCalls(sim)).toEqual([]);
    // Labels change without a new version: each pass reads 50 unchanged pages' labels again, in turn.
    expect(labelCalls(sim).filter((c) => c.status === 200)).toHaveLength(50);
    expect(sim.calls.every((c) => !c.query.includes('body-format'))).toBe(true);
    expect(catalog.index(null).etag).toBe(etag);

    const [first] = sim.pages();
    sim.updatePage(first?.id ?? '', { title: 'Rechnung neu', storage: '<p>Neuer Text.</p>' });
    sim.resetCalls();
    await catalog.refresh();
    expect(bodyCalls(sim).filter((c) => c.status === 200).map((c) => c.path)).toEqual([`/wiki/api/v2/pages/${first?.id}`]);
    expect(labelCalls(sim).filter((c) => c.status === 200)).toHaveLength(1 + 50);
    expect(catalog.find(`cf-${first?.id}`, 'de')).toMatchObject({ title: 'Rechnung neu', html: '<p>Neuer Text.</p>' });
    expect(catalog.index(null).etag).not.toBe(etag);
    expect(sim.violations).toEqual([]);
  });

  it('reads ids, language, request types and keywords from labels', async () => {
    const sim = await simulator([
      { spaceKey: 'KB', title: 'Rechnung', storage: '<p>Deutsch.</p>', labels: ['id-rechnung', 'rt-billing', 'Abrechnung', 'lang-de'] },
      { spaceKey: 'KB', title: 'Invoice', storage: '<p>English.</p>', labels: ['id-rechnung', 'rt-billing', 'lang-en'] },
      { spaceKey: 'KB', title: 'Ohne Labels', storage: '<p>Nur Text.</p>' },
      { spaceKey: 'KB', title: 'Doppelt', storage: '<p>Zweite.</p>', labels: ['id-rechnung'] },
    ]);
    const [, , plain, duplicate] = sim.pages();
    // A label naming a later page's id is no id: that page would be hidden behind this one.
    const later = sim.putPage({ spaceKey: 'KB', title: 'Später', storage: '<p>Dritte.</p>' });
    sim.updatePage(plain?.id ?? '', { labels: [`id-cf-${later}`] });
    const catalog = await catalogOn(sim, tempDir(), []);
    expect(summaries(catalog)).toEqual([
      { id: 'rechnung', title: 'Rechnung', excerpt: 'Deutsch.', keywords: ['abrechnung'], requestTypes: ['billing'], locale: 'de', updatedAt: expect.any(String) },
      { id: 'rechnung', title: 'Invoice', excerpt: 'English.', keywords: [], requestTypes: ['billing'], locale: 'en', updatedAt: expect.any(String) },
      { id: `cf-${plain?.id}`, title: 'Ohne Labels', excerpt: 'Nur Text.', keywords: [], requestTypes: [], locale: 'de', updatedAt: new Date(plain?.version.createdAt ?? 0).toISOString() },
      { id: `cf-${duplicate?.id}`, title: 'Doppelt', excerpt: 'Zweite.', keywords: [], requestTypes: [], locale: 'de', updatedAt: expect.any(String) },
      { id: `cf-${later}`, title: 'Später', excerpt: 'Dritte.', keywords: [], requestTypes: [], locale: 'de', updatedAt: expect.any(String) },
    ]);
    expect(catalog.find(`cf-${later}`, 'de')?.title).toBe('Später');
    expect(catalog.find('rechnung', 'en')?.title).toBe('Invoice');
    expect(catalog.find('rechnung', 'de')?.title).toBe('Rechnung');
  });

  it('leaves out pages without text (space homepage, parent page, excerpt-include): search never offers an empty article', async () => {
    const sim = await simulator([
      { spaceKey: 'KB', title: 'Wissensdatenbank – Startseite', storage: '<ac:structured-macro ac:name="livesearch"><ac:parameter ac:name="spaceKey"><ri:space ri:space-key="KB" /></ac:parameter></ac:structured-macro><ac:structured-macro ac:name="contentbylabel"><ac:parameter ac:name="cql">label = "kb-how-to-article"</ac:parameter></ac:structured-macro>' },
      { spaceKey: 'KB', title: 'Abrechnung', storage: '<ac:structured-macro ac:name="children"><ac:parameter ac:name="all">true</ac:parameter></ac:structured-macro>', labels: ['id-abrechnung'] },
      { spaceKey: 'KB', title: 'Kassenbeleg drucken', storage: '<ac:structured-macro ac:name="excerpt-include"><ac:parameter ac:name=""><ac:link><ri:page ri:content-title="Abrechnung" /></ac:link></ac:parameter></ac:structured-macro>', labels: ['kasse'] },
      { spaceKey: 'KB', title: 'Abrechnung verstehen', storage: '<p>Die Abrechnung kommt monatlich.</p>' },
    ]);
    const [homepage, parent, include, text] = sim.pages();
    const catalog = await catalogOn(sim, tempDir(), []);
    expect(summaries(catalog).map((a) => a.id)).toEqual([`cf-${text?.id}`]);
    expect(catalog.size).toBe(1);
    for (const id of [`cf-${homepage?.id}`, 'abrechnung', `cf-${include?.id}`]) expect(catalog.find(id, 'de'), id).toBeNull();
    // Once the parent page gets text of its own, it is an article again.
    sim.updatePage(parent?.id ?? '', { storage: '<p>Alles zur Abrechnung.</p>' });
    await catalog.refresh();
    expect(catalog.find('abrechnung', 'de')?.html).toBe('<p>Alles zur Abrechnung.</p>');
  });

  it('links pages of the space to their articles, by title or page URL, and follows a target that is renamed or relabelled', async () => {
    const sim = await simulator([
      { spaceKey: 'KB', title: 'Drucker einrichten', storage: '<p>So richten Sie den Drucker ein.</p>', labels: ['id-drucker-einrichten'] },
      { spaceKey: 'KB', title: 'Abrechnung', storage: '<ac:structured-macro ac:name="children" />' },
    ]);
    const [printer] = sim.pages();
    sim.putPage({
      spaceKey: 'KB',
      title: 'Passwort vergessen',
      storage: `<p>Siehe <ac:link><ri:page ri:content-title="Drucker einrichten" /><ac:plain-text-link-body><![CDATA[Drucker einrichten]]></ac:plain-text-link-body></ac:link>, <a href="${sim.url}/wiki/spaces/KB/pages/${printer?.id}/Drucker+einrichten">hier</a> und <ac:link><ri:page ri:content-title="Abrechnung" /></ac:link>.</p>`,
      labels: ['id-passwort-vergessen'],
    });
    const catalog = await catalogOn(sim, tempDir(), []);
    const link = (id: string, text: string) => `<a href="${id}" rel="noopener noreferrer" target="_blank">${text}</a>`;
    expect(catalog.find('passwort-vergessen', 'de')?.html).toBe(`<p>Siehe ${link('drucker-einrichten', 'Drucker einrichten')}, ${link('drucker-einrichten', 'hier')} und Abrechnung.</p>`);
    // The linking page is unchanged; its links follow the page they point at.
    sim.updatePage(printer?.id ?? '', { labels: [] });
    await catalog.refresh([printer?.id ?? '']);
    expect(catalog.find('passwort-vergessen', 'de')?.html).toBe(`<p>Siehe ${link(`cf-${printer?.id}`, 'Drucker einrichten')}, ${link(`cf-${printer?.id}`, 'hier')} und Abrechnung.</p>`);
    sim.updatePage(printer?.id ?? '', { title: 'Drucker anschließen' });
    await catalog.refresh();
    expect(catalog.find('passwort-vergessen', 'de')?.html).toBe(`<p>Siehe Drucker einrichten, ${link(`cf-${printer?.id}`, 'hier')} und Abrechnung.</p>`);
  });

  it('drops trashed pages, and re-reads a page named by a webhook although only its labels changed', async () => {
    const sim = await simulator(Array.from({ length: 120 }, (_, i) => page(i + 1)));
    const catalog = await catalogOn(sim, tempDir(), []);
    const listed = sim.pages();
    const typesOf = (id: string | undefined) => summaries(catalog).find((a) => a.id === `cf-${id}`)?.requestTypes;
    sim.deletePage(listed[1]?.id ?? '');
    sim.updatePage(listed[110]?.id ?? '', { labels: ['rt-access'] });
    await catalog.refresh();
    expect(catalog.size).toBe(119);
    expect(typesOf(listed[110]?.id)).toEqual([]);
    await catalog.refresh([listed[110]?.id ?? '']);
    expect(typesOf(listed[110]?.id)).toEqual(['access']);
  });

  it('finds a label edit without a webhook within a few passes: each reads 50 unchanged pages’ labels in turn', async () => {
    const sim = await simulator(Array.from({ length: 120 }, (_, i) => page(i + 1)));
    const catalog = await catalogOn(sim, tempDir(), []);
    const target = sim.pages()[80]?.id ?? '';
    sim.updatePage(target, { labels: ['rt-billing'] });
    const passes: (string[] | undefined)[] = [];
    for (let i = 0; i < 3; i++) {
      await catalog.refresh();
      passes.push(summaries(catalog).find((a) => a.id === `cf-${target}`)?.requestTypes);
    }
    expect(passes).toEqual([[], ['billing'], ['billing']]);
  });

  it('a label re-read that fails is skipped; the pass still takes the edited page', async () => {
    const sim = await simulator(Array.from({ length: 120 }, (_, i) => page(i + 1)));
    const catalog = await catalogOn(sim, tempDir(), []);
    const edited = sim.pages()[100]?.id ?? '';
    sim.updatePage(edited, { title: 'Neu bearbeitet' });
    sim.fault({ kind: 'status', status: 500, times: 1, match: { path: /\/labels$/ } });
    await catalog.refresh();
    expect(catalog.find(`cf-${edited}`, 'de')?.title).toBe('Neu bearbeitet');
  });

  it('keeps the last index and its ETag while Confluence is down during a refresh, and logs once', async () => {
    const sim = await simulator([page(1), page(2)]);
    const logs: string[] = [];
    const catalog = await catalogOn(sim, tempDir(), logs);
    const before = catalog.index('de');
    sim.updatePage(sim.pages()[0]?.id ?? '', { title: 'Geändert' });
    sim.fault({ kind: 'down' });
    await expect(catalog.refresh()).rejects.toThrow();
    await expect(catalog.refresh()).rejects.toThrow();
    expect(catalog.index('de')).toEqual(before);
    expect(logs.filter((l) => l.startsWith('kb:') && l.includes('failed'))).toEqual([expect.stringContaining('kb: refresh of Confluence space KB failed')]);
    sim.clearFaults();
    await catalog.refresh();
    expect(catalog.index('de').etag).not.toBe(before.etag);
    expect(logs.at(-2)).toBe('kb: Confluence space KB answers again');
  });

  it('a next link that repeats ends the refresh after two calls: the last index stays, logged once', async () => {
    const sim = await simulator([page(1), page(2)]);
    let looping = false;
    let listings = 0;
    const site = await jsmSiteInFront(sim.url, async (c) => {
      if (!looping || !/\/wiki\/api\/v2\/spaces\/\d+\/pages$/.test(c.path)) return c.upstream();
      listings++;
      // Code that follows the loop forever fails here instead of hanging the suite.
      if (listings > 100) return new Response(null, { status: 500 });
      return Response.json({ results: [], _links: { next: `${c.path}?cursor=SAME&limit=250&status=current` } });
    });
    cleanups.push(() => site.close());
    const logs: string[] = [];
    const dir = tempDir();
    const catalog = await createConfluenceCatalog({
      jsm: { siteUrl: site.url, email: sim.email, apiToken: sim.apiToken, kbSpace: 'KB', kbRefreshMs: 0 },
      dbPath: path.join(dir, 'state.db'),
      articlesDir: path.join(dir, 'articles'),
      log: (line) => logs.push(line),
    });
    cleanups.push(() => catalog.close());
    const before = catalog.index('de');
    sim.updatePage(sim.pages()[0]?.id ?? '', { title: 'Geändert' });
    looping = true;
    await expect(catalog.refresh()).rejects.toThrow(/repeated the next link/);
    await expect(catalog.refresh()).rejects.toThrow(/repeated the next link/);
    expect(listings).toBe(4);
    expect(catalog.index('de')).toEqual(before);
    expect(logs.filter((l) => l.includes('failed'))).toEqual([expect.stringMatching(/^kb: refresh of Confluence space KB failed \(Confluence repeated the next link .*\); still serving the last index$/)]);
    looping = false;
    await catalog.refresh();
    expect(summaries(catalog).map((a) => a.title)).toContain('Geändert');
  });

  it('falls back to the Markdown folder when Confluence is down at start-up and nothing is stored', async () => {
    const sim = await simulator([page(1)]);
    sim.fault({ kind: 'down' });
    const logs: string[] = [];
    const catalog = await catalogOn(sim, tempDir(), logs);
    expect(summaries(catalog).map((a) => a.id)).toEqual(['markdown-hallo']);
    expect(logs.filter((l) => l.startsWith('kb:'))).toEqual([
      expect.stringMatching(/^kb: Confluence space KB unreachable at start-up \(.+\) and no index stored; serving the Markdown articles of .+ until a refresh succeeds$/),
    ]);
    sim.clearFaults();
    await catalog.refresh();
    expect(summaries(catalog).map((a) => a.title)).toEqual(['Artikel 1']);
  });

  it('names a refusal by Confluence as such, and asks whether the service account can view the space', async () => {
    const sim = await simulator([page(1)]);
    sim.fault({ kind: 'status', status: 403, times: 1000, match: { path: /\/wiki\/api\/v2\/spaces/ } });
    const logs: string[] = [];
    await catalogOn(sim, tempDir(), logs);
    expect(logs.filter((l) => l.startsWith('kb:'))).toEqual([
      expect.stringMatching(/unreachable at start-up \(Confluence GET \/api\/v2\/spaces answered 403.*; can the service account view the space\?\)/),
    ]);
  });

  it('serves the stored index when Confluence is down at the next start', async () => {
    const sim = await simulator([page(1), page(2)]);
    const dir = tempDir();
    const first = await catalogOn(sim, dir, []);
    const etag = first.index(null).etag;
    first.close();
    sim.fault({ kind: 'down' });
    const logs: string[] = [];
    const second = await catalogOn(sim, dir, logs);
    expect(second.index(null).etag).toBe(etag);
    expect(second.size).toBe(2);
    await expect(second.refresh()).rejects.toThrow();
    expect(logs[0]).toBe('kb: serving 2 articles of Confluence space KB from the state store while it is refreshed');
    expect(second.index(null).etag).toBe(etag);
  });

  it('serves the synonym page from the state store at the next start, and synonyms.txt while falling back to Markdown', async () => {
    const sim = await simulator([page(1), { spaceKey: 'KB', title: 'Synonyme', storage: '<p>Abo, Lizenz</p>', labels: ['medsupport-synonyms'] }]);
    const dir = tempDir();
    const first = await catalogOn(sim, dir, []);
    expect(first.size).toBe(1);
    expect(JSON.parse(first.synonyms().body)).toEqual({ groups: [['Abo', 'Lizenz']] });
    first.close();
    sim.fault({ kind: 'down' });
    const second = await catalogOn(sim, dir, []);
    expect(second.synonyms()).toEqual(first.synonyms());

    const fresh = tempDir();
    fs.writeFileSync(path.join(fresh, 'articles', 'synonyms.txt'), '# aus dem Ordner\nRezept, eRezept\n');
    const fallback = await catalogOn(sim, fresh, []);
    expect(JSON.parse(fallback.synonyms().body)).toEqual({ groups: [['Rezept', 'eRezept']] });
  });
});
