// The whole suite: unit tests (Vitest) then end-to-end tests (Playwright), one total at the end.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

mkdirSync('reports', { recursive: true });
const read = (file) => {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
};

rmSync('reports/unit.json', { force: true });
rmSync('reports/e2e.json', { force: true });
rmSync('reports/soak.json', { force: true });
const unit = spawnSync(
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=reports/unit.json'],
  {
    stdio: 'inherit',
  },
);
const e2e = spawnSync('npx', ['playwright', 'test'], { stdio: 'inherit' });
// CI also runs the property tests at their full counts (npm run test:soak).
const soak =
  process.env.CI_SOAK === '1'
    ? spawnSync(
        'npx',
        [
          'vitest',
          'run',
          'property.test',
          '--testTimeout',
          '600000',
          '--reporter=default',
          '--reporter=json',
          '--outputFile=reports/soak.json',
        ],
        { stdio: 'inherit', env: { ...process.env, SOAK: '1' } },
      )
    : null;

const unitReport = read('reports/unit.json');
const e2eReport = read('reports/e2e.json');
let passed = 0;
let failed = 0;
if (unitReport) {
  passed += unitReport.numPassedTests;
  failed += unitReport.numFailedTests;
} else if (unit.status !== 0) failed += 1;
if (e2eReport) {
  passed += e2eReport.stats.expected + (e2eReport.stats.flaky ?? 0);
  failed += e2eReport.stats.unexpected;
} else if (e2e.status !== 0) failed += 1;

if (soak) {
  const soakReport = read('reports/soak.json');
  if (soakReport) {
    passed += soakReport.numPassedTests;
    failed += soakReport.numFailedTests;
  } else if (soak.status !== 0) failed += 1;
}

console.log(`${passed} passed, ${failed} failed`);
const allGreen = unit.status === 0 && e2e.status === 0 && (soak === null || soak.status === 0);
process.exit(allGreen && failed === 0 ? 0 : 1);
