import type { ArticleSummary } from '../api/contract';
import { createTermIds } from './term-ids';
import { scanWords, termsOf } from './tokenize';

// Fields are title, keywords, excerpt, learned keywords and messages. Title words say most about an article, keywords
// were chosen by its author, the excerpt is prose; learned keywords are what users' queries taught
// (`learnedKeywords`): evidence that the article helped with those words, but less than the author's choice; messages
// are what the software shows and the article explains, as much as the excerpt says.
const BOOSTS = [3, 2, 1, 1.5, 1];
const FIELDS = BOOSTS.length;
const KEYWORDS = 1;
const LEARNED = 3;
const MESSAGES = 4;
// Standard BM25 constants: term frequency saturates quickly, long fields are damped. Lists are not: keywords name
// alternatives, and an article whose author listed many ways to say it is no less about each; an article that
// explains many messages is no less about each.
const K1 = 1.2;
const B = [0.75, 0, 0.75, 0, 0];
// Counts are packed 6 bits a field into one 32-bit number per posting; beyond 63 a count says nothing more.
const BITS = 6;
const MAX_COUNT = (1 << BITS) - 1;

/**
 * Term-to-article postings with precomputed BM25F weights, so that a search only adds numbers. The postings of
 * term `id` are positions `start[id]` to `start[id + 1] - 1` of `docs` and `weights`: one flat array each, as
 * tens of thousands of small arrays would cost more to build than everything else.
 */
export interface InvertedIndex {
  /** The vocabulary, in order of first appearance; a term's position is its id. */
  terms: string[];
  /** The id of `term`, or -1 if no article has it. */
  idOf(term: string): number;
  idf: Float64Array;
  start: Int32Array;
  /** Article positions, ascending within each term. */
  docs: Int32Array;
  /** The term's weight in that article: idf × saturated, field-boosted frequency. */
  weights: Float64Array;
  /** Each term's largest weight: what it can add to any article at most. */
  peak: Float64Array;
}

// Work between two points where indexing can pause: about a millisecond on a slow machine.
const ARTICLES_PER_STEP = 64;
const POSTINGS_PER_STEP = 3 * 32_768;

/**
 * Builds the index in two passes: the first counts terms per article and field, the second weighs the counts once
 * average field lengths and document frequencies are known. Each distinct word is analysed once; later occurrences
 * are recognised by their hashes in an open-addressing table, without allocating a string, which is most of what
 * keeps 10,000 articles well within 100 ms. It pauses now and then (each `yield`), so that a page can run other
 * tasks in between.
 */
