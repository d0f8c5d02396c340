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
        // The backend-neutral portal suites again, on the JSM gateway against the simulator (test/server/helpers.ts).
        extends: true,
        test: {
          name: 'jsm',
          environment: 'node',
          include: ['test/server/{idempotency,pagination,articles,persistence,identify,content-types,closed-requests,read-marks}.test.ts'],
          env: { PORTAL_TEST_BACKEND: 'jsm' },
        },
      },
      {
        extends: true,
        test: { name: 'dom', environment: 'happy-dom', include: ['test/dom/**/*.test.{ts,tsx}'] },
      },
    ],
  },
});
