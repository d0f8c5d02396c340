// Builds the script-tag loader (IIFE), the script-tag panel with its lazy chunks, the npm entries, and types.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { build } from 'vite';

rmSync('dist', { recursive: true, force: true });

const bundle = (lib, chunkFileNames, codeSplitting) =>
  build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2020',
      minify: true,
      lib,
      rollupOptions: { preserveEntrySignatures: 'allow-extension', output: { chunkFileNames, minify: true, codeSplitting } },
    },
  });

// The loader: a classic script that defines window.MedSupport and nothing else.
await bundle({ entry: 'src/loader/script.ts', formats: ['iife'], name: 'MedSupportLoader', fileName: () => 'med-support.js' });
// The panel it loads, built on its own so a first open fetches one file; secondary views come as lazy chunks.
// Left alone, Rolldown splits Preact and signals into common chunks, and the browser only finds those after it has
// parsed the panel: two more round trips on a click. The group keeps the entry's static imports in the entry.
await bundle({ entry: { 'med-support-panel': 'src/panel/index.tsx' }, formats: ['es'] }, 'chunks/[name]-[hash].js', {
  groups: [{ name: 'med-support-panel', test: /src[\\/]panel[\\/]index\.tsx$/ }],
});
// The npm entries; a bundler splits their lazy panel by itself.
await bundle({ entry: { index: 'src/index.ts', search: 'src/search/index.ts' }, formats: ['es'] }, 'npm/[name]-[hash].js');

execFileSync('npx', ['tsc', '-p', 'tsconfig.types.json'], { stdio: 'inherit' });
