// Prints the gzip and brotli size of the loader and of everything a first open loads, and fails over budget.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const BUDGET = { loader: 4 * 1024, firstOpen: 45 * 1024 };
const DIST = 'dist';

/** The panel entry and every chunk it imports statically: what the browser fetches on first open. */
export function firstOpenFiles(entry = join(DIST, 'med-support-panel.js')) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const [, spec] of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w${}\s,*]+from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
      visit(resolve(dirname(file), spec));
    }
  };
  visit(resolve(entry));
  return [...seen];
}

export function measure(files) {
  const code = Buffer.concat(files.map((f) => readFileSync(f)));
  const sizes = files.map((f) => readFileSync(f));
  return {
    raw: code.length,
    // Each file is its own HTTP response, so each is compressed on its own.
    gzip: sizes.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0),
    brotli: sizes.reduce((n, b) => n + brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length, 0),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!existsSync(join(DIST, 'med-support.js'))) {
    console.error('dist/ is missing: run `npm run build` first.');
    process.exit(1);
  }
  const loader = measure([join(DIST, 'med-support.js')]);
  const panelFiles = firstOpenFiles();
  const panel = measure(panelFiles);
  const total = { raw: loader.raw + panel.raw, gzip: loader.gzip + panel.gzip, brotli: loader.brotli + panel.brotli };
  const lazyFiles = readdirSync(join(DIST, 'chunks')).map((f) => resolve(DIST, 'chunks', f)).filter((f) => !panelFiles.includes(f));
  const lazy = measure(lazyFiles);
  const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
  const rows = [
    ['loader (med-support.js)', loader, BUDGET.loader],
    [`first open (${panelFiles.length} files)`, panel, null],
    ['loader + first open', total, BUDGET.firstOpen],
    [`later, on demand (${lazyFiles.length} files)`, lazy, null],
  ];
  console.log(['what'.padEnd(28), 'raw'.padStart(10), 'gzip'.padStart(10), 'brotli'.padStart(10), 'budget (gzip)'.padStart(15)].join(''));
  let over = false;
  for (const [name, s, budget] of rows) {
    const fail = budget !== null && s.gzip > budget;
    over ||= fail;
    console.log([name.padEnd(28), kb(s.raw).padStart(10), kb(s.gzip).padStart(10), kb(s.brotli).padStart(10), (budget ? `${kb(budget)} ${fail ? 'OVER' : 'ok'}` : '').padStart(15)].join(''));
  }
  if (over) {
    console.error('Size budget exceeded.');
    process.exit(1);
  }
}
