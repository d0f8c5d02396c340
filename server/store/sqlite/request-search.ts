import { summaryTerms, withinOneEdit, type SearchWord } from '../../domain/request-search.js';
import type { Db } from './database.js';

/** Above every folded term in SQLite's binary (UTF-8) order: the end of a prefix range. */
export const PREFIX_END = String.fromCodePoint(0x10ffff);

// Terms read per letter when looking for typos: a practice has a few thousand distinct terms; this keeps a scope
// without a practice (the support console) bounded too.
const VOCABULARY_SCAN = 5000;

/**
 * Keeps `request_terms` in step with the summaries. Triggers queue every inserted or changed request (from any
 * writer, the bench's bulk fill and the sqlite3 shell included), and this computes the terms in JS, since SQLite has
 * no German stemmer; the writer indexes each request it inserts, the store's opening and every search catch up on
 * the rest.
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
    /** Indexes a request the caller has just written, without reading it back. */
    index: (requestId: number, summary: string, orgId: string | null) => {
      for (const term of summaryTerms(summary)) insert.run(term, requestId, orgId);
      clear.run(requestId);
    },
    catchUp: () => {
      if (anyPending.get() !== undefined) catchUp();
    },
    /**
     * Terms of the scope within one edit of the word. Candidates are the terms starting with the word's first or
     * second letter (the second covers a swap of the first two and a letter typed before the word), two prefix scans
     * of the index instead of reading the whole vocabulary; a wrong or missing first letter is not looked for.
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
