// Node-only: reads the knowledge-base Markdown files for the bench. Deliberately independent of the server's loader,
// so the bench measures the engine against the content as written, whatever the server does with it; only the quoted
// texts (`messages`), which the portal derives, are read with its code.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { quotedTexts, renderMarkdown } from '../../server/kb/render';
import type { ArticleSummary, Locale } from '../../src/api/contract';

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/** The first paragraph of Markdown as plain text: what the excerpt defaults to when the front matter has none. */
export function firstParagraph(markdown: string): string {
  const paragraph = markdown.split(/\r?\n\s*\r?\n/).find((block) => block.trim() && !/^\s*#/.test(block)) ?? '';
  return paragraph
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`>]/g, '')
    .replace(/^\s*(?:[-+]|\d+\.)\s+/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function parseArticle(source: string, file: string): ArticleSummary {
  const match = FRONT_MATTER.exec(source);
  if (!match) throw new Error(`${file}: no front matter`);
  const meta = parse(match[1]!) as Record<string, unknown>;
  const list = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);
  return {
    id: String(meta.id),
    title: String(meta.title),
    excerpt: typeof meta.excerpt === 'string' ? meta.excerpt : firstParagraph(match[2]!),
    keywords: list(meta.keywords),
    requestTypes: list(meta.requestTypes),
    locale: meta.locale as Locale,
    updatedAt: typeof meta.updatedAt === 'string' ? meta.updatedAt : '2025-01-01T00:00:00.000Z',
    // What the portal serves as `messages`, read by the portal's own code: they are its feature, not the content.
    messages: quotedTexts(renderMarkdown(match[2]!)),
    ...(typeof meta.translationOf === 'string' ? { translationOf: meta.translationOf } : {}),
  };
}

/** All articles under `root` (`<root>/<locale>/*.md`), sorted by id so that every run sees the same order. */
export function readArticles(root: string): ArticleSummary[] {
  const articles: ArticleSummary[] = [];
  for (const locale of readdirSync(root)) {
    for (const file of readdirSync(join(root, locale)).filter((f) => f.endsWith('.md'))) {
      const path = join(root, locale, file);
      articles.push(parseArticle(readFileSync(path, 'utf8'), path));
    }
  }
  return articles.sort((a, b) => (a.id < b.id ? -1 : 1));
}
