// `npm test`: builds, runs the Vitest suites and the Playwright suites, and closes with one summary line.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { chromiumPath, INSTALL_HINT } from './chromium.mjs';

if (!chromiumPath()) {
  console.error(INSTALL_HINT);
  process.exit(1);
}

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', env: process.env }).status ?? 1;
// Not under test-results/: Playwright empties that folder when it starts.
mkdirSync('reports', { recursive: true });

if (run('npm', ['run', 'build']) !== 0) process.exit(1);
// Tests, benches and the demo too, with the type tests in test/types.
const types = run('npx', ['tsc', '-p', 'tsconfig.json']);
const size = run('node', ['scripts/size.mjs']);
const vitest = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=reports/vitest.json']);
const playwright = run('npx', ['playwright', 'test']);

const read = (file) => {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
};
const v = read('reports/vitest.json');
const p = read('reports/playwright.json');
const passed = (v?.numPassedTests ?? 0) + (p?.stats?.expected ?? 0);
const failed = (v?.numFailedTests ?? 0) + (p?.stats?.unexpected ?? 0) + (p?.stats?.flaky ?? 0);
const skipped = (v?.numPendingTests ?? 0) + (v?.numTodoTests ?? 0) + (p?.stats?.skipped ?? 0);
const ok = types === 0 && size === 0 && vitest === 0 && playwright === 0 && failed === 0 && skipped === 0 && passed > 0;
console.log(`\nvitest: ${v?.numPassedTests ?? 0} passed, playwright: ${p?.stats?.expected ?? 0} passed${types ? ', type errors' : ''}${size ? ', size budget exceeded' : ''}`);
console.log(`Tests: ${passed} passed, ${failed + (ok ? 0 : skipped)} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(ok ? 0 : 1);
