// Light stemming after Savoy's German stemmer: inflection endings only, so that compounds and roots stay apart
// ("Rechnungen" → "rechnung", "Druckern" → "druck") and queries land on the same stems as the index.
// Written without lookbehind, which older Safari versions cannot even parse.
const STEP1 = /^(.{3,}?)(?:ern|e[mnrs]?)$|^(.{2,}[bdfghklmnrt])s$/;
const STEP2 = /^(.{3,}?)(?:est|e[nr])$/;

/** Reduces a folded word to its light stem. */
export function stem(word: string): string {
  return word.replace(STEP1, '$1$2').replace(STEP2, '$1');
}
