const MARKS = /\p{M}/gu;
const NON_ASCII = /[^\x00-\x7f]/;
const SPELLED_UMLAUT = /([aou])e/g;

/**
 * Folds a word for matching: lower case, ß → ss, accents and umlaut dots dropped (`Gerät` → `gerat`).
 * Query and index must use the same function.
 */
export function fold(word: string): string {
  const w = word.toLowerCase();
  // Normalisation is costly and most words are plain ASCII.
  return NON_ASCII.test(w) ? w.replace(/ß/g, 'ss').normalize('NFD').replace(MARKS, '') : w;
}

/** The folded word with spelled-out umlauts read as umlauts (`geraet` → `gerat`). */
export const umlautReading = (folded: string): string => folded.replace(SPELLED_UMLAUT, '$1');

/** The folded word without a verb's `-t`/`-et` ending (`druckt` → `druck`, `eingerichtet` → `eingericht`). */
export const verbReading = (folded: string): string | undefined =>
  folded.length > 4 && folded.endsWith('t') ? folded.slice(0, folded.endsWith('et') ? -2 : -1) : undefined;
