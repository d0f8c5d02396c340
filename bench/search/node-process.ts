import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { readArticles } from './articles';
import { firstBuildArticles, type SearchBenchResult } from './core';

export interface NodeSearchOptions {
  sizes: number[];
  /** Naive Fuse is scored on every n-th query at each size. */
  fuseEvery: Record<number, number>;
  /** The first build's articles, as JSON text (see `SearchBenchOptions.firstBuildJson`). */
  firstBuildFile: string;
}

/**
 * The search bench in a fresh Node process, as `npm run bench:search` runs it: in the bench's own process it ran
 * after the browser benches, on a heap full of their leftovers, and garbage collection there slowed the index builds
 * by a third.
 */
export async function runSearchInNode(sizes: number[], fuseEvery: (size: number) => number, log: (line: string) => void): Promise<SearchBenchResult> {
  const dir = await mkdtemp(join(os.tmpdir(), 'medsupport-search-'));
  const out = join(dir, 'result.json');
  const firstBuildFile = join(dir, 'first-build.json');
  const options: NodeSearchOptions = {
    sizes,
    fuseEvery: Object.fromEntries(sizes.map((size) => [size, fuseEvery(size)])),
    firstBuildFile,
  };
  try {
    await writeFile(firstBuildFile, firstBuildArticles(readArticles(join(import.meta.dirname, '..', '..', 'server', 'articles')), Math.max(...sizes)));
    await new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'node-child.ts'), JSON.stringify(options), out], {
        stdio: ['ignore', 'inherit', 'pipe'],
      });
      createInterface({ input: child.stderr }).on('line', log);
      child.once('error', reject);
      child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`the Node search bench exited with ${code}`))));
    });
    return JSON.parse(await readFile(out, 'utf8')) as SearchBenchResult;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
