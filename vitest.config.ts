import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Generous: a 2-core CI machine runs the portal, fuzzing and the DOM suites side by side.
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: { name: 'node', environment: 'node', include: ['test/unit/**/*.test.ts', 'test/server/**/*.test.ts', 'test/jsm-sim/**/*.test.ts'] },
      },
      {
        extends: true,
        test: { name: 'dom', environment: 'happy-dom', include: ['test/dom/**/*.test.{ts,tsx}'] },
      },
    ],
  },
});
