/**
 * Folds text for case- and accent-insensitive matching: "Müller", "MULLER" and "muller" all become "muller".
 * The same function must fold both the stored copy and the search term, or matches silently fail.
 */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/ß/g, 'ss');
}
