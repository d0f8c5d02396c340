import { fold } from './folding';
import { stem } from './stem';
import { isStopWord, scanWords, termsOf } from './tokenize';

/** Synonym groups as index terms: what else a query word or phrase stands for. */
export interface Synonyms {
  /** The terms of the other entries of every group the term `term` is an entry of. */
  of(term: string): readonly string[];
  /** The same for a folded query word as written: groups whose `=word` entry it is. */
  ofWritten(word: string): readonly string[];
  /** The table's words (as index terms) that `start` begins, shortest first: what a word being typed may become. */
  completing(start: string): readonly string[];
  /**
   * For each phrase of the table that `query` holds (other words may stand between its words), the terms of its
   * groups' other entries. A word for which `unknown` is true also reads as each of its synonyms there, if it has few,
   * and the query's last word, if still being typed and `unknown`, as the start of a phrase's last word.
   */
  phrases(query: string, unknown?: (term: string) => boolean): Array<readonly string[]>;
}

// Groups indexed between two pauses of a sliced build: an installation's table may be as large as the built-in one,
// whose thousand groups took over 100 ms to index in one task before the JIT had warmed up.
const STEP = 32;

/**
 * Groups from the built-in table's text (`npm run synonyms` reads it; pages get it indexed): a group per line, entries
 * separated by commas, `#` starting a comment line. An entry `=word` matches that word as written only, not what else
 * shares its stem ("=sticker": not "Sticks").
 */
export function parseSynonymTable(text: string): string[][] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
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
const NO_PHRASES: readonly string[][] = [];

// Users put words into a phrase of the table: "Passwort habe ich leider vergessen", "komme seit heute nicht mehr
// rein". A phrase is found in a clause of the query (punctuation ends one: "der Drucker geht, die Etiketten nicht" has
// no "geht nicht"; the full stop of a short abbreviation does not: "Dr.", "z.B.") that holds its words in order, with
// at most this many other words between two of them.
const GAP = 6;
const CLAUSE = /[.,;:!?\n]+/;
// Abbreviations whose full stop ends no clause; a word of a few letters may also be a particle ending a sentence
// ("stürzt ab.").
const ABBREVIATION = /(^|[^\p{L}\p{N}])(dr|prof|med|nr|ca|bzw|usw|ggf|evtl|inkl|tel|str|hr|fr|mr|mrs|z\.\s?b|u\.\s?a|d\.\s?h|e\.\s?g|i\.\s?e)\./giu;
// Words this short ("in", "on", "no", "zu") bind to their neighbours in a phrase: "log in" is not in "ein Log der
// Änderungen in der Akte".
const BOUND = 2;
// A word no article has that the table knows reads as its synonyms inside phrases: "neues PW" holds the phrase "neues
// Passwort". Only if they are few: a word in large groups ("einplanen") has too many senses to stand for each.
const FEW = 30;
// The query ends inside a word, which the user is still typing; of that word at least this many letters count.
const TYPING = /[\p{L}\p{N}]$/u;
const MIN_TYPED = 3;
// A word being typed could become any of the table's words it begins; the shortest are the likeliest.
const COMPLETIONS = 8;

/** The table's phrases (keys as in {@link SynonymIndex.phrases}) as word lists, by their first word. */
function phrasesByFirstWord(keys: Iterable<string>): Map<string, string[][]> {
  const map = new Map<string, string[][]>();
  for (const key of keys) {
    const words = key.trim().split(' ');
    const list = map.get(words[0]!);
    if (list) list.push(words);
    else map.set(words[0]!, [words]);
  }
  return map;
}

/**
 * Whether `phrase` (its first word at `at`) continues in `words` (each position's readings) in order, each next word
 * within the gap (right after, next to a short word).
 */
