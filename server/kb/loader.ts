import fs from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { ArticleSummary, Locale } from '../../src/api/contract.js';
import { isLocale } from '../domain/locale.js';
import { firstParagraph, quotedTexts, renderMarkdown, truncate } from './render.js';

export interface LoadedArticle extends ArticleSummary {
  html: string;
  file: string;
}

const FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const ID_PATTERN = /^[a-z0-9][a-z0-9_-]{0,99}$/;
export const EXCERPT_MAX = 280;

async function markdownFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

function stringList(value: unknown, name: string): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string' || typeof item === 'number')) {
    throw new Error(`"${name}" must be a list of strings`);
  }
  return value.map(String);
}

function dateOf(value: unknown): string | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
  if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) return new Date(value).toISOString();
  return null;
}

/** Parses one article file; throws with a reason when the file is malformed. */
export function parseArticle(source: string, file: string, modified: Date): LoadedArticle {
  const match = FRONT_MATTER.exec(source);
  if (!match) throw new Error('no YAML front matter (the file must start with a "---" block)');
  const meta: unknown = parseYaml(match[1] ?? '');
  if (typeof meta !== 'object' || meta === null || Array.isArray(meta)) throw new Error('front matter is not a mapping');
  const data = meta as Record<string, unknown>;
  const id = typeof data.id === 'number' ? String(data.id) : data.id;
  if (typeof id !== 'string' || !ID_PATTERN.test(id)) throw new Error('"id" is missing or not a slug (a-z, 0-9, -, _)');
  if (typeof data.title !== 'string' || data.title.trim() === '') throw new Error('"title" is missing');
  if (!isLocale(data.locale)) throw new Error('"locale" must be de or en');
  const translationOf = data.translationOf ?? undefined;
  if (translationOf !== undefined && (typeof translationOf !== 'string' || !ID_PATTERN.test(translationOf))) {
    throw new Error('"translationOf" must be the slug of the article this one translates');
  }
  const body = source.slice(match[0].length);
  const excerpt = typeof data.excerpt === 'string' && data.excerpt.trim() !== '' ? data.excerpt.trim() : firstParagraph(body);
  const html = renderMarkdown(body);
  return {
    id,
    title: data.title.trim(),
    locale: data.locale as Locale,
    keywords: stringList(data.keywords, 'keywords'),
    requestTypes: stringList(data.requestTypes, 'requestTypes'),
    excerpt: truncate(excerpt, EXCERPT_MAX),
    updatedAt: dateOf(data.updatedAt) ?? dateOf(data.updated) ?? modified.toISOString(),
    html,
    messages: quotedTexts(html),
    ...(translationOf ? { translationOf } : {}),
    file,
  };
}

/** Reads every .md file below `dir`; malformed files and duplicate ids are skipped with a log line. */
export async function loadArticles(dir: string, log: (line: string) => void): Promise<LoadedArticle[]> {
  let files: string[];
  try {
    files = await markdownFiles(dir);
  } catch (error) {
    log(`articles: cannot read ${dir} (${(error as NodeJS.ErrnoException).code ?? String(error)}); serving no articles`);
    return [];
  }
  const articles: LoadedArticle[] = [];
  const seen = new Set<string>();
  for (const file of files) {
    const relative = path.relative(dir, file);
    try {
      const [source, stat] = await Promise.all([fs.readFile(file, 'utf8'), fs.stat(file)]);
      const article = parseArticle(source, relative, stat.mtime);
      const identity = `${article.locale}:${article.id}`;
      if (seen.has(identity)) throw new Error(`duplicate id "${article.id}" for locale ${article.locale}`);
      seen.add(identity);
      articles.push(article);
    } catch (error) {
      log(`articles: skipped ${relative}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return articles;
}
