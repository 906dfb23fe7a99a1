// The whole suite: unit tests (Vitest) then end-to-end tests (Playwright), one total at the end.
// With CI_SOAK=1 (as `.ci/run` sets) the soak tier follows: the property tests at 10,000 inputs
// each and 50 fault-injection runs, counted into the same total.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, rmSync } from 'node:fs';

mkdirSync('reports', { recursive: true });
const read = (file) => {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
};

let passed = 0;
let failed = 0;
let allGreen = true;

/** Runs one tier and adds its Vitest or Playwright JSON report to the total. */
function tier(command, args, report, kind, env = {}) {
  rmSync(report, { force: true });
  const run = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const result = read(report);
  if (result && kind === 'vitest') {
    passed += result.numPassedTests;
    failed += result.numFailedTests;
  } else if (result && kind === 'playwright') {
    passed += result.stats.expected + (result.stats.flaky ?? 0);
    failed += result.stats.unexpected;
  } else if (run.status !== 0) failed += 1;
  if (run.status !== 0) allGreen = false;
}

const vitestJson = (file) => ['--reporter=default', '--reporter=json', `--outputFile=${file}`];

/**
 * The browser tests' one build, started beside the unit tier: Vitest leaves much of the second core
 * idle (module loading, long single files), and the build fills it. Its output goes to a log,
 * printed only if it fails.
 */
function startE2eBuild() {
  const log = 'reports/e2e-build.log';
  const out = openSync(log, 'w');
  const child = spawn('node', ['--import', 'tsx', 'scripts/build-e2e.ts'], {
    stdio: ['ignore', out, out],
  });
  return new Promise((resolve) => {
    child.on('exit', (code) => {
      closeSync(out);
      if (code !== 0) console.error(readFileSync(log, 'utf8'));
      resolve(code === 0);
    });
  });
}

const seconds = (since) => Math.round((performance.now() - since) / 1000);
const fastStart = performance.now();
const built = startE2eBuild();
tier('npx', ['vitest', 'run', ...vitestJson('reports/unit.json')], 'reports/unit.json', 'vitest');
const prebuilt = (await built) ? { E2E_PREBUILT: '1' } : {};
tier('npx', ['playwright', 'test'], 'reports/e2e.json', 'playwright', prebuilt);
const wallTimes = [`fast tier ${seconds(fastStart)} s`];
if (process.env.CI_SOAK === '1') {
  const soakStart = performance.now();
  tier(
    'npx',
    ['vitest', 'run', 'property.test', ...vitestJson('reports/soak.json')],
    'reports/soak.json',
    'vitest',
    { SOAK: '1' },
  );
  tier(
    'npx',
    ['playwright', 'test', 'test/e2e/fault-injection.spec.ts'],
    'reports/e2e.json',
    'playwright',
    { FAULT_RUNS: '50', ...prebuilt },
  );
  wallTimes.push(`soak tier ${seconds(soakStart)} s`);
}

// Wall times first: the total must stay the last line, which `.ci/run` reads.
console.log(`wall time: ${wallTimes.join(', ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(allGreen && failed === 0 ? 0 : 1);
