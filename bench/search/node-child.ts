// The Node half of `npm run bench`'s search rows, in a process of its own (see node-process.ts). Arguments: the
// options as JSON, then the file to write the result to; or `--first-build`, the articles' JSON file, their number
// and the file to write to, for one more first build in a fresh process. Progress goes to stderr.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readArticles } from './articles';
import { runSearchBench, timeFirstBuild } from './core';
import { simulateLearning } from './learning';
import type { NodeSearchOptions } from './node-process';
import { heldOut, tuning } from './set';

const args = process.argv.slice(2);
if (args[0] === '--first-build') {
  const [, file, size, out] = args as [string, string, string, string];
  writeFileSync(out, JSON.stringify(await timeFirstBuild(readFileSync(file, 'utf8'), Number(size))));
} else {
  const [optionsJson, out] = args as [string, string];
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
}
