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
    const ranks = searches.map((search) => queries.map((q) => search(q.query, q.locale).findIndex((id) => q.expected.includes(id)) + 1));
    const rows: Array<[string, (q: IndependentQuery) => boolean]> = [
      ...[...new Set(queries.map((q) => q.kind))].map((kind): [string, (q: IndependentQuery) => boolean] => [kind, (q) => q.kind === kind]),
      ...[...new Set(queries.flatMap((q) => (q.part ? [q.part] : [])))].map((part): [string, (q: IndependentQuery) => boolean] => [part, (q) => q.part === part]),
      ['overall', () => true],
    ];
    console.log(`\n${name}, ${size.toLocaleString('en')} articles`);
    console.log(`${'kind'.padEnd(12)}${'n'.padStart(4)}  ${engines.map((e) => ENGINE_HEADS[e].padEnd(16)).join('')}`);
    for (const [row, picks] of rows) {
      const picked = queries.flatMap((q, i) => (picks(q) ? [i] : []));
      const quality = (r: number[]) => qualityOf(picked.map((i) => r[i]!));
      console.log(`${row.padEnd(12)}${String(picked.length).padStart(4)}  ${ranks.map((r) => q3(quality(r)).padEnd(16)).join('')}`);
    }
  }
}
