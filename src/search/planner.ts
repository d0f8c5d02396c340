import type { FuzzyLookup } from './fuzzy-vocabulary';
import type { InvertedIndex } from './inverted-index';
import type { QueryWord } from './parse-query';
import { stem } from './stem';
import type { Synonyms } from './synonyms';

/** Index terms standing in for a word, each with a weight in (0, 1]. */
export type Expansion = Array<[id: number, weight: number]>;

/**
 * A query word as the ranking sees it: one or more expansions, each scored on its own and summed (a compound's
 * parts count separately), all credited to the same word when counting how many query words an article matched.
 */
export type PlannedWord = Expansion[];

// Relative trust in each kind of stand-in term: the exact stem is the word itself; a near miss is probably a typo;
// a compound containing the word, or a part of a compound the user typed, is related but broader; a completion of
// the word being typed is a guess that gets better with every letter.
const FUZZY = 0.8;
const PART = 0.5;
// A synonym means the same to the user, but the article's author chose other words: below the word itself.
const SYNONYM = 0.7;
const completion = (typed: number, length: number) => 0.3 + (0.5 * typed) / length;
// Short prefixes match hundreds of terms and common words sit inside many compounds. The shortest are the likelier
// intent (fewest letters still to type), then the most frequent; the rest would only cost time.
const MAX_RELATED = 32;
// Shorter words sit inside too many unrelated compounds ("akt" in "Kontakt"); shorter compounds are rare.
const MIN_INNER = 4;
const MIN_COMPOUND = 8;
// The linking elements between the parts of a German compound: Verlauf|s|eintrag, Patient|en|etikett.
const LINKS = ['', 's', 'n', 'en', 'e'];
// Longer "words" are pasted noise; taking them apart would cost time quadratic in their length.
const MAX_COMPOUND = 40;

/**
 * Term ids grouped by their first letter, first two letters and last three letters. A word's completions, and the
 * compounds it begins, share its first two letters; compounds ending with it (a German compound's head comes last)
 * share its last three; near misses are sought among terms with the same first letter, as typos there are rare.
 * Scanning one group rather than the whole vocabulary keeps each keystroke cheap.
 */
export interface TermGroups {
  byFirst: Map<number, number[]>;
  byStart: Map<number, number[]>;
  byEnd: Map<number, number[]>;
}

const endKey = (t: string) =>
  (t.charCodeAt(t.length - 3) * 65536 + t.charCodeAt(t.length - 2)) * 65536 + t.charCodeAt(t.length - 1);
const startKey = (t: string) => t.charCodeAt(0) * 65536 + t.charCodeAt(1);

/** Groups the vocabulary, in steps (see `indexing`). */
export function* grouping(terms: readonly string[]): Generator<void, TermGroups> {
  const groups: TermGroups = { byFirst: new Map(), byStart: new Map(), byEnd: new Map() };
  const put = (map: Map<number, number[]>, key: number, id: number) => map.get(key)?.push(id) ?? map.set(key, [id]);
  for (let id = 0; id < terms.length; id++) {
    if (id % 8192 === 8191) yield;
    put(groups.byFirst, terms[id]!.charCodeAt(0), id);
    put(groups.byStart, startKey(terms[id]!), id);
    if (terms[id]!.length >= MIN_INNER) put(groups.byEnd, endKey(terms[id]!), id);
  }
  return groups;
}

/** Adds a term to `found` at a weight, keeping the heaviest weight a term was found at. */
const keepingHeaviest = (found: Map<number, number>) => (id: number, weight: number) => {
  if (!((found.get(id) ?? 0) >= weight)) found.set(id, weight);
};

/** Plans queries: {@link createPlanner}. */
export interface Planner {
  /** Each query word's weighted index terms; a long query's words are not completed or taken apart when known. */
  words(query: QueryWord[], long: boolean): PlannedWord[];
  /** A phrase of the synonym table ("geht nicht") as one more word: its groups' other entries and their compounds. */
  phrase(targets: readonly string[]): PlannedWord;
}

/**
 * Turns query words into weighted index terms: exact stems, completions of the word being typed, compounds that
 * contain a word, parts of a compound, and near misses found by Fuse.js. Each word's plan is remembered, so typing
 * on only works out the word that changed.
 */
