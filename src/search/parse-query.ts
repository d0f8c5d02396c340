import { fold, umlautReading, verbReading } from './folding';
import { stem } from './stem';
import { isStopWord, scanWords } from './tokenize';

/**
 * One word of a query as stems: `stems` holds the word as typed and, if it has spelled-out umlauts, read with
 * umlauts (`Geraet` → `gerat`); `verbs` the same without a verb's `-t`/`-et` ending, since people describe what the
 * software does ("druckt nicht") where articles name what to do ("drucken"), and without the "zu" of a separable
 * verb's infinitive ("auszudrucken" → `ausdruck`). Verb readings are only looked up as whole words. All are
 * query-side only: in the index, the umlaut reading would merge `neue` into `neu` before stemming saw the ending (and
 * `neuen` into `neun`), and the verb reading would cut nouns such as `Passwort`.
 */
export interface QueryWord {
  /** The word folded but not stemmed, for synonym entries that only match as written (`=sticker`). */
  written: string;
  stems: string[];
  verbs: string[];
  /** The word the user is still typing: it may be the start of a longer term. */
  prefix: boolean;
  stop: boolean;
}

const unique = (items: string[]) => [...new Set(items)];

// A separable verb's zu-infinitive has "zu" after its particle ("um die Rechnung auszudrucken"): read as the verb.
// "hinzu" is a particle of its own: "hinzufügen" is a verb, "hinzuzufügen" its zu-infinitive.
const ZU_INFINITIVE =
  /^(ab|an|auf|aus|bei|durch|ein|fest|frei|her|heraus|herein|herunter|hin(?!zu(?!zu))|hinaus|hinein|hoch|los|mit|nach|rauf|raus|rein|runter|um|vor|weg|weiter|wieder|zu|zuruck|zusammen)zu(\p{L}{3,}en)$/u;
const withoutZu = (word: string) => (ZU_INFINITIVE.test(word) ? word.replace(ZU_INFINITIVE, '$1$2') : undefined);

/** Splits a query into distinct words; the last one counts as unfinished unless the query ends with a separator. */
export function parseQuery(query: string): QueryWord[] {
  const found = new Map<string, QueryWord>();
  scanWords(query, (from, to) => {
    const parts = fold(query.slice(from, to)).split('-');
    parts.forEach((part, i) => {
      const prefix = to === query.length && i === parts.length - 1;
      const spellings = unique([part, umlautReading(part)]);
      const stems = unique(spellings.map(stem));
      const stop = isStopWord(stems[0]!, part);
      const verbs = unique(
        [...spellings.map(verbReading), ...spellings.map(withoutZu)].filter((v): v is string => !!v).map(stem),
      );
      if (part.length > 1 && !(stop && !prefix)) {
        found.set((prefix ? '>' : '') + stems[0], { written: part, stems, verbs, prefix, stop });
      }
    });
  });
  return [...found.values()];
}
