// Builds the three outputs: the script-tag loader (IIFE), the ESM entries with the lazy panel chunk, and types.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { build } from 'vite';

const common = { configFile: false, logLevel: 'warn', publicDir: false };
rmSync('dist', { recursive: true, force: true });

await build({
  ...common,
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2020',
    minify: true,
    lib: { entry: 'src/loader/script.ts', formats: ['iife'], name: 'MedSupportLoader', fileName: () => 'med-support.js' },
  },
});

await build({
  ...common,
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2020',
    minify: true,
    lib: {
      entry: { index: 'src/index.ts', search: 'src/search/index.ts', 'med-support-panel': 'src/panel/index.tsx' },
      formats: ['es'],
    },
    rollupOptions: { output: { chunkFileNames: 'chunks/[name]-[hash].js' } },
  },
});

execFileSync('npx', ['tsc', '-p', 'tsconfig.types.json'], { stdio: 'inherit' });