export function createPlanner(
  index: InvertedIndex,
  groups: TermGroups,
  fuzzy: FuzzyLookup,
  synonyms: Synonyms,
): Planner {
  const { terms, idOf, idf, start } = index;
  const df = (id: number) => start[id + 1]! - start[id]!;
  const likeliest = (found: number[]) =>
    found.sort((a, b) => terms[a]!.length - terms[b]!.length || df(b) - df(a)).slice(0, MAX_RELATED);
  const cache = new Map<string, PlannedWord>();

  const group = (map: Map<number, number[]>, key: number) => map.get(key) ?? [];
  const first = (t: string) => group(groups.byFirst, t.charCodeAt(0));
  /** Terms other than `self` that start with `term`: its completions, or compounds it begins. */
  const starting = (term: string, self: number) =>
    group(groups.byStart, startKey(term)).filter((id) => id !== self && terms[id]!.startsWith(term));
  /** Terms other than `self` that end with `term`: compounds it is the head of. */
  const ending = (term: string, self: number) =>
    group(groups.byEnd, endKey(term)).filter((id) => id !== self && terms[id]!.endsWith(term));

  /**
   * The terms found for a word, weighed down where rarer than its stand-ins (its `exact` terms, else the best-weighted
   * ones). A related term is no more telling than the word itself: a rare compound containing a common word must not
   * outrank the word's exact matches just because it is rare. A word that is no term stands in for its likeliest
   * readings: "anlgen" is as near to the rare "angelegt" as to "anleg", but far likelier meant as the common word, so
   * the rare one must not win on rarity either.
   */
  const capped = (found: Map<number, number>, exact: number[]): Expansion => {
    const heaviest = Math.max(0, ...found.values());
    const standIns = exact.length ? exact : [...found.keys()].filter((id) => found.get(id) === heaviest);
    const reference = Math.max(0, ...standIns.map((id) => idf[id]!));
    return [...found].map(([id, w]) => [id, reference ? w * Math.min(1, reference / idf[id]!) : w]);
  };

  /**
   * Adds the terms of `list` at `weight`, and the compounds that contain them at less: a synonym stands for the word
   * as the word does for itself. Tells whether any term was found.
   */
  const standFor = (list: readonly string[], weight: number, add: (id: number, weight: number) => void) => {
    let found = false;
    for (const synonym of list) {
      const id = idOf(synonym);
      if (id >= 0) add(id, weight), (found = true);
      if (synonym.length < MIN_INNER) continue;
      for (const other of likeliest([...starting(synonym, id), ...ending(synonym, id)])) {
        add(other, weight * PART);
        found = true;
      }
    }
    return found;
  };

  /**
   * Expands one word: its stems exactly, as starts of longer terms (`prefix`) or parts of compounds, and fuzzily;
   * its verb readings exactly and fuzzily. Also tells whether the word is anchored: a known term or the start of one.
   */
  const expand = (
    written: string,
    stems: string[],
    verbs: string[],
    prefix: boolean,
    stop: boolean,
    long: boolean,
  ): [Expansion, boolean] => {
    const found = new Map<number, number>();
    const add = keepingHeaviest(found);
    // A word the table knows as written ("=sticker") means its group, not what else shares its stem ("Sticks").
    const meanings = synonyms.ofWritten(written);
    const readings = meanings.length ? [] : [...stems, ...verbs];
    // A word no article has, but the synonym table knows, means its synonyms: they are as good as the word itself
    // would be, and guessing typos of it would only add noise.
    const known = readings.some((term) => idOf(term) >= 0);
    let meant = false;
    let anchored = false;
    const addSynonyms = (list: readonly string[]) => {
      meant = standFor(list, known ? SYNONYM : 1, add) || meant;
    };
    addSynonyms(meanings);
    for (const term of readings) {
      const exact = idOf(term);
      if (exact >= 0) add(exact, 1), (anchored ||= stems.includes(term));
      addSynonyms(synonyms.of(term));
      if (!stems.includes(term)) continue;
      const inner = !stop && term.length >= MIN_INNER;
      const longer = prefix || inner ? starting(term, exact) : [];
      for (const id of likeliest(longer)) {
        add(id, prefix ? (stop ? 0.5 : 1) * completion(term.length, terms[id]!.length) : PART);
      }
      if (inner) for (const id of likeliest(ending(term, exact))) add(id, PART);
      anchored ||= prefix && longer.length > 0;
    }
    // A word being typed that starts no article's term may be on its way to a word of the table ("Kundendien").
    if (prefix && !stop && !anchored && !meanings.length && written.length >= MIN_INNER) {
      for (const whole of synonyms.completing(written)) {
        meant = standFor(synonyms.of(whole), completion(written.length, whole.length), add) || meant;
      }
    }
    if (!stop && !meant && !(prefix && anchored) && !(long && anchored)) {
      for (const term of readings) {
        // A verb reading is a whole word by construction, so only whole terms can be near misses of it.
        const start = prefix && stems.includes(term);
        for (const [id, similarity] of fuzzy(term, start, first(term))) {
          const length = terms[id]!.length;
          const fit = start
            ? Math.min(1, completion(term.length, length) + 0.2)
            : Math.min(length, term.length) / Math.max(length, term.length);
          add(id, FUZZY * similarity * fit);
        }
      }
    }
    return [capped(found, readings.map(idOf).filter((id) => id >= 0)), anchored];
  };

  // German compounds: "Benutzerrechte" is about "Benutzer" and "Rechte". The split prefers a known head (the last
  // part carries the meaning), then a known modifier, the longer the better; the other part may be misspelt.
  const split = (term: string): string[] => {
    let best: string[] = [];
    let bestScore = 0;
    for (let i = MIN_INNER; i <= term.length - MIN_INNER; i++) {
      const parts = [stem(term.slice(0, i)), term.slice(i)];
      const score = (idOf(parts[1]!) >= 0 ? 2 : 0) + (idOf(parts[0]!) >= 0 ? 1 : 0);
      // Scanning left to right, a later split means a shorter head and a longer modifier.
      if (score > bestScore || (score === 1 && bestScore === 1)) {
        best = parts;
        bestScore = score;
      }
    }
    return best;
  };

  const planWord = ({ written, stems, verbs, prefix, stop }: QueryWord, long: boolean): PlannedWord => {
    const [expansion, anchored] = expand(written, stems, verbs, prefix, stop, long);
    const planned = [expansion];
    // A word still being typed is only taken apart once it is neither a known term nor the start of one; a word the
    // table knows as written never is.
    const length = stems[0]!.length;
    const asWritten = synonyms.ofWritten(written).length > 0;
    if (!stop && !asWritten && !((prefix || long) && anchored) && length >= MIN_COMPOUND && length <= MAX_COMPOUND) {
      for (const part of split(stems[0]!)) {
        planned.push(expand(part, [part], [], false, false, long)[0].map(([id, w]) => [id, w * PART]));
      }
    }
    return planned;
  };

  // No article has a phrase as such, so what it stands for is all it can mean: as for a word no article has.
  const phrase = (targets: readonly string[]): PlannedWord => {
    const found = new Map<number, number>();
    standFor(targets, 1, keepingHeaviest(found));
    return [capped(found, [])];
  };

  const planWords = (query: QueryWord[], long: boolean) =>
    query.map((word) => {
      const key = `${long ? '+' : ''}${word.prefix ? '>' : ''}${word.written} ${word.stems.join(' ')}`;
      let planned = cache.get(key);
      if (!planned) {
        if (cache.size > 500) cache.clear();
        cache.set(key, (planned = planWord(word, long)));
      }
      return planned;
    });
  const misspelt = new Map<string, string[]>();
  /**
   * A finished word of a keyword query as parts of a compound: itself, and if articles do not have it as a word, also
   * what it is likeliest a misspelling of ("etiketen"). A word may be a compound's part only ("eintrag" in
   * "Verlaufseintrag").
   */
  const parts = ({ stems, prefix, stop }: QueryWord, long: boolean): string[] => {
    const term = stems[0]!;
    if (stop || prefix || long || idOf(term) >= 0 || term.length < MIN_INNER) return [term];
    let found = misspelt.get(term);
    if (!found) {
      if (misspelt.size > 500) misspelt.clear();
      const near = fuzzy(term, false, first(term));
      const best = Math.max(...near.map(([, similarity]) => similarity));
      found = [term, ...near.filter(([, similarity]) => similarity >= best).map(([id]) => terms[id]!)];
      misspelt.set(term, found);
    }
    return found;
  };
  /**
   * Users write apart what articles write as one compound ("Eintrag Verlauf", "Etiketten Patienten"), misspelt or not
   * ("Etiketen drucken"): a term joining two neighbouring words (stop words between them aside) in either order, with
   * or without a linking element, stands for both words as fully as their own terms.
   */
  const joinNeighbours = (query: QueryWord[], planned: PlannedWord[], long: boolean): PlannedWord[] => {
    const joined = query.map((): number[] => []);
    const readings = query.map((word) => parts(word, long));
    let previous = -1;
    query.forEach((word, i) => {
      if (word.stop) return;
      for (const a of readings[previous] ?? []) {
        for (const b of readings[i]!) {
          if (a.length < MIN_INNER || b.length < MIN_INNER) continue;
          for (const term of LINKS.flatMap((link) => [a + link + b, b + link + a])) {
            const id = idOf(term);
            if (id >= 0) joined[previous]!.push(id), joined[i]!.push(id);
          }
        }
      }
      previous = i;
    });
    return planned.map((word, i) => {
      if (!joined[i]!.length) return word;
      const first = new Map(word[0]);
      for (const id of joined[i]!) first.set(id, 1);
      return [[...first], ...word.slice(1)];
    });
  };

  return { words: (query, long) => joinNeighbours(query, planWords(query, long), long), phrase };
}
