import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';
import { E2E_SETUP_CODE } from './test/e2e/support/setup-code';

// Several checkouts on one machine each pick their own port.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4174);
// ...and their own build folder, so two runs never serve each other's half-written build.
const outDir = process.env.E2E_OUT ?? 'dist-test';
const executablePath = (await findChromium()) ?? undefined;
const serve = `npx vite preview --outDir ${outDir} --port ${E2E_PORT} --strictPort`;
// `npm test` builds while the unit tests run and says so; alone, Playwright builds first.
const build = process.env.E2E_PREBUILT === '1' ? '' : 'node --import tsx scripts/build-e2e.ts && ';

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}/`,
    viewport: { width: 1280, height: 800 },
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
    // Every test opens a fresh context, where the service worker would precache the whole app
    // (every case, every screen: about 200 files) beside the test. Only the offline journeys
    // (offline.spec.ts) are about the service worker, and they allow it.
    serviceWorkers: 'block',
    trace: 'off',
  },
  webServer: {
    command: `${build}${serve}`,
    url: `http://127.0.0.1:${E2E_PORT}/`,
    env: { COMPLAINT_DESK_SETUP_CODE: E2E_SETUP_CODE },
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
  },
});
