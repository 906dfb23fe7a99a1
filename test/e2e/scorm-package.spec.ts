import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, extname, join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { E2E_PORT } from '../../playwright.config';
import { AC, AC_PATHS, replyText, snap, takeCall } from './support/steps';

const require = createRequire(import.meta.url);
const LMS_PORT = E2E_PORT + 200;
const LMS = `http://127.0.0.1:${LMS_PORT}`;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.ogg': 'audio/ogg',
  '.wav': 'audio/wav',
};

let server: Server;

test.describe.configure({ mode: 'serial' });

/**
 * Builds both packages with `npm run build:scorm`, then serves a test LMS page (scorm-again) and
 * each package straight out of its zip, as an LMS would after the upload.
 */
test.beforeAll(async () => {
  test.setTimeout(240_000);
  const build = spawnSync('node', ['scripts/build-scorm.mjs'], { encoding: 'utf8' });
  expect(build.status, build.stderr).toBe(0);
  const files = new Map<string, Uint8Array>();
  for (const [version, zip] of [
    ['12', 'dist-scorm/complaint-desk-scorm12.zip'],
    ['2004', 'dist-scorm/complaint-desk-scorm2004.zip'],
  ] as const) {
    for (const [name, data] of Object.entries(unzipSync(readFileSync(zip)))) {
      files.set(`/course/${version}/${name}`, data);
    }
  }
  // The browser builds (script-tag globals) beside the CommonJS entry the package exports.
  const scormAgain = dirname(require.resolve('scorm-again/scorm12/min'));
  files.set('/scorm-again/scorm12.min.js', readFileSync(join(scormAgain, 'scorm12.min.js')));
  files.set('/scorm-again/scorm2004.min.js', readFileSync(join(scormAgain, 'scorm2004.min.js')));
  files.set('/lms.html', readFileSync('test/e2e/fixtures/scorm-lms.html'));
  server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', LMS).pathname);
    const body = files.get(path);
    if (!body) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(LMS_PORT, '127.0.0.1', resolve));
});
test.afterAll(() => server?.close());

type Cmi = Record<string, unknown> & {
  interactions?: Record<string, Record<string, unknown>>;
};
const lmsState = (page: Page) =>
  page.evaluate(() => (window as never as { lmsState: () => { cmi: Cmi } }).lmsState().cmi);
const lmsErrors = (page: Page) =>
  page.evaluate(() => (window as never as { lmsErrors: string[] }).lmsErrors);

async function replyInCourse(page: Page, choiceIds: readonly string[]) {
  const course = page.frameLocator('#course');
  for (const id of choiceIds) {
    const button = course.getByRole('button', { name: replyText(AC, id) });
    await button.click();
    await expect(button).toHaveCount(0);
  }
}

for (const version of ['12', '2004'] as const) {
  test(`SCORM ${version}: the package plays in an LMS, resumes after a reload and reports status, score and every reply`, async ({
    page,
  }) => {
    const choices = AC_PATHS.recommended.choices;
    await page.goto(`${LMS}/lms.html?v=${version}`);
    const course = page.frameLocator('#course');
    // The LMS's learner is the trainee: no profile screen.
    await expect(course.getByRole('heading', { name: '案例库' })).toBeVisible();
    await takeCall(course as never, AC);
    await replyInCourse(page, choices.slice(0, 2));

    const midway = await lmsState(page);
    const suspend = JSON.parse(String(midway.suspend_data)) as { a: string; c: string[] };
    expect(suspend.c).toEqual(choices.slice(0, 2));

    await page.reload();
    // Resumed: straight back into the call, at the third reply.
    await expect(course.getByRole('button', { name: replyText(AC, choices[2]!) })).toBeVisible();
    await snap(page, `scorm-${version}-resumed`);
    await replyInCourse(page, choices.slice(2));

    const cmi = await lmsState(page);
    const interactions = Object.values(cmi.interactions ?? {}).filter(
      (i): i is Record<string, unknown> => typeof i === 'object' && i !== null && 'id' in i,
    );
    expect(interactions).toHaveLength(choices.length);
    const responseKey = version === '12' ? 'student_response' : 'learner_response';
    expect(interactions.map((i) => i[responseKey])).toEqual([...choices]);
    expect(interactions.every((i) => i.type === 'choice' && i.result === 'correct')).toBe(true);
    const total = AC_PATHS.recommended.total;
    if (version === '12') {
      const core = cmi.core as { lesson_status: string; score: { raw: string; max: string } };
      expect(core.lesson_status).toBe('passed');
      expect(Number(core.score.raw)).toBe(total);
      expect(Number(core.score.max)).toBe(100);
    } else {
      expect(cmi.completion_status).toBe('completed');
      expect(cmi.success_status).toBe('passed');
      const score = cmi.score as { raw: string; scaled: string };
      expect(Number(score.raw)).toBe(total);
      expect(Number(score.scaled)).toBe(total / 100);
    }
    expect(JSON.parse(String(cmi.suspend_data))).toMatchObject({ a: null, b: total });
    expect(await lmsErrors(page)).toEqual([]);
  });
}

test('a SCORM package has no trainer or HR areas: no links, and their addresses say so', async ({
  page,
}) => {
  await page.goto(`${LMS}/lms.html?v=2004`);
  const course = page.frameLocator('#course');
  await expect(course.getByRole('heading', { name: '案例库' })).toBeVisible();
  const nav = course.getByRole('navigation');
  await expect(nav.getByRole('link', { name: '练习记录' })).toBeVisible();
  await expect(nav.getByRole('link', { name: '培训师' })).toHaveCount(0);
  await expect(nav.getByRole('link', { name: '人事' })).toHaveCount(0);
  for (const area of ['hr', 'trainer']) {
    await course.locator('body').evaluate((_, hash) => (location.hash = hash), `#/${area}`);
    await expect(course.getByRole('alert')).toContainText('没有培训师和人事区域');
    await expect(course.getByRole('button', { name: '设置密码' })).toHaveCount(0);
  }
});
