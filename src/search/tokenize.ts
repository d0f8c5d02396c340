import { fold } from './folding';
import { stem } from './stem';

const LETTER = /[\p{L}\p{M}\p{N}]/u;

/** Letters (with combining marks) and digits of any script. */
const isWordChar = (c: number): boolean => LETTER.test(String.fromCharCode(c));

// For each Latin-1 character: its lower-case code if it belongs to a word, else 0. A table lookup instead of
// comparisons and a regular expression per character, since scanning is most of the time spent indexing. Made on
// first use, like the stop words below: this module loads with the panel, and building both cost 3–10 ms of the
// first open's module evaluation in Chromium, before any search.
let latin1: Uint16Array | undefined;
const latin1Codes = (): Uint16Array =>
  Uint16Array.from({ length: 256 }, (_, c) => {
    const lower = String.fromCharCode(c).toLowerCase();
    return isWordChar(c) ? (lower.length === 1 ? lower.charCodeAt(0) : c) : 0;
  });
const HYPHEN = 45;

/** The character's code for hashing (lower case where that is one character), or 0 outside words. */
const wordCode = (table: Uint16Array, c: number): number => (c < 256 ? table[c]! : isWordChar(c) ? c : 0);

/**
 * Calls `word` for each word of `text`: a run of letters and digits, hyphenated compounds ("E-Mail", "PDF-Datei")
 * counting as one word. Two independent hashes of the word (Latin-1 case ignored) come along, so that indexing can
 * recognise words it has seen without allocating a string for each, which makes it about a quarter faster than a
 * regular expression and a Map of words. Using it everywhere keeps queries, index and highlighting cut alike.
 */
export function scanWords(text: string, word: (start: number, end: number, hash: number, check: number) => void): void {
  const table = (latin1 ??= latin1Codes());
  const n = text.length;
  for (let i = 0; i < n; i++) {
    let k = wordCode(table, text.charCodeAt(i));
    if (!k) continue;
    // A word from here: hash it up to the first character that is neither a word's nor an inner hyphen.
    const start = i;
    let hash = 0;
    let check = 0;
    do {
      hash = (Math.imul(hash, 31) + k) | 0;
      check = (Math.imul(check, 0x01000193) ^ k) | 0;
      const c = ++i < n ? text.charCodeAt(i) : 0;
      k = wordCode(table, c) || (c === HYPHEN && i + 1 < n && wordCode(table, text.charCodeAt(i + 1)) ? HYPHEN : 0);
    } while (k);
    word(start, i, hash, check);
  }
}

// Fillers of support requests in both portal languages; they occur everywhere and would only add noise. Kept as
// stems, so one form covers its inflections ("eine" also stands for einem, einen, einer, eines).
const STOP_WORDS =
  'aber alle als also am an andere auch auf aus bei beim bin bis bitte da damit dann das dass dem den der des die ' +
  'diese doch dort du durch eine er es etwas euch für gibt habe hat hatte hier ich ihm ihn ihre im immer in ins ist ' +
  'ja jede jetzt kann keine können könnte machen man mehr meine mich mir mit möchte muss nach nicht nichts noch nun ' +
  'nur ob oder ohne schon sehr seine sich sie sind so sollen sollte über um und uns unsere unter viel vom von vor ' +
  'war was weil welche wenn werden wie wieder will wir wird wo wollen würde zu zum zur ' +
  'an and are as at be but by can do does for from has have how if in is it me my no not of on or our so that the ' +
  'this to was we what when where why will with you your';

interface Stops {
  stems: Set<string>;
  /** The stop words as written, with the inflections of those ending in -e (`andere`: `anderen`, `anderer` …). */
  words: Set<string>;
  /** Longer terms need no look-up: most distinct words of a knowledge base are long compounds. */
  longest: number;
}

let stops: Stops | undefined;
const stopStems = (): Stops => {
  if (!stops) {
    const list = STOP_WORDS.split(' ').map(fold);
    const stems = new Set(list.map(stem));
    const inflected = (word: string) => (word.endsWith('e') ? ['', 'm', 'n', 'r', 's'].map((end) => word + end) : [word]);
    const words = new Set(list.flatMap(inflected));
    stops = { stems, words, longest: Math.max(...[...stems].map((stop) => stop.length)) };
  }
  return stops;
};

/**
 * True for stems that carry no meaning of their own. Given the folded word too, a word that is no stop word but
 * whose stem only looks like one (`ändern` → `and`, `sichern` → `sich`: the stemmer cut more than a stop word's
 * inflection has) is not one.
 */
export const isStopWord = (stemmed: string, folded = stemmed): boolean => {
  const { stems, words } = stopStems();
  return words.has(folded) || (folded.length - stemmed.length <= 2 && stems.has(stemmed));
};

/** The index term of one folded word part, or none for stop words and single letters. */
const termOf = (folded: string): string | undefined => {
  const term = stem(folded);
  return folded.length > 1 && !(term.length <= stopStems().longest && isStopWord(term, folded)) ? term : undefined;
};

const NONE: readonly string[] = [];

/**
 * Index terms of one word. A hyphenated word yields its parts and the joined form, so that "E-Mail" meets both
 * "Mail" and "Email".
 */
export function termsOf(word: string): readonly string[] {
  const folded = fold(word);
  if (!folded.includes('-')) {
    // Most words: no arrays to build for parts that are not there.
    const term = termOf(folded);
    return term ? [term] : NONE;
  }
  return [...folded.split('-'), folded.replace(/-/g, '')].map(termOf).filter((t): t is string => !!t);
}
