// The whole suite: unit tests (Vitest) then end-to-end tests (Playwright), one total at the end.
// With CI_SOAK=1 (as `.ci/run` sets) the soak tier follows: the property tests at 10,000 inputs
// each and 50 fault-injection runs, counted into the same total.
import './quiet-vite.mjs';
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
/** Each failed test's file and name, repeated at the end: CI keeps only the tail of the output. */
const failures = [];

/** The start of a failure's message, indented under its test: enough to say which step failed. */
function firstLines(message) {
  if (!message) return '';
  // eslint-disable-next-line no-control-regex -- the reports keep the terminal's colour codes
  const plain = message.replace(/\u001b\[[0-9;]*m/g, '');
  const lines = plain
    .split('\n')
    .filter((line) => line.trim() !== '')
    .slice(0, 6);
  return lines.map((line) => `\n    ${line.slice(0, 300)}`).join('');
}

function vitestFailures(result) {
  for (const file of result.testResults ?? []) {
    const where = file.name?.replace(`${process.cwd()}/`, '') ?? '?';
    const failedTests = (file.assertionResults ?? []).filter((test) => test.status === 'failed');
    for (const test of failedTests)
      failures.push(`${where} › ${test.fullName}${firstLines(test.failureMessages?.[0])}`);
    if (failedTests.length === 0 && file.status === 'failed')
      failures.push(`${where} › ${file.message}`);
  }
}

function playwrightFailures(suite, titles = []) {
  const path = suite.title && !suite.title.endsWith('.ts') ? [...titles, suite.title] : titles;
  for (const spec of suite.specs ?? []) {
    for (const test of spec.tests.filter((t) => t.status === 'unexpected')) {
      const result = test.results.at(-1);
      const after = result ? ` (after ${Math.round(result.duration / 1000)} s)` : '';
      const at = result?.errorLocation;
      const where = at ? `\n    at ${at.file.split('/').pop()}:${at.line}` : '';
      failures.push(
        `${spec.file}:${spec.line} › ${[...path, spec.title].join(' › ')}${after}` +
          where +
          firstLines(result?.error?.message),
      );
    }
  }
  for (const child of suite.suites ?? []) playwrightFailures(child, path);
}

/** Runs one tier and adds its Vitest or Playwright JSON report to the total. */
function tier(command, args, report, kind, env = {}) {
  rmSync(report, { force: true });
  const run = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const result = read(report);
  if (result && kind === 'vitest') {
    passed += result.numPassedTests;
    failed += result.numFailedTests;
    vitestFailures(result);
  } else if (result && kind === 'playwright') {
    passed += result.stats.expected + (result.stats.flaky ?? 0);
    failed += result.stats.unexpected;
    for (const suite of result.suites ?? []) playwrightFailures(suite);
  } else if (run.status !== 0) {
    failed += 1;
    failures.push(`${command} ${args.join(' ')} ended with status ${run.status} and no report`);
  }
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

// Failures and wall times first: the total must stay the last line, which `.ci/run` reads.
for (const failure of failures) console.log(`failed: ${failure}`);
console.log(`wall time: ${wallTimes.join(', ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(allGreen && failed === 0 ? 0 : 1);
