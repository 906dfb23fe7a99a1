// The one build the browser tests run against: the production build with the e2e setup code, in
// its own folder. playwright.config.ts runs it before serving, unless `npm test` has already run it
// alongside the unit tests (E2E_PREBUILT=1), where it uses the core the unit tier leaves idle.
import './quiet-vite.mjs';
import { spawnSync } from 'node:child_process';
import { E2E_SETUP_CODE } from '../test/e2e/support/setup-code';

const outDir = process.env.E2E_OUT ?? 'dist-test';
const build = spawnSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir'], {
  stdio: 'inherit',
  env: { ...process.env, COMPLAINT_DESK_SETUP_CODE: E2E_SETUP_CODE },
});
process.exit(build.status ?? 1);
