// Light stemming after Savoy's German stemmer: inflection endings only, so that compounds and roots stay apart
// ("Rechnungen" → "rechnung", "Druckern" → "druck") and queries land on the same stems as the index. Plain
// suffix checks rather than regular expressions: this runs for every distinct word of the knowledge base.
const STEP1 = ['ern', 'em', 'en', 'er', 'es', 'e'];
const STEP2 = ['est', 'er', 'en'];
const S_ENDING = 'bdfghklmnrt';

/** Reduces a folded word to its light stem; at least three letters are always kept. */
export function stem(word: string): string {
  let n = word.length;
  const cut = (suffix: string) => n - suffix.length > 2 && word.endsWith(suffix, n) && (n -= suffix.length);
  if (!STEP1.some(cut) && n > 3 && word[n - 1] === 's' && S_ENDING.includes(word[n - 2]!)) n--;
  STEP2.some(cut);
  return word.slice(0, n);
}
