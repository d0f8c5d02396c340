import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { readArticles } from './articles';
import { FIRST_BUILDS, type FirstBuild, firstBuildArticles, joinFirstBuilds, type SearchBenchResult } from './core';

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
  const child = (args: string[]) =>
    new Promise<void>((resolve, reject) => {
      const spawned = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'node-child.ts'), ...args], {
        stdio: ['ignore', 'inherit', 'pipe'],
      });
      createInterface({ input: spawned.stderr }).on('line', log);
      spawned.once('error', reject);
      spawned.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`the Node search bench exited with ${code}`))));
    });
  try {
    await writeFile(firstBuildFile, firstBuildArticles(readArticles(join(import.meta.dirname, '..', '..', 'server', 'articles')), Math.max(...sizes)));
    await child([JSON.stringify(options), out]);
    const result = JSON.parse(await readFile(out, 'utf8')) as SearchBenchResult;
    // More first builds, each in a process of its own.
    const firstBuilds = [result.firstBuild];
    for (let i = 1; i < FIRST_BUILDS; i++) {
      await child(['--first-build', firstBuildFile, String(result.firstBuild.size), out]);
      firstBuilds.push(JSON.parse(await readFile(out, 'utf8')) as FirstBuild);
    }
    return { ...result, firstBuild: joinFirstBuilds(firstBuilds) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
