// `npm run bench:independent`: the search on a second labelled set that no engine change was ever chosen on. Two
// helpers wrote it (set/independent.json, 160 queries each, `writer` a and b) from the articles alone, without the
// engine, the synonym table or the bench set, after the engine was last tuned. The bench set's held-out part has been
// read in aggregate after every change for many sessions; this set tells whether a change generalises. Kinds as the
// writers labelled them: `long`, `vocabulary`, `short` (1–4 keywords, typos allowed) and `english`.
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
}

const here = dirname(fileURLToPath(import.meta.url));
const queries = JSON.parse(readFileSync(join(here, 'set', 'independent.json'), 'utf8')) as IndependentQuery[];
const real = readArticles(join(here, '..', '..', 'server', 'articles'));
const kinds = [...new Set(queries.map((q) => q.kind))];
const engines: Array<keyof typeof ENGINES> = ['minisearch', 'minisearchDev', 'engine'];

console.log(`${queries.length} queries over ${real.length} real articles: Recall@1/Recall@5/MRR@5`);
for (const size of [2000, 10000]) {
  const articles = articleSet(real, size, 42);
  // Per engine, each query's rank of its first expected article in the top 5 (0: not there).
  const ranks = engines.map((name) => {
    const search = ENGINES[name](articles, 5);
    return queries.map((q) => search(q.query, q.locale).findIndex((id) => q.expected.includes(id)) + 1);
  });
  console.log(`\n${size.toLocaleString('en')} articles`);
  console.log(`${'kind'.padEnd(12)}${'n'.padStart(4)}  ${engines.map((e) => ENGINE_HEADS[e].padEnd(16)).join('')}`);
  for (const kind of [...kinds, 'overall']) {
    const picked = queries.flatMap((q, i) => (kind === 'overall' || q.kind === kind ? [i] : []));
    const quality = (r: number[]) => qualityOf(picked.map((i) => r[i]!));
    console.log(`${kind.padEnd(12)}${String(picked.length).padStart(4)}  ${ranks.map((r) => q3(quality(r)).padEnd(16)).join('')}`);
  }
}