function follows(
  words: readonly (readonly string[])[],
  at: number,
  phrase: readonly string[],
  typed: number,
  next = 1,
): boolean {
  if (next === phrase.length) return true;
  const tight = phrase[next]!.length <= BOUND || phrase[next - 1]!.length <= BOUND;
  const until = Math.min(words.length - 1, at + 1 + (tight ? 0 : GAP));
  // Each place of the next word, not only the first: in "Drucker geht an und der neue Etikettendrucker geht leider
  // nicht" the phrase "drucker geht nicht" goes on from the second "geht".
  for (let to = at + 1; to <= until; to++) {
    const word = words[to]!;
    const started =
      to === typed && next === phrase.length - 1 && word[0]!.length >= MIN_TYPED && phrase[next]!.startsWith(word[0]!);
    if ((started || word.includes(phrase[next]!)) && follows(words, to, phrase, typed, next + 1)) return true;
  }
  return false;
}

/**
 * Synonym groups indexed by what a query has. Each map leads from a key to the groups it is an entry of. The built-in
 * table is stored indexed (`synonym-index.ts`, see {@link readingSynonymIndex}).
 */
export interface SynonymIndex {
  /** Each group's index terms: what its entries stand for. */
  groups: string[][];
  /** Single words (hyphenated ones too: "E-Mail") by their index term. */
  terms: Map<string, number[]>;
  /** Entries of several words by their stems, one space apart and one around ("` geht nicht `"). */
  phrases: Map<string, number[]>;
  /** `=word` entries by the folded word as written. */
  written: Map<string, number[]>;
  /**
   * The terms of a hyphenated word's parts, which neither it nor the phrase of its parts stands for: "E-Mail" is no
   * synonym of "Mail", nor is "MRT-Bilder" of "Bilder" (the query has those words anyway). A phrase's own words are
   * its stems.
   */
  own: Map<string, readonly string[]>;
}

const emptyIndex = (): SynonymIndex => ({ groups: [], terms: new Map(), phrases: new Map(), written: new Map(), own: new Map() });

const note = (map: Map<string, number[]>, key: string, group: number) => {
  const found = map.get(key);
  if (!found) map.set(key, [group]);
  else if (found[found.length - 1] !== group) found.push(group);
};

/**
 * Indexes synonym groups, in steps for a build in slices. A single word is looked up by its index term, an `=word`
 * by the query word as written (and never stood for: its term means something else too); an entry of several words
 * is a phrase, found in a query as a sequence of stems ("geht nicht", "funktioniert nicht"), and only ever leads to
 * the other entries, since its words alone mean something else. A word in several groups stands for all of them.
 */
export function* indexingSynonyms(groups: readonly (readonly string[])[]): Generator<void, SynonymIndex> {
  const index = emptyIndex();
  for (let g = 0; g < groups.length; g++) {
    if (g % STEP === STEP - 1) yield;
    const terms: string[] = [];
    for (const entry of groups[g]!) {
      if (entry.startsWith('=')) {
        note(index.written, fold(entry.slice(1)), g);
        continue;
      }
      if (/\s/.test(entry)) {
        note(index.phrases, ` ${stemmed(entry)} `, g);
        continue;
      }
      const words = termsOf(entry);
      terms.push(...words);
      // A hyphenated word is known by its joined form, the last of its terms, and as a phrase of its parts, which is
      // how a query has it.
      if (!words.length) continue;
      const joined = words[words.length - 1]!;
      note(index.terms, joined, g);
      if (words.length > 1) {
        const key = ` ${stemmed(entry)} `;
        note(index.phrases, key, g);
        index.own.set(key, words).set(joined, words);
      }
    }
    index.groups.push(terms);
  }
  return index;
}

/**
 * Reads an index stored as text, in steps for a build in slices: a line per group, with its terms (`~` before those
 * only its hyphenated words' parts have, which lead to no group), its phrases and its `=words`, separated by tabs;
 * then, after an empty line, a line per key with own terms: the key, a tab, the terms. Reading needs no stemming,
 * which is what makes it fast.
 */
