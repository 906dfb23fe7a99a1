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
  // Three browsers on the 2-core CI machine: a journey spends about half its time waiting (the
  // customer's typing pause, IndexedDB, a worker checking a file), so two workers left the cores
  // half idle (e2e CPU time ~470 s over a 504 s run on two cores). E2E_WORKERS overrides it.
  workers: Number(process.env.E2E_WORKERS ?? 3),
  retries: 0,
  timeout: 60_000,
  // With a third browser on two cores, a step the page does in a worker (checking a pack) can take
  // longer than Playwright's 5 s default without anything being wrong.
  expect: { timeout: 10_000 },
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
    // An action that waits for something that never comes fails here, naming its step, instead of
    // holding a worker until the test's own timeout (a journey's can be minutes).
    actionTimeout: 45_000,
  },
  webServer: {
    command: `${build}${serve}`,
    url: `http://127.0.0.1:${E2E_PORT}/`,
    // Vite 8 lists, on every start, what its future native config loader would not support: noise
    // that fills the tail of the CI log the failures must be read from.
    env: { COMPLAINT_DESK_SETUP_CODE: E2E_SETUP_CODE, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
  },
});
