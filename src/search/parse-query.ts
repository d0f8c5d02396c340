import { fold, umlautReading, verbReading } from './folding';
import { stem } from './stem';
import { isStopWord, scanWords } from './tokenize';

/**
 * One word of a query as stems: `stems` holds the word as typed and, if it has spelled-out umlauts, read with
 * umlauts (`Geraet` → `gerat`); `verbs` the same without a verb's `-t`/`-et` ending, since people describe what the
 * software does ("druckt nicht") where articles name what to do ("drucken"), and verb readings are only looked up
 * as whole words. Both are query-side only: in the index, the umlaut reading would merge `neue` into `neu` before
 * stemming saw the ending (and `neuen` into `neun`), and the verb reading would cut nouns such as `Passwort`.
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
      const verbs = unique(spellings.map(verbReading).filter((v): v is string => !!v).map(stem));
      if (part.length > 1 && !(stop && !prefix)) {
        found.set((prefix ? '>' : '') + stems[0], { written: part, stems, verbs, prefix, stop });
      }
    });
  });
  return [...found.values()];
}