export function* readingSynonymIndex(text: string): Generator<void, SynonymIndex> {
  const index = emptyIndex();
  const [groups = '', own = ''] = text.split('\n\n');
  const list = (field: string | undefined, separator: string) => (field ? field.split(separator) : []);
  const lines = groups.split('\n');
  for (let g = 0; g < lines.length; g++) {
    if (g % STEP === STEP - 1) yield;
    const [terms, phrases, written] = lines[g]!.split('\t');
    index.groups.push(
      list(terms, ' ').map((term) => {
        if (term.startsWith('~')) return term.slice(1);
        note(index.terms, term, g);
        return term;
      }),
    );
    for (const phrase of list(phrases, ',')) note(index.phrases, ` ${phrase} `, g);
    for (const word of list(written, ',')) note(index.written, word, g);
  }
  for (const line of list(own, '\n')) {
    const [key = '', terms] = line.split('\t');
    index.own.set(key.includes(' ') ? ` ${key} ` : key, list(terms, ' '));
  }
  return index;
}

/**
 * What an index's words and phrases stand for. Entries only note their groups; what a word stands for is put
 * together when a query first has it, as the built-in table has thousands of entries and a query a few words.
 */
export function synonymsOf(index: SynonymIndex): Synonyms {
  const union = (ids: readonly number[], key: string) => {
    const except = index.own.get(key) ?? key.trim().split(' ');
    return [...new Set(ids.flatMap((g) => index.groups[g]!).filter((t) => !except.includes(t)))];
  };
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
  const known = new Map<string, readonly string[]>();
  const written = new Map<string, readonly string[]>();
  const meant = new Map<string, readonly string[]>();
  let byFirstWord: Map<string, string[][]> | undefined;
  let sorted: string[] | undefined;
  return {
    of: (term) => lookUp(known, index.terms, term),
    ofWritten: (word) => lookUp(written, index.written, word),
    completing(start) {
      sorted ??= [...index.terms.keys()].sort();
      let low = 0;
      for (let high = sorted.length; low < high; ) {
        const middle = (low + high) >>> 1;
        if (sorted[middle]! < start) low = middle + 1;
        else high = middle;
      }
      const found: string[] = [];
      for (let i = low; i < sorted.length && sorted[i]!.startsWith(start); i++) found.push(sorted[i]!);
      return found.sort((a, b) => a.length - b.length).slice(0, COMPLETIONS);
    },
    phrases(query, unknown) {
      if (!index.phrases.size) return [];
      byFirstWord ??= phrasesByFirstWord(index.phrases.keys());
      const found = new Set<string>();
      const unabbreviated = query.replace(ABBREVIATION, (_, before: string, word: string) => `${before}${word.replace(/\./g, ' ')} `);
      const clauses = unabbreviated.split(CLAUSE);
      const typing = TYPING.test(query);
      clauses.forEach((clause, c) => {
        const words = stemmed(clause)
          .split(' ')
          .map((word) => {
            const others = unknown?.(word) ? lookUp(known, index.terms, word) : NONE;
            return others.length && others.length <= FEW ? [word, ...others] : [word];
          });
        // The word being typed may begin a phrase's last word ("kommt nich" is on its way to "kommt nicht") unless it is
        // a whole word already: a stop word or a word articles have.
        const last = words.length - 1;
        const word = words[last]![0]!;
        const typed = typing && c === clauses.length - 1 && !isStopWord(word) && unknown?.(word) ? last : -1;
        words.forEach((readings, at) => {
          for (const reading of readings) {
            for (const phrase of byFirstWord!.get(reading) ?? NO_PHRASES) {
              if (follows(words, at, phrase, typed)) found.add(` ${phrase.join(' ')} `);
            }
          }
        });
      });
      return [...found].map((phrase) => lookUp(meant, index.phrases, phrase)).filter((targets) => targets.length);
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
    completing: (start) => both(first.completing(start), second.completing(start)),
    phrases: (query, unknown) => [...first.phrases(query, unknown), ...second.phrases(query, unknown)],
  };
}
