// Light stemming after Savoy's German stemmer: inflection endings only, so that compounds and roots stay apart
// ("Rechnungen" → "rechnung", "Druckern" → "druck") and queries land on the same stems as the index. Plain
// suffix checks rather than regular expressions: this runs for every distinct word of the knowledge base.
const STEP1 = ['ern', 'em', 'en', 'er', 'es', 'e'];
const STEP2 = ['est', 'er', 'en'];
const S_ENDING = 'bdfghklmnrt';

/** The length of `word` up to `n` without the first of `suffixes` it ends with, keeping at least three letters. */
function cut(word: string, n: number, suffixes: string[]): number {
  for (const suffix of suffixes) if (n - suffix.length > 2 && endsWith(word, n, suffix)) return n - suffix.length;
  return n;
}

// Compared from the last letter, which rules out most suffixes at once; cheaper than `String#endsWith` calls.
function endsWith(word: string, n: number, suffix: string): boolean {
  const m = suffix.length;
  for (let i = 1; i <= m; i++) if (word.charCodeAt(n - i) !== suffix.charCodeAt(m - i)) return false;
  return true;
}

// Nouns whose own last letters are the dative ending -em: "Problem" must stem as "Probleme" does, not to "probl".
const EM_NOUNS = ['problem', 'system', 'modem'];

/** Reduces a folded word to its light stem. */
export function stem(word: string): string {
  if (EM_NOUNS.some((noun) => endsWith(word, word.length, noun))) return word;
  let n = cut(word, word.length, STEP1);
  if (n === word.length && n > 3 && word[n - 1] === 's' && S_ENDING.includes(word[n - 2]!)) n--;
  return word.slice(0, cut(word, n, STEP2));
}
