import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticles } from '../../bench/search/articles';
import { heldOut, KINDS, type LabelledQuery, QUERIES, splitQueries, tuning } from '../../bench/search/set';
import { scanWords, termsOf } from '../../src/search/tokenize';

const articles = readArticles(join(__dirname, '..', '..', 'server', 'articles'));
const byId = new Map(articles.map((a) => [a.id, a]));

/** The index terms of each word of `text`, one list per word (stop words give none and are left out). */
function wordTerms(text: string): string[][] {
  const words: string[][] = [];
  scanWords(text, (start, end) => {
    const terms = termsOf(text.slice(start, end));
    if (terms.length) words.push([...terms]);
  });
  return words;
}

/** What the search indexes of an article: title, keywords and excerpt (the first paragraph where none is given). */
function indexedTerms(id: string): Set<string> {
  const a = byId.get(id)!;
  return new Set(wordTerms([a.title, ...a.keywords, a.excerpt].join(' ')).flat());
}

/** The query's words none of whose terms the article's indexed fields contain. */
const absentWords = (query: LabelledQuery, id: string) => {
  const terms = indexedTerms(id);
  return wordTerms(query.query).filter((word) => !word.some((term) => terms.has(term)));
};

const count = (queries: readonly LabelledQuery[], kind: string) => queries.filter((query) => query.kind === kind).length;

describe('search bench query set', () => {
  it('is over the 58 real articles and every expected id is one of them', () => {
    expect(articles).toHaveLength(58);
    for (const query of QUERIES) {
      expect(query.expected.length, query.query).toBeGreaterThan(0);
      for (const id of query.expected) expect(byId.has(id), `${query.query} → ${id}`).toBe(true);
    }
  });

  it('has at least 330 queries, 70 long and 70 vocabulary, and every kind', () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(330);
    expect(count(QUERIES, 'long')).toBeGreaterThanOrEqual(70);
    expect(count(QUERIES, 'vocabulary')).toBeGreaterThanOrEqual(70);
    for (const kind of KINDS) expect(count(QUERIES, kind), kind).toBeGreaterThanOrEqual(20);
    expect(new Set(QUERIES.map((query) => query.query)).size).toBe(QUERIES.length);
  });

  it('has long queries of two to five sentences or a pasted message, with more than ten words', () => {
    for (const query of QUERIES.filter((query) => query.kind === 'long')) {
      expect(query.query.split(/\s+/).length, query.query).toBeGreaterThan(10);
    }
  });

  it('has a real vocabulary gap: a word of each vocabulary query is absent from every expected article', () => {
    for (const query of QUERIES.filter((query) => query.kind === 'vocabulary')) {
      for (const id of query.expected) expect(absentWords(query, id).length, `${query.query} → ${id}`).toBeGreaterThan(0);
    }
  });

  it('holds out 30 % of each kind, by the hash of the text, disjoint from the tuning part', () => {
    expect(tuning.length + heldOut.length).toBe(QUERIES.length);
    const held = new Set(heldOut);
    expect(tuning.some((query) => held.has(query))).toBe(false);
    for (const kind of KINDS) {
      expect(count(heldOut, kind), kind).toBe(Math.round(0.3 * count(QUERIES, kind)));
    }
    // Deterministic and independent of the order the queries were written in.
    const again = splitQueries([...QUERIES].reverse());
    expect(new Set(again.heldOut.map((query) => query.query))).toEqual(new Set(heldOut.map((query) => query.query)));
  });

  /** An independent set whose every query names at least one existing article. */
  const independentSet = (file: string) => {
    const queries = JSON.parse(readFileSync(join(__dirname, '..', '..', 'bench', 'search', 'set', file), 'utf8')) as Array<{
      query: string;
      expected: string[];
      writer: string;
      part?: string;
    }>;
    for (const query of queries) {
      expect(query.expected.length, query.query).toBeGreaterThan(0);
      for (const id of query.expected) expect(byId.has(id), `${query.query} → ${id}`).toBe(true);
    }
    return queries;
  };

  it('has an independent set of 320 queries over the same articles, 160 by each writer', () => {
    const independent = independentSet('independent.json');
    expect(independent).toHaveLength(320);
    expect(independent.filter((query) => query.writer === 'a')).toHaveLength(160);
  });

  it('has a second independent set of 260 queries, half of them kept for checks', () => {
    const second = independentSet('independent-2.json');
    expect(second).toHaveLength(260);
    expect(second.filter((query) => query.part === 'check')).toHaveLength(130);
  });

  it("has the synonym helpers' 1,363 development queries over the same articles, by ten writers", () => {
    const helpers = independentSet('helpers.json');
    expect(helpers).toHaveLength(1363);
    expect(new Set(helpers.map((query) => query.writer)).size).toBe(10);
    expect(helpers.every((query) => query.part === 'development')).toBe(true);
  });
});
