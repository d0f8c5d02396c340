import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const OUTPUTS = ['dist/med-support.js', 'dist/med-support-panel.js'];

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Why the widget needs building, or null when dist/ is newer than every source file. */
function staleReason(root: string): string | null {
  const missing = OUTPUTS.find((file) => !existsSync(join(root, file)));
  if (missing) return `${missing} is missing`;
  const built = Math.min(...OUTPUTS.map((file) => statSync(join(root, file)).mtimeMs));
  return newestMtime(join(root, 'src')) > built ? 'src/ changed since the last build' : null;
}

/**
 * Builds the widget when dist/ is missing or older than src/. Other people edit src/ while the demo is used, so a
 * failed build with an older dist/ still present only warns: the demo keeps running on the last good build.
 */
export function ensureWidgetBuilt(root: string, log: (line: string) => void): void {
  const reason = staleReason(root);
  if (!reason) return;
  log(`demo: building the widget (${reason}) …`);
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
  if (result.status === 0) return;
  if (OUTPUTS.every((file) => existsSync(join(root, file)))) {
    log('demo: the widget build failed; serving the previous build from dist/');
    return;
  }
  throw new Error('the widget build failed and there is no earlier build in dist/ (run `npm run build` to see why)');
}
