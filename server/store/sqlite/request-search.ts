import { fold, umlautReading } from '../../../src/search/folding.js';
import { stem } from '../../../src/search/stem.js';
import { isStopWord, scanWords, termsOf } from '../../../src/search/tokenize.js';
import type { Db } from './database.js';

/**
 * Request search with the widget's article-search vocabulary (src/search/): the same folding, stemming and word
 * splitting, so a word that finds an article finds a request written the same way.
 */

/** The index terms of a summary: folded, stemmed, stop words left out, hyphenated compounds as parts and whole. */
export function summaryTerms(summary: string): string[] {
  const terms = new Set<string>();
  scanWords(summary, (from, to) => {
    for (const term of termsOf(summary.slice(from, to))) terms.add(term);
  });
  return [...terms];
}

/** One query word: it matches a request with a term starting with one of `prefixes`, or within one edit of `typo`. */
export interface SearchWord {
  prefixes: string[];
  /** The stem for typo tolerance; only words of five letters or more, shorter ones are too close to other words. */
  typo?: string;
}

const MAX_WORDS = 8;
const TYPO_LENGTH = 5;

/**
 * The words of `q`. Stop words are not indexed, so they are dropped, unless the query has nothing else (then they
 * count as the start of a longer word: "die" finds "Dienstplan").
 */
export function searchWords(q: string): SearchWord[] {
  const words = new Map<string, SearchWord & { stop: boolean }>();
  scanWords(q, (from, to) => {
    for (const part of fold(q.slice(from, to)).split('-')) {
      if (part.length < 2) continue;
      const stems = [...new Set([stem(part), stem(umlautReading(part))])];
      words.set(stems[0]!, { prefixes: stems, stop: isStopWord(stems[0]!), ...(part.length >= TYPO_LENGTH ? { typo: stems[0]! } : {}) });
    }
  });
  const all = [...words.values()];
  const meaningful = all.filter((word) => !word.stop);
  return (meaningful.length > 0 ? meaningful : all).slice(0, MAX_WORDS).map(({ stop: _, ...word }) => word);
}

/** Above every folded term in SQLite's binary (UTF-8) order: the end of a prefix range. */
export const PREFIX_END = String.fromCodePoint(0x10ffff);

/** True when `a` becomes `b` by one insertion, deletion, substitution or swap of neighbours, or they are equal. */
export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === a.length || i === b.length) return true;
  const rest = (x: number, y: number) => a.slice(x) === b.slice(y);
  if (a.length === b.length) return rest(i + 1, i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && rest(i + 2, i + 2));
  return a.length > b.length ? rest(i + 1, i) : rest(i, i + 1);
}

// Terms read per letter when looking for typos: a practice has a few thousand distinct terms; this keeps a scope
// without a practice (the support console) bounded too.
const VOCABULARY_SCAN = 5000;

/**
 * Keeps `request_terms` in step with the summaries. Triggers queue every inserted or changed request (from any
 * writer, the bench's bulk fill and the sqlite3 shell included), and this computes the terms in JS, since SQLite has
 * no German stemmer; the writer calls it after each insert, and a search catches up first, so it never misses one.
 */
export function createSearchIndex(db: Db) {
  const pending = db.prepare<[], { id: number; summary: string; org_id: string | null }>(
    `SELECT r.id, r.summary, r.org_id FROM request_terms_pending p JOIN requests r ON r.id = p.request_id LIMIT 500`,
  );
  const anyPending = db.prepare('SELECT 1 FROM request_terms_pending LIMIT 1').pluck();
  const clear = db.prepare('DELETE FROM request_terms_pending WHERE request_id = ?');
  const insert = db.prepare('INSERT OR IGNORE INTO request_terms (term, request_id, org_id) VALUES (?, ?, ?)');
  const vocabularyInPractice = db.prepare<[string, string, string, number, number], string>(
    `SELECT DISTINCT term FROM request_terms WHERE org_id = ? AND term >= ? AND term < ? AND length(term) BETWEEN ? AND ? LIMIT ${VOCABULARY_SCAN}`,
  ).pluck();
  const vocabulary = db.prepare<[string, string, number, number], string>(
    `SELECT DISTINCT term FROM request_terms WHERE term >= ? AND term < ? AND length(term) BETWEEN ? AND ? LIMIT ${VOCABULARY_SCAN}`,
  ).pluck();

  const catchUp = db.transaction(() => {
    for (let rows = pending.all(); rows.length > 0; rows = pending.all()) {
      for (const row of rows) {
        for (const term of summaryTerms(row.summary)) insert.run(term, row.id, row.org_id);
        clear.run(row.id);
      }
    }
  });

  return {
    catchUp: () => {
      if (anyPending.get() !== undefined) catchUp();
    },
    /**
     * Terms of the scope within one edit of the word. A typo in the first letter is not looked for: candidates are
     * the terms starting with the word's first or second letter (which covers a swap of the first two and a missing
     * first letter), two prefix scans of the index instead of reading the whole vocabulary.
     */
    typoTerms: (word: SearchWord, orgId: string | undefined): string[] => {
      const typo = word.typo;
      if (typo === undefined) return [];
      const found = new Set<string>();
      for (const start of new Set([typo[0]!, typo[1]!])) {
        const range = [start, start + PREFIX_END, typo.length - 1, typo.length + 1] as const;
        const terms = orgId === undefined ? vocabulary.all(...range) : vocabularyInPractice.all(orgId, ...range);
        for (const term of terms) if (withinOneEdit(typo, term)) found.add(term);
      }
      return [...found];
    },
  };
}

export type SearchIndex = ReturnType<typeof createSearchIndex>;
