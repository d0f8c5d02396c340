import { defineConfig } from '@playwright/test';
import { chromiumPath, CHROMIUM_ARGS } from './scripts/chromium.mjs';
import { HOST_PORT as PORT } from './test/e2e/support/ports';

// 5199 by default; moves with E2E_PORT_BASE like the other test servers (test/e2e/demo*.spec.ts use the same sum).
const DEMO_PORT = Number(process.env.DEMO_E2E_PORT) || PORT + 1026;

export default defineConfig({
  testDir: 'test/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: { executablePath: chromiumPath() ?? undefined, args: CHROMIUM_ARGS },
    trace: 'off',
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: [
    {
      command: 'npx tsx test/e2e/support/serve.ts',
      url: `http://127.0.0.1:${PORT}/health`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // The demo (test/e2e/demo*.spec.ts) on its own port, with a throw-away database, serving the dist/ under test.
      command: 'npx tsx scripts/demo.ts',
      url: `http://127.0.0.1:${DEMO_PORT}/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { PORT: String(DEMO_PORT), DEMO_TEMP_DATA: '1', DEMO_SKIP_BUILD: '1' },
    },
  ],
});
