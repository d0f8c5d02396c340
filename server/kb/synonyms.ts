import fs from 'node:fs/promises';
import path from 'node:path';
import type { SynonymTable } from '../../src/api/contract.js';
import { etagOf } from './catalog.js';

/** The file of the Markdown knowledge base with the installation's synonym groups. */
export const SYNONYMS_FILE = 'synonyms.txt';

export const SYNONYM_LIMITS = { groups: 2000, wordsPerGroup: 30, wordMaxLength: 60 } as const;

/** A word or phrase: letters and digits, with spaces and the punctuation of names and abbreviations in between. */
const ENTRY = /^[\p{L}\p{N}](?:[\p{L}\p{M}\p{N} .'’&/+-]*[\p{L}\p{M}\p{N}.])?$/u;
/** A single word matched only as written (`=Sticker`). */
const WRITTEN = /^=[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*$/u;

export interface SynonymIndex {
  body: string;
  etag: string;
}

/** Why a line's words cannot be a group, or null when they can. */
function checkLine(words: string[]): string | null {
  if (words.length < 2) return 'a group needs at least two different words';
  if (words.length > SYNONYM_LIMITS.wordsPerGroup) return `more than ${SYNONYM_LIMITS.wordsPerGroup} words`;
  const bad = words.find((word) => [...word].length > SYNONYM_LIMITS.wordMaxLength || !(ENTRY.test(word) || WRITTEN.test(word)));
  if (bad !== undefined) return `"${bad.slice(0, 80)}" is not a word or phrase (letters and digits, at most ${SYNONYM_LIMITS.wordMaxLength} characters)`;
  return null;
}

/**
 * Synonym groups from lines in the format of the widget's built-in table (src/search/synonym-table.ts): one group
 * per line, words or phrases separated by commas; empty lines and `#` comments are skipped. A line that is not a
 * group is skipped with a log line naming `source` and the line number; nothing here throws.
 */
export function parseSynonyms(lines: readonly string[], source: string, log: (line: string) => void): string[][] {
  const groups: string[][] = [];
  for (const [index, raw] of lines.entries()) {
    const line = raw.replace(/^\uFEFF/, '').trim();
    if (line === '' || line.startsWith('#')) continue;
    if (groups.length >= SYNONYM_LIMITS.groups) {
      log(`synonyms: ${source}: more than ${SYNONYM_LIMITS.groups} groups; skipped line ${index + 1} and the rest`);
      break;
    }
    const words: string[] = [];
    const seen = new Set<string>();
    for (const part of line.split(',')) {
      const word = part.trim().replace(/\s+/g, ' ');
      const key = word.toLowerCase();
      if (word === '' || seen.has(key)) continue;
      seen.add(key);
      words.push(word);
    }
    const problem = checkLine(words);
    if (problem) log(`synonyms: skipped line ${index + 1} of ${source} (${JSON.stringify(line.slice(0, 80))}): ${problem}`);
    else groups.push(words);
  }
  return groups;
}

/** `synonyms.txt` of the articles folder; no file means no groups, an unreadable one is logged. */
export async function loadSynonyms(articlesDir: string, log: (line: string) => void): Promise<string[][]> {
  const file = path.join(articlesDir, SYNONYMS_FILE);
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') log(`synonyms: cannot read ${file} (${code ?? String(error)}); serving no synonym groups`);
    return [];
  }
  return parseSynonyms(text.split(/\r\n|\r|\n/), SYNONYMS_FILE, log);
}

/** The `GET /synonyms` body and its ETag. */
export function synonymIndex(groups: readonly (readonly string[])[]): SynonymIndex {
  const table: SynonymTable = { groups: groups.map((group) => [...group]) };
  const body = JSON.stringify(table);
  return { body, etag: etagOf(body) };
}
