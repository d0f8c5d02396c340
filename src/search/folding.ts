const MARKS = /\p{M}/gu;
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * Folds a word so that German spelling variants meet: `Gerät`, `Geraet`, `GERAT` and `gerat` all become `gerat`.
 * Spelled-out umlauts (ae, oe, ue) collapse onto the bare vowel, because that is the only form both a stripped
 * diacritic and a user without umlaut keys reliably produce. Query and index must use the same function.
 */
export function fold(word: string): string {
  let w = word.toLowerCase();
  // Normalisation is the costliest step of indexing; most tokens are plain ASCII and skip it.
  if (NON_ASCII.test(w)) w = w.replace(/ß/g, 'ss').normalize('NFD').replace(MARKS, '');
  return w.replace(/([aou])e/g, '$1');
}
