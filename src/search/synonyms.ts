import { fold } from './folding';
import { stem } from './stem';
import { scanWords, termsOf } from './tokenize';

/** Synonym groups as index terms: what else a query word or phrase stands for. */
export interface Synonyms {
  /** The terms of the other entries of every group the term `term` is an entry of. */
  of(term: string): readonly string[];
  /** For each phrase of the table that `query` contains, the terms of its groups' other entries. */
  phrases(query: string): Array<readonly string[]>;
}

/** Groups from the table's text: a group per line, entries separated by commas, `#` starting a comment line. */
export function parseSynonymTable(text: string): string[][] {
  return text
    .split('\n')
    .filter((line) => line.trim() && !line.trimStart().startsWith('#'))
    .map((line) => line.split(',').map((entry) => entry.trim()).filter(Boolean))
    .filter((group) => group.length > 1);
}

// Stems of words seen in queries: a query is matched against the phrases on every keystroke.
const stems = new Map<string, string>();

/** The stems of a text's words, stop words kept, one space apart: phrases are matched on it. */
function stemmed(text: string): string {
  const words: string[] = [];
  scanWords(text, (from, to) => {
    const word = text.slice(from, to);
    let found = stems.get(word);
    if (found === undefined) {
      if (stems.size > 5000) stems.clear();
      stems.set(word, (found = fold(word).split('-').map(stem).join(' ')));
    }
    words.push(found);
  });
  return words.join(' ');
}

const NONE: readonly string[] = [];

/**
 * Indexes synonym groups. A single word (hyphenated ones too: "E-Mail") is looked up by its index term; an entry of
 * several words is a phrase, found in a query as a sequence of stems ("geht nicht", "funktioniert nicht"), and only
 * ever leads to the other entries, since its words alone mean something else. A word in several groups stands for
 * all of them.
 */
export function createSynonyms(groups: readonly (readonly string[])[]): Synonyms {
  const byTerm = new Map<string, Set<string>>();
  const byPhrase = new Map<string, Set<string>>();
  const link = (map: Map<string, Set<string>>, key: string, targets: string[]) => {
    const set = map.get(key) ?? new Set<string>();
    for (const target of targets) if (target !== key) set.add(target);
    map.set(key, set);
  };
  for (const group of groups) {
    const entries = group.map((entry) => ({
      phrase: /\s/.test(entry.trim()),
      terms: /\s/.test(entry.trim()) ? [] : [...termsOf(entry)],
      text: entry,
    }));
    entries.forEach((entry, i) => {
      const others = entries.flatMap((other, j) => (i === j ? [] : other.terms)).filter((t) => !entry.terms.includes(t));
      // A hyphenated word is known by its joined form, the last of its terms, and as a phrase of its parts, which is
      // how a query has it.
      if (entry.terms.length) link(byTerm, entry.terms[entry.terms.length - 1]!, others);
      if (entry.phrase || entry.terms.length > 1) link(byPhrase, ` ${stemmed(entry.text)} `, others);
    });
  }
  const terms = new Map([...byTerm].map(([term, targets]) => [term, [...targets]]));
  const phrases = [...byPhrase].map(([phrase, targets]) => [phrase, [...targets]] as const);
  return {
    of: (term) => terms.get(term) ?? NONE,
    phrases(query) {
      if (!phrases.length) return [];
      const text = ` ${stemmed(query)} `;
      return phrases.filter(([phrase, targets]) => targets.length && text.includes(phrase)).map(([, targets]) => targets);
    },
  };
}
