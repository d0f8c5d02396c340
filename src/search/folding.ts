const MARKS = /\p{M}/gu;
const SPELLED_UMLAUT = /([aou])e/g;

/**
 * Folds a word for matching: lower case, ß → ss, accents and umlaut dots dropped (`Gerät` → `gerat`).
 * Query and index must use the same function.
 */
export function fold(word: string): string {
  const w = word.toLowerCase();
  // Normalisation is costly: most words are plain ASCII, and most others only have Latin letters, whose folded
  // forms are looked up (folding character by character is the same as folding the word, as marks are dropped).
  return isAscii(w) ? w : (foldLatin(w) ?? foldAny(w));
}

// A loop rather than a regular expression: this runs for every distinct word of the knowledge base.
function isAscii(w: string): boolean {
  for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) > 127) return false;
  return true;
}

const foldAny = (w: string): string => w.replace(/ß/g, 'ss').normalize('NFD').replace(MARKS, '');

// The folded character of each Latin-1 and Latin Extended-A character (0 where that is not one character), made on
// first use. ß is the only one that folds to two.
const LATIN_END = 0x180;
const SHARP_S = 0xdf;
const S = 0x73;
let latin: Uint16Array | undefined;

function foldLatin(w: string): string | undefined {
  latin ??= Uint16Array.from({ length: LATIN_END }, (_, c) => {
    const folded = foldAny(String.fromCharCode(c).toLowerCase());
    return folded.length === 1 ? folded.charCodeAt(0) : 0;
  });
  const codes: number[] = [];
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    const folded = c < LATIN_END ? latin[c]! : 0;
    if (folded) codes.push(folded);
    else if (c === SHARP_S) codes.push(S, S);
    else return undefined;
  }
  return String.fromCharCode(...codes);
}

/** The folded word with spelled-out umlauts read as umlauts (`geraet` → `gerat`). */
export const umlautReading = (folded: string): string => folded.replace(SPELLED_UMLAUT, '$1');

/** The folded word without a verb's `-t`/`-et` ending (`druckt` → `druck`, `eingerichtet` → `eingericht`). */
export const verbReading = (folded: string): string | undefined =>
  folded.length > 4 && folded.endsWith('t') ? folded.slice(0, folded.endsWith('et') ? -2 : -1) : undefined;
