import { termsOf } from './tokenize';

// Everyday words of a support description in German and English that say little about which article helps: time
// ("letzte Woche", "gestern"), feelings ("leider", "dringend"), narrative verbs ("kommt", "steht", "versucht"),
// vague nouns ("Sache", "Problem"). A knowledge base seldom uses them, so its statistics alone would take them
// for telling words. Words of the product (drucken, Rechnung, Fehler …) stay out of this list on purpose.
const WORDS =
  'aktuell allein allerdings also anfang angeblich anscheinend bald beide bekommen bereits besonders ' +
  'bestimmt bisher bitte brauchen danke dabei dafür daher damals danach dauernd deshalb deutlich dienstag donnerstag ' +
  'drauf drin dringend eben eigenen eigentlich einfach einige einmal endlich ende erst erstmal etwa euer fängt fast ' +
  'freitag früher ganz ganzen gar gerade gern gestern gleich glaube guten hallo halt hätte heute hilfe hoffe ' +
  'irgendwie irgendwo jahr jemand kaum klar komisch kommen kommt kurz lange leider letzte letzten ' +
  'los mal manchmal meistens mittwoch moin monat montag morgen nachdem nächste natürlich neu neulich normal normalerweise ' +
  'obwohl oft plötzlich problem prima richtig sagen sagt samstag sache schnell schön sehen sieht seitdem ' +
  'selbst sofort sogar sonst sonntag später stehen steht stunde tag tage trotzdem tun überhaupt uhr unbedingt ' +
  'vielleicht vielen vorher vorhin wenig wichtig wirklich woche wochen wohl zeit zuerst ' +
  'zurzeit zwar gemacht machen macht versucht versuche probiert passiert gesagt gesehen gefunden finde ' +
  'again already always anyone anything appreciate hello help hi just know last maybe much need never now ' +
  'please problem really since someone something still sure thanks thing think today tried try trying week ' +
  'yesterday';

let terms: Set<string> | undefined;

/** True for the index term of an everyday word (see above). */
export const isEveryday = (term: string): boolean =>
  (terms ??= new Set(WORDS.split(' ').flatMap((word) => [...termsOf(word)]))).has(term);
