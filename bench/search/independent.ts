// `npm run bench:independent`: the search on labelled sets that helpers wrote from the articles, never from the bench
// set. The bench set's held-out part has been read in aggregate after every change for many sessions; the first two
// sets, by writers who saw neither the engine nor the synonym table, tell whether a change generalises.
// - set/independent.json (2026-12-06): 320 queries by two writers (`writer` a and b, 160 each); read for development
//   since 2026-12-07.
// - set/independent-2.json (2026-12-07): 260 queries by a third writer (c), in users' own words rather than the
//   articles'; every other query (`part`) is for development, the rest a check read only in aggregate.
// - set/helpers.json (2026-12-07): 1,363 queries the ten helpers of the synonym table's fifth and sixth rounds wrote
//   before adding their groups (`writer` r5a–r5f, r6a–r6d). Not independent: each helper's groups were kept where
//   they lifted its queries. A large development set for engine changes.
// Kinds as the writers labelled them: `long`, `vocabulary`, `short` (1–4 keywords, typos allowed) and `english`.
// Row `typing` asks each query but the long ones again while its last word is being typed: cut to 40, 60 and 80 % of
// its letters (at least 3, words of 5 letters or more), as the suggestions see it on the way.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locale } from '../../src/api/contract';
import { readArticles } from './articles';
import { articleSet } from './distractors';
import { ENGINE_HEADS, ENGINES } from './engines';
import { qualityOf } from './quality';
import { q3 } from './report';

interface IndependentQuery {
  query: string;
  expected: string[];
  locale: Locale;
  kind: string;
  writer: string;
  part?: 'development' | 'check';
}

const here = dirname(fileURLToPath(import.meta.url));
const read = (file: string) => JSON.parse(readFileSync(join(here, 'set', file), 'utf8')) as IndependentQuery[];
const sets = [
  { name: 'independent.json', queries: read('independent.json') },
  { name: 'independent-2.json', queries: read('independent-2.json') },
  { name: 'helpers.json', queries: read('helpers.json') },
];
const real = readArticles(join(here, '..', '..', 'server', 'articles'));
const engines: Array<keyof typeof ENGINES> = ['minisearch', 'minisearchDev', 'engine'];

console.log(`${sets.map((s) => `${s.name}: ${s.queries.length}`).join(', ')} queries over ${real.length} real articles: Recall@1/Recall@5/MRR@5`);
for (const size of [2000, 10000]) {
  const articles = articleSet(real, size, 42);
  const searches = engines.map((name) => ENGINES[name](articles, 5));
  for (const { name, queries } of sets) {
    // Per engine, each query's rank of its first expected article in the top 5 (0: not there).
    const typing = queries.filter((q) => q.kind !== 'long').flatMap(typed);
    const rankOf = (search: (typeof searches)[number]) => (q: IndependentQuery) =>
      search(q.query, q.locale).findIndex((id) => q.expected.includes(id)) + 1;
    const ranks = searches.map((search) => [...queries, ...typing].map(rankOf(search)));
    const where = (picks: (q: IndependentQuery) => boolean) => queries.flatMap((q, i) => (picks(q) ? [i] : []));
    const rows: Array<[string, number[]]> = [
      ...[...new Set(queries.map((q) => q.kind))].map((kind): [string, number[]] => [kind, where((q) => q.kind === kind)]),
      ...[...new Set(queries.flatMap((q) => (q.part ? [q.part] : [])))].map((part): [string, number[]] => [part, where((q) => q.part === part)]),
      ['overall', where(() => true)],
      ['typing', typing.map((_, i) => queries.length + i)],
    ];
    console.log(`\n${name}, ${size.toLocaleString('en')} articles`);
    console.log(`${'kind'.padEnd(12)}${'n'.padStart(4)}  ${engines.map((e) => ENGINE_HEADS[e].padEnd(16)).join('')}`);
    for (const [row, picked] of rows) {
      const quality = (r: number[]) => qualityOf(picked.map((i) => r[i]!));
      console.log(`${row.padEnd(12)}${String(picked.length).padStart(4)}  ${ranks.map((r) => q3(quality(r)).padEnd(16)).join('')}`);
    }
  }
}

/** The query as it reads while its last word is being typed, at 40, 60 and 80 % of that word. */
function typed(q: IndependentQuery): IndependentQuery[] {
  const word = /\S+$/.exec(q.query.trimEnd())?.[0] ?? '';
  if (word.length < 5) return [];
  const start = q.query.trimEnd().slice(0, -word.length);
  const cuts = new Set([0.4, 0.6, 0.8].map((share) => Math.max(3, Math.round(word.length * share))));
  return [...cuts].filter((cut) => cut < word.length).map((cut) => ({ ...q, query: start + word.slice(0, cut) }));
}
