import { fold } from './folding';
import { stem } from './stem';
import { scanWords, termsOf } from './tokenize';

/** Synonym groups as index terms: what else a query word or phrase stands for. */
export interface Synonyms {
  /** The terms of the other entries of every group the term `term` is an entry of. */
  of(term: string): readonly string[];
  /** The same for a folded query word as written: groups whose `=word` entry it is. */
  ofWritten(word: string): readonly string[];
  /** For each phrase of the table that `query` contains, the terms of its groups' other entries. */
  phrases(query: string): Array<readonly string[]>;
}

// Lines, groups or phrases handled between two pauses of a sliced build: the built-in table has about a thousand
// groups, which took over 100 ms in one task before the JIT had warmed up.
const STEP = 32;

/**
 * Groups from the table's text, in steps for a build in slices: a group per line, entries separated by commas, `#`
 * starting a comment line. An entry `=word` matches that word as written only, not what else shares its stem
 * ("=sticker": not "Sticks").
 */
export function* parsingSynonymTable(text: string): Generator<void, string[][]> {
  const groups: string[][] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (i % STEP === STEP - 1) yield;
    const line = lines[i]!.trim();
    if (!line || line.startsWith('#')) continue;
    const group = line.split(',').map((entry) => entry.trim()).filter(Boolean);
    if (group.length > 1) groups.push(group);
  }
  return groups;
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
 * Indexes synonym groups, in steps for a build in slices. A single word (hyphenated ones too: "E-Mail") is looked up by its index term, an `=word` by
 * the query word as written (and never stood for: its term means something else too); an entry of
 * several words is a phrase, found in a query as a sequence of stems ("geht nicht", "funktioniert nicht"), and only
 * ever leads to the other entries, since its words alone mean something else. A word in several groups stands for
 * all of them. Entries only note their groups; what a word stands for is put together when a query first has it, as
 * the built-in table has thousands of entries and a query a few words.
 */
export function* creatingSynonyms(groups: readonly (readonly string[])[]): Generator<void, Synonyms> {
  const byTerm = new Map<string, number[]>();
  const byPhrase = new Map<string, number[]>();
  const byWritten = new Map<string, number[]>();
  const groupTerms: string[][] = [];
  // The terms of an entry's own words, which it does not stand for: "E-Mail" is no synonym of "Mail", nor is
  // "MRT-Bilder" of "Bilder" (the query has those words anyway).
  const own = new Map<string, readonly string[]>();
  const note = (map: Map<string, number[]>, key: string, group: number) => {
    const found = map.get(key);
    if (!found) map.set(key, [group]);
    else if (found[found.length - 1] !== group) found.push(group);
  };
  for (let g = 0; g < groups.length; g++) {
    if (g % STEP === STEP - 1) yield;
    const group = groups[g]!;
    const terms: string[] = [];
    for (const entry of group) {
      if (entry.startsWith('=')) {
        note(byWritten, fold(entry.slice(1)), g);
        continue;
      }
      const phrase = () => ` ${stemmed(entry)} `;
      if (/\s/.test(entry.trim())) {
        note(byPhrase, phrase(), g);
        own.set(phrase(), entry.split(/\s+/).flatMap(termsOf));
        continue;
      }
      const words = termsOf(entry);
      terms.push(...words);
      // A hyphenated word is known by its joined form, the last of its terms, and as a phrase of its parts, which is
      // how a query has it.
      if (!words.length) continue;
      note(byTerm, words[words.length - 1]!, g);
      if (words.length > 1) {
        const key = phrase();
        note(byPhrase, key, g);
        own.set(key, words).set(words[words.length - 1]!, words);
      }
    }
    groupTerms.push(terms);
  }
  const union = (ids: readonly number[], key: string) => {
    const except = own.get(key) ?? [key];
    return [...new Set(ids.flatMap((g) => groupTerms[g]!).filter((t) => !except.includes(t)))];
  };
  const known = new Map<string, readonly string[]>();
  const written = new Map<string, readonly string[]>();
  const lookUp = (cache: Map<string, readonly string[]>, map: Map<string, number[]>, key: string) => {
    let found = cache.get(key);
    if (!found) {
      const ids = map.get(key);
      if (!ids) return NONE;
      if (cache.size > 2000) cache.clear();
      cache.set(key, (found = union(ids, key)));
    }
    return found;
  };
  const phrases: Array<readonly [string, readonly string[]]> = [];
  let made = 0;
  for (const [phrase, ids] of byPhrase) {
    if (++made % STEP === 0) yield;
    const targets = union(ids, phrase);
    if (targets.length) phrases.push([phrase, targets]);
  }
  return {
    of: (term) => lookUp(known, byTerm, term),
    ofWritten: (word) => lookUp(written, byWritten, word),
    phrases(query) {
      if (!phrases.length) return [];
      const text = ` ${stemmed(query)} `;
      return phrases.filter(([phrase]) => text.includes(phrase)).map(([, targets]) => targets);
    },
  };
}

/** Both tables at once: the built-in one, made once per page, and an installation's own groups. */
export function joinSynonyms(first: Synonyms, second: Synonyms): Synonyms {
  const both = (a: readonly string[], b: readonly string[]) =>
    !b.length ? a : !a.length ? b : [...new Set([...a, ...b])];
  return {
    of: (term) => both(first.of(term), second.of(term)),
    ofWritten: (word) => both(first.ofWritten(word), second.ofWritten(word)),
    phrases: (query) => [...first.phrases(query), ...second.phrases(query)],
  };
}
