// The labelled query set of the search bench (issue #15): queries written the way practice staff write them, over
// the 58 real articles of server/articles, before any engine was run on them. 30 % of each kind is held out, chosen
// by a hash of the query text (not by hand); the engine is tuned on `tuning` only, `heldOut` is for reporting.
import { LONG } from './long';
import { SHORT } from './short';
import { KINDS, type LabelledQuery, type QueryKind } from './types';
import { VOCABULARY } from './vocabulary';

export { KINDS, type LabelledQuery, type QueryKind };

/** Every labelled query, in the order written. */
export const QUERIES: readonly LabelledQuery[] = [...SHORT, ...LONG, ...VOCABULARY];

export type Part = 'tuning' | 'heldOut';
export const PARTS: readonly Part[] = ['tuning', 'heldOut'];

/** The share of each kind held out. */
export const HELD_OUT_SHARE = 0.3;

/** FNV-1a over the UTF-16 code units of `text`: the same on every machine and run. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}

/**
 * Splits `queries` per kind: the round(30 %) with the lowest hash of their text are held out, the rest are for
 * tuning. Adding a query moves at most one other query of its kind between the parts.
 */
export function splitQueries(queries: readonly LabelledQuery[], share = HELD_OUT_SHARE): Record<Part, LabelledQuery[]> {
  const held = new Set<LabelledQuery>();
  for (const kind of KINDS) {
    const ofKind = queries.filter((query) => query.kind === kind);
    ofKind
      .map((query) => [fnv1a(query.query), query] as const)
      .sort((a, b) => a[0] - b[0] || (a[1].query < b[1].query ? -1 : 1))
      .slice(0, Math.round(share * ofKind.length))
      .forEach(([, query]) => held.add(query));
  }
  return { tuning: queries.filter((query) => !held.has(query)), heldOut: queries.filter((query) => held.has(query)) };
}

const parts = splitQueries(QUERIES);
/** For tuning the engine: look at these queries' misses as much as you like. */
export const tuning: readonly LabelledQuery[] = parts.tuning;
/** Never look at these for tuning: they tell how the engine does on queries nobody fitted it to. */
export const heldOut: readonly LabelledQuery[] = parts.heldOut;
