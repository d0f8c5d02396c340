import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article, ArticleSummary } from '../../src/api/contract.js';
import { createArticleCatalog } from '../../server/kb/catalog.js';
import { parseArticle } from '../../server/kb/loader.js';
import { renderMarkdown } from '../../server/kb/render.js';
import { call, startTestPortal, type TestPortal } from './helpers.js';

let portal: TestPortal;

beforeAll(async () => {
  portal = await startTestPortal();
});
afterAll(() => portal.dispose());

describe('GET /articles', () => {
  it('indexes every .md below the folder (nested too) with front matter, both languages', async () => {
    const response = await call<ArticleSummary[]>(portal, 'GET', '/articles');
    expect(response.status).toBe(200);
    const ids = response.body.map((a) => `${a.locale}:${a.id}`).sort();
    expect(ids).toEqual(['de:drucken', 'de:passwort-vergessen', 'en:passwort-vergessen']);
    const druck = response.body.find((a) => a.id === 'drucken')!;
    expect(druck).toMatchObject({ title: 'Drucken', keywords: ['Drucker'], requestTypes: ['bug', 'support'], locale: 'de' });
    expect(Date.parse(druck.updatedAt)).not.toBeNaN();
  });

  it('uses the excerpt from the front matter, else the first paragraph as plain text', async () => {
    const response = await call<ArticleSummary[]>(portal, 'GET', '/articles');
    const en = response.body.find((a) => a.locale === 'en')!;
    expect(en.excerpt).toBe('Reset it yourself.');
    const de = response.body.find((a) => a.id === 'passwort-vergessen' && a.locale === 'de')!;
    expect(de.excerpt).toBe('Wenn Sie Ihr Passwort vergessen haben, klicken Sie auf „Passwort vergessen?“.');
  });

  it('serves the texts an article quotes as its messages, and no field where it quotes none', async () => {
    const response = await call<ArticleSummary[]>(portal, 'GET', '/articles');
    const messages = Object.fromEntries(response.body.map((a) => [`${a.locale}:${a.id}`, a.messages]));
    expect(messages).toEqual({ 'de:drucken': undefined, 'de:passwort-vergessen': ['Passwort vergessen?'], 'en:passwort-vergessen': ['Forgot password?'] });
  });

  it('filters by ?locale=', async () => {
    const response = await call<ArticleSummary[]>(portal, 'GET', '/articles?locale=en');
    expect(response.body.map((a) => a.locale)).toEqual(['en']);
    expect((await call(portal, 'GET', '/articles?locale=fr')).status).toBe(422);
  });

  it('skips malformed files with a clear log line instead of failing', () => {
    const skipped = portal.logs.filter((line) => line.startsWith('articles: skipped'));
    expect(skipped.some((l) => l.includes('kaputt.md') && l.includes('"id"'))).toBe(true);
    expect(skipped.some((l) => l.includes('ohne-front-matter.md') && l.includes('front matter'))).toBe(true);
    expect(skipped.some((l) => l.includes('yaml-fehler.md'))).toBe(true);
    expect(skipped).toHaveLength(3);
  });

  it('sends an ETag and answers 304 to If-None-Match', async () => {
    const first = await call(portal, 'GET', '/articles');
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^".+"$/);
    const again = await call(portal, 'GET', '/articles', { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
    const stale = await call(portal, 'GET', '/articles', { headers: { 'If-None-Match': '"stale"' } });
    expect(stale.status).toBe(200);
  });
});

describe('GET /articles/:id', () => {
  it('returns sanitised HTML: no scripts, no javascript: links, safe external links', async () => {
    const response = await call<Article>(portal, 'GET', '/articles/passwort-vergessen');
    expect(response.status).toBe(200);
    expect(response.body.title).toBe('Passwort vergessen');
    expect(response.body.locale).toBe('de');
    const html = response.body.html;
    expect(html).toContain('<strong>Passwort</strong>');
    expect(html).toContain('<h2>Schritte</h2>');
    expect(html).not.toMatch(/<script|javascript:|alert\(1\)<\/script>/);
    expect(html).toContain('href="https://example.com/hilfe"');
    expect(html).toContain('rel="noopener noreferrer"');
  });

  it('serves the version in the caller language, else German', async () => {
    const en = await call<Article>(portal, 'GET', '/articles/passwort-vergessen', { headers: { 'Accept-Language': 'en' } });
    expect(en.body).toMatchObject({ title: 'Forgot password', locale: 'en' });
    const fallback = await call<Article>(portal, 'GET', '/articles/drucken', { headers: { 'Accept-Language': 'en' } });
    expect(fallback.body).toMatchObject({ title: 'Drucken', locale: 'de' });
  });

  it('404 for unknown ids', async () => {
    const response = await call(portal, 'GET', '/articles/gibt-es-nicht');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
  });
});

describe('the shipped knowledge base', () => {
  it('loads without skipping a file', async () => {
    const shipped = await startTestPortal({ articlesDir: 'server/articles' });
    try {
      const response = await call<ArticleSummary[]>(shipped, 'GET', '/articles');
      expect(response.body.length).toBeGreaterThan(0);
      expect(shipped.logs.filter((line) => line.startsWith('articles: skipped'))).toEqual([]);
    } finally {
      await shipped.dispose();
    }
  });
});

describe('translations with ids of their own', () => {
  const file = (front: string) => `---\n${front}\ntitle: Printing\nlocale: en\n---\nBody.`;
  it('reads translationOf and serves it with the index entry; a translationOf that is no slug skips the file', () => {
    const translation = parseArticle(file('id: drucken-en\ntranslationOf: drucken'), 'en/drucken-en.md', new Date(0));
    const original = parseArticle(file('id: drucken').replace('locale: en', 'locale: de'), 'de/drucken.md', new Date(0));
    const summaries = createArticleCatalog([original, translation]).summaries(null);
    expect(summaries.map((a) => a.translationOf)).toEqual([undefined, 'drucken']);
    expect(() => parseArticle(file('id: x-en\ntranslationOf: Drucken!'), 'en/x-en.md', new Date(0))).toThrow('"translationOf"');
  });
});

describe('the article allowlist, for Markdown as for Confluence', () => {
  it('keeps struck-through text, super- and subscript, merged cells of 1 to 50; h5 and h6 become h4, the widget\'s lowest heading', () => {
    expect(renderMarkdown('Drucken Sie ~~keine~~ <s>eine</s> <strike>zwei</strike> Testseite, 10<sup>-3</sup> m, H<sub>2</sub>O.')).toBe(
      '<p>Drucken Sie <del>keine</del> <del>eine</del> <del>zwei</del> Testseite, 10<sup>-3</sup> m, H<sub>2</sub>O.</p>\n',
    );
    expect(renderMarkdown('##### Fünf\n\n###### Sechs')).toBe('<h4>Fünf</h4>\n<h4>Sechs</h4>\n');
    expect(renderMarkdown('<table><tr><th colspan="2">A</th><td rowspan="51" colspan="0" onclick="x">B</td></tr></table>')).toBe('<table><tr><th colspan="2">A</th><td>B</td></tr></table>');
  });
});
