// Makes `npm test` work as the first command on a fresh clone: dependencies, then a browser.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!existsSync('node_modules/.package-lock.json') || !existsSync('node_modules/vitest')) {
  console.log('pretest: installing dependencies (npm install)…');
  execSync('npm install --no-audit --no-fund', { stdio: 'inherit' });
}

const { findChromium } = await import('./chromium.mjs');
if (!(await findChromium())) {
  const isRoot = process.getuid?.() === 0;
  if (process.platform === 'linux' && isRoot && existsSync('/usr/bin/apt-get')) {
    console.log(
      'pretest: no Chromium found; installing Debian packages chromium and fonts-wqy-microhei…',
    );
    execSync(
      'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-microhei',
      {
        stdio: 'inherit',
      },
    );
  } else {
    console.log(
      'pretest: no Chromium found; trying Playwright’s download (npx playwright install chromium)…',
    );
    try {
      execSync('npx playwright install chromium', { stdio: 'inherit' });
    } catch {
      console.error(
        'pretest: could not get a browser. Install Chromium (Debian/Ubuntu: sudo apt-get install chromium fonts-wqy-microhei),\n' +
          'or run `npx playwright install chromium`, or set CHROMIUM_PATH to a Chromium executable.',
      );
      process.exit(1);
    }
  }
  if (!(await findChromium())) {
    console.error('pretest: still no Chromium; set CHROMIUM_PATH to a Chromium executable.');
    process.exit(1);
  }
}
