// The Node half of `npm run bench`'s search rows, in a process of its own (see node-process.ts). Arguments: the
// options as JSON, then the file to write the result to. Progress goes to stderr.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readArticles } from './articles';
import { runSearchBench } from './core';
import { simulateLearning } from './learning';
import type { NodeSearchOptions } from './node-process';
import { heldOut, tuning } from './set';

const [optionsJson, out] = process.argv.slice(2) as [string, string];
const { sizes, fuseEvery, firstBuildFile } = JSON.parse(optionsJson) as NodeSearchOptions;
const realArticles = readArticles(join(import.meta.dirname, '..', '..', 'server', 'articles'));
const parts = { tuning, heldOut };
const result = await runSearchBench({
  realArticles,
  parts,
  sizes,
  firstBuildJson: readFileSync(firstBuildFile, 'utf8'),
  fuseEvery: (size) => fuseEvery[size]!,
  learning: (articles) => simulateLearning(articles, parts),
  log: (line) => process.stderr.write(`${line}\n`),
});
writeFileSync(out, JSON.stringify(result));
