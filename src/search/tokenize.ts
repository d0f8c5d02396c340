import { fold } from './folding';
import { stem } from './stem';

/** A word: letters and digits, hyphenated compounds ("E-Mail", "PDF-Datei") kept together. */
export const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;

// Fillers of support requests in both portal languages; they occur everywhere and would only add noise.
const STOP = new Set(
  ('aber alle als also am an auch auf aus bei beim bin bis bitte da damit dann das dass dem den der des die dies diese ' +
    'dieser doch du durch ein eine einem einen einer eines er es etwas euch für gibt hab habe haben hat hier ich ihr ihre ' +
    'im immer in ins ist ja jetzt kann kein keine können man mehr mein meine meinem meinen meiner mich mir mit möchte ' +
    'muss nach nicht noch nur ob oder schon sein sich sie sind so soll über um und uns unser unter vom von vor war was ' +
    'weil wenn werden wie wieder wir wird wo wurde zu zum zur ' +
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

// Articles repeat the same words a lot; remembering their terms keeps index building cheap.
const cache = new Map<string, string[]>();

/**
 * Index terms of one token. A hyphenated word yields its parts and the joined form, so that "E-Mail" meets both
 * "Mail" and "Email".
 */
export function termsOf(token: string): string[] {
  let terms = cache.get(token);
  if (!terms) {
    const parts = fold(token).split('-');
    const all = parts.length > 1 ? [...parts, parts.join('')] : parts;
    terms = all.map(termOf).filter((t): t is string => t !== undefined);
    if (cache.size > 50_000) cache.clear();
    cache.set(token, terms);
  }
  return terms;
}

/** All index terms of a text, in order, with repetitions. */
export function analyze(text: string): string[] {
  const out: string[] = [];
  for (const [token] of text.matchAll(WORD)) out.push(...termsOf(token));
  return out;
}
