import { fold } from './folding';
import { stem } from './stem';

const LETTER = /[\p{L}\p{M}\p{N}]/u;
const ASCII_WORD = Uint8Array.from({ length: 128 }, (_, c) => +/[a-z0-9]/i.test(String.fromCharCode(c)));

/** Letters (with combining marks) and digits of any script. */
const isWordChar = (c: number): boolean => (c < 128 ? ASCII_WORD[c] === 1 : LETTER.test(String.fromCharCode(c)));

/**
 * Calls `word` for each word of `text`: a run of letters and digits, hyphenated compounds ("E-Mail", "PDF-Datei")
 * counting as one word. Two independent hashes of the word (ASCII case ignored) come along, so that indexing can
 * recognise words it has seen without allocating a string for each: this scanner is what keeps indexing 10,000
 * articles within 100 ms, and using it everywhere keeps queries, index and highlighting cut the same way.
 */
export function scanWords(text: string, word: (start: number, end: number, hash: number, check: number) => void): void {
  const n = text.length;
  let start = -1;
  let hash = 0;
  let check = 0;
  for (let i = 0; i <= n; i++) {
    let c = i < n ? text.charCodeAt(i) : 32;
    if (isWordChar(c) || (c === 45 && start >= 0 && i + 1 < n && isWordChar(text.charCodeAt(i + 1)))) {
      if (start < 0) {
        start = i;
        hash = check = 0;
      }
      if (c > 64 && c < 91) c += 32;
      hash = (Math.imul(hash, 31) + c) | 0;
      check = (Math.imul(check, 0x01000193) ^ c) | 0;
    } else if (start >= 0) {
      word(start, i, hash, check);
      start = -1;
    }
  }
}

/** The words of a text with their positions. */
export function words(text: string): Array<[word: string, start: number]> {
  const found: Array<[string, number]> = [];
  scanWords(text, (start, end) => found.push([text.slice(start, end), start]));
  return found;
}

// Fillers of support requests in both portal languages; they occur everywhere and would only add noise.
const STOP = new Set(
  ('aber alle allem allen aller alles als also am an andere anderen auch auf aus bei beim bin bis bitte da damit dann ' +
    'das dass dem den der des die dies diese diesem diesen dieser dieses doch dort du durch ein eine einem einen einer ' +
    'eines er es etwas euch für gibt hab habe haben hat hatte hier ich ihm ihn ihnen ihr ihre ihrem ihren ihrer im immer ' +
    'in ins ist ja jede jedem jeden jeder jedes jetzt kann kein keine können könnte machen man mehr mein meine meinem ' +
    'meinen meiner mich mir mit möchte muss nach nicht nichts noch nun nur ob oder ohne schon sehr sein sich sie sind ' +
    'so soll sollen sollte über um und uns unser unsere unter viel vom von vor war waren was weil welche welcher wenn ' +
    'werden wie wieder will wir wird wo wollen wurde würde zu zum zur ' +
    'a an and are as at be but by can do does for from has have how i if in is it me my no not of on or our so that ' +
    'the this to was we what when where why will with you your')
    .split(' ')
    .map(fold),
);

/** True for folded words that carry no meaning of their own. */
export const isStopWord = (folded: string): boolean => STOP.has(folded);

/** Index terms of one folded word part, or none for stop words and single letters. */
const termOf = (folded: string): string | undefined =>
  folded.length > 1 && !STOP.has(folded) ? stem(folded) : undefined;

/**
 * Index terms of one word. A hyphenated word yields its parts and the joined form, so that "E-Mail" meets both
 * "Mail" and "Email".
 */
export function termsOf(word: string): string[] {
  const parts = fold(word).split('-');
  return (parts.length > 1 ? [...parts, parts.join('')] : parts).map(termOf).filter((t): t is string => !!t);
}