export function* indexing(articles: readonly ArticleSummary[]): Generator<void, InvertedIndex> {
  const count = articles.length;
  const vocabulary = createTermIds();
  const { terms } = vocabulary;
  // Distinct words in an open-addressing table keyed by their two hashes; a slot's entry is the word's only term
  // id + 1 (0: empty slot, -1: no term, as for stop words), or -(2 + index into `several`) for hyphenated words.
  let slots = 1 << 12;
  let hashes = new Int32Array(2 * slots);
  let entries = new Int32Array(slots);
  let distinct = 0;
  const several: number[][] = [];
  let tf = new Int32Array(1 << 12);
  // Postings in order of appearance: term, article, and the term's count in each field packed `BITS` per field.
  let postings = new Int32Array(3 << 12);
  let posted = 0;
  const lengths = new Float64Array(count * FIELDS);
  const totals = BOOSTS.map(() => 0);

  const slotOf = (hash: number, check: number) => {
    let slot = hash & (slots - 1);
    while (entries[slot] && (hashes[2 * slot] !== hash || hashes[2 * slot + 1] !== check)) {
      slot = (slot + 1) & (slots - 1);
    }
    return slot;
  };
  const learn = (word: string, slot: number, hash: number, check: number) => {
    const found = termsOf(word);
    let entry = -1;
    if (found.length === 1) entry = vocabulary.add(found[0]!) + 1;
    else if (found.length > 1) entry = -2 - (several.push(found.map(vocabulary.add)) - 1);
    while (terms.length > tf.length) tf = grow(tf);
    hashes[2 * slot] = hash;
    hashes[2 * slot + 1] = check;
    entries[slot] = entry;
    if (2 * ++distinct > slots) {
      const [oldHashes, oldEntries] = [hashes, entries];
      slots *= 2;
      hashes = new Int32Array(2 * slots);
      entries = new Int32Array(slots);
      oldEntries.forEach((e, s) => {
        if (!e) return;
        const to = slotOf(oldHashes[2 * s]!, oldHashes[2 * s + 1]!);
        hashes[2 * to] = oldHashes[2 * s]!;
        hashes[2 * to + 1] = oldHashes[2 * s + 1]!;
        entries[to] = e;
      });
    }
    return entry;
  };

  // One callback for all fields of all articles: the state it works on lives outside.
  let text = '';
  let field = 0;
  // A term's count in the current field, packed as in `postings`.
  let shift = 0;
  let length = 0;
  const seen: number[] = [];
  const add = (id: number) => {
    if (!tf[id]) seen.push(id);
    if (((tf[id]! >>> shift) & MAX_COUNT) < MAX_COUNT) tf[id] += 1 << shift;
    length++;
  };
  const onWord = (start: number, end: number, hash: number, check: number) => {
    const slot = slotOf(hash, check);
    const entry = entries[slot] || learn(text.slice(start, end), slot, hash, check);
    if (entry > 0) add(entry - 1);
    else if (entry < -1) several[-2 - entry]!.forEach(add);
  };
  // A function called per article rather than the loop's body in the generator: V8 optimises a hot function long
  // before it would a generator's loop, which makes a page's first build (JIT cold) about 30 ms shorter at 10,000.
  const indexArticle = (doc: number) => {
    const article = articles[doc]!;
    for (field = 0; field < FIELDS; field++) {
      length = 0;
      shift = BITS * field;
      if (field === LEARNED) {
        // Already index terms, made by this module's own analysis on the portal.
        for (const term of article.learnedKeywords ?? []) {
          const id = vocabulary.add(term);
          while (terms.length > tf.length) tf = grow(tf);
          add(id);
        }
      } else if (field === KEYWORDS || field === MESSAGES) {
        // One by one: joining them first would copy every article's lists once more.
        for (text of (field === KEYWORDS ? article.keywords : article.messages) ?? []) scanWords(text, onWord);
      } else {
        text = field ? article.excerpt : article.title;
        scanWords(text, onWord);
      }
      lengths[doc * FIELDS + field] = length;
      totals[field] += length;
    }
    while (posted + 3 * seen.length > postings.length) postings = grow(postings);
    for (const id of seen) {
      postings[posted++] = id;
      postings[posted++] = doc;
      postings[posted++] = tf[id]!;
      tf[id] = 0;
    }
    seen.length = 0;
  };
  for (let doc = 0; doc < count; doc++) {
    if (doc % ARTICLES_PER_STEP === ARTICLES_PER_STEP - 1) yield;
    indexArticle(doc);
  }

  // From here on `lengths` holds each field's BM25 length normalisation, boost included.
  for (let i = 0; i < lengths.length; i++) {
    const f = i % FIELDS;
    lengths[i] = BOOSTS[f]! / (1 - B[f]! + (B[f]! * lengths[i]! * count) / (totals[f] || 1));
  }
  const start = new Int32Array(terms.length + 1);
  for (let p = 0; p < posted; p += 3) start[postings[p]! + 1]++;
  const idf = new Float64Array(terms.length);
  for (let id = 0; id < terms.length; id++) {
    idf[id] = Math.log(1 + (count - start[id + 1]! + 0.5) / (start[id + 1]! + 0.5));
    start[id + 1] += start[id]!;
  }
  const next = start.slice();
  const docs = new Int32Array(posted / 3);
  const weights = new Float64Array(posted / 3);
  const peak = new Float64Array(terms.length);
  for (let p = 0; p < posted; p += 3) {
    if (p % POSTINGS_PER_STEP === 0) yield;
    const id = postings[p]!;
    const at = postings[p + 1]! * FIELDS;
    const packed = postings[p + 2]!;
    const x =
      (packed & MAX_COUNT) * lengths[at]! +
      ((packed >>> BITS) & MAX_COUNT) * lengths[at + 1]! +
      ((packed >>> (2 * BITS)) & MAX_COUNT) * lengths[at + 2]! +
      ((packed >>> (3 * BITS)) & MAX_COUNT) * lengths[at + 3]! +
      ((packed >>> (4 * BITS)) & MAX_COUNT) * lengths[at + 4]!;
    docs[next[id]!] = postings[p + 1]!;
    const weight = (idf[id]! * x * (K1 + 1)) / (x + K1);
    weights[next[id]!++] = weight;
    if (weight > peak[id]!) peak[id] = weight;
  }
  return { terms, idOf: vocabulary.idOf, idf, start, docs, weights, peak };
}

/** A copy of `array` with twice the room. */
function grow(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

/** Position of article `doc` in the postings of a term, `from` to `to` (ascending by article), or -1. */
export function find(docs: Int32Array, from: number, to: number, doc: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (docs[mid]! < doc) lo = mid + 1;
    else hi = mid;
  }
  return lo < to && docs[lo] === doc ? lo : -1;
}
