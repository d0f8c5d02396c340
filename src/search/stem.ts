// Light stemming after Savoy's German stemmer: inflection endings only, so that compounds and roots stay apart
// ("Rechnungen" → "rechnung", "Druckern" → "druck") and queries land on the same stems as the index. Plain
// suffix checks rather than regular expressions: this runs for every distinct word of the knowledge base.
const STEP1 = ['ern', 'em', 'en', 'er', 'es', 'e'];
const STEP2 = ['est', 'er', 'en'];
const S_ENDING = 'bdfghklmnrt';

/** The length of `word` up to `n` without the first of `suffixes` it ends with, keeping at least three letters. */
function cut(word: string, n: number, suffixes: string[]): number {
  for (const suffix of suffixes) if (n - suffix.length > 2 && word.endsWith(suffix, n)) return n - suffix.length;
  return n;
}

/** Reduces a folded word to its light stem. */
export function stem(word: string): string {
  let n = cut(word, word.length, STEP1);
  if (n === word.length && n > 3 && word[n - 1] === 's' && S_ENDING.includes(word[n - 2]!)) n--;
  return word.slice(0, cut(word, n, STEP2));
}
