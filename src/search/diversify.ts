import type { Ranked } from './rank';
import { scanWords, termsOf } from './tokenize';

// Titles sharing at least this share of their terms (Jaccard) are variants of one topic: "Etiketten für Laborproben
// in Farbe drucken" and "… im Querformat drucken" (0.6), and the general "Graustufendruck für Befunde einstellen" and
// "Wie kann ich Graustufendruck für Befunde in der Ergotherapie einstellen?" (0.75). A title that only shares a
// common word or two with another is about something else: "Rechnung drucken" and "Etiketten drucken" (0.33).
const SAME_TOPIC = 0.4;

/** The index terms of a title, stop words left out. */
export function titleTerms(title: string): Set<string> {
  const terms = new Set<string>();
  scanWords(title, (from, to) => termsOf(title.slice(from, to)).forEach((term) => terms.add(term)));
  return terms;
}

function variants(a: Set<string>, b: Set<string>): boolean {
  let both = 0;
  for (const term of a) if (b.has(term)) both++;
  return both / (a.size + b.size - both) >= SAME_TOPIC;
}

/**
 * The best `limit` of `ranked` (best first) with variants moved back: a hit whose title is a variant of a better
 * hit's comes after every hit that is not. Five suggestions then show five answers rather than one article's
 * variants for five settings or practice types, and an article about something else gets its place.
 */
export function diversify(ranked: readonly Ranked[], limit: number, topic: (doc: number) => Set<string>): Ranked[] {
  const chosen: Ranked[] = [];
  const later: Ranked[] = [];
  for (const hit of ranked) {
    if (chosen.length === limit) break;
    const terms = topic(hit[0]);
    (chosen.some(([doc]) => variants(topic(doc), terms)) ? later : chosen).push(hit);
  }
  return [...chosen, ...later].slice(0, limit);
}
