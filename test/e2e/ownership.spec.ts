import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { readRawRecords } from './support/records-check';
import { AC, AC_PATHS, createTrainee, reply, replyText, snap, takeCall } from './support/steps';

const SHOTS = '/tmp/shots-own';
const COLLEAGUE_PIN = '864213';

/** The colleague protects their profile with a PIN, as the profile screen offers. */
async function protectProfile(page: Page) {
  await page.goto('./#/');
  await page.getByRole('button', { name: '设置档案密码' }).click();
  await page.getByLabel(/^新密码/).fill(COLLEAGUE_PIN);
  await page.getByLabel(/^再输一次新密码/).fill(COLLEAGUE_PIN);
  await page.getByRole('button', { name: '设置密码', exact: true }).click();
  await page.getByRole('button', { name: '我已妥善保存' }).click();
  await expect(page.getByText('“李同事”的档案已有密码保护。')).toBeVisible();
}

const idIn = (url: string, route: 'call' | 'debrief') =>
  new RegExp(`#/${route}/([^/?#]+)`).exec(url)![1]!;

async function shoot(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
  await snap(page, name);
}

test("a trainee opening a PIN-protected colleague's call and debrief by URL is refused and nothing is written", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  // The colleague finishes one call and leaves another open, on the training room's computer.
  await createTrainee(page, '李同事', '3001');
  await protectProfile(page);
  await page.locator('.app-nav a[href="#/library"]').click();
  await takeCall(page, AC);
  await reply(page, AC, AC_PATHS.recommended.choices);
  await page.getByRole('button', { name: '查看复盘' }).click();
  await expect(page.getByRole('heading', { name: '逐句点评' })).toBeVisible();
  const finishedId = idIn(page.url(), 'debrief');
  await page.locator('.app-nav a[href="#/library"]').click();
  await takeCall(page, AC);
  await reply(page, AC, AC_PATHS.recommended.choices.slice(0, 1));
  const openId = idIn(page.url(), 'call');

  // Another trainee sits down: a fresh tab, their own profile, and the colleague's links.
  await page.reload();
  await createTrainee(page, '王小明', '3002');
  const before = await readRawRecords(page);
  expect(before.attempts.filter((a) => a.id === finishedId || a.id === openId)).toHaveLength(2);

  await page.goto(`./#/debrief/${finishedId}`);
  const refusal = page.getByRole('heading', { name: '这通电话不是你的', level: 1 });
  await expect(refusal).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('它属于另一位学员');
  await expect(page.getByText('这次打开没有改动任何记录。')).toBeVisible();
  // Nothing of the call is shown, and there is nothing to mark or replay.
  await expect(page.getByRole('heading', { name: '逐句点评' })).toHaveCount(0);
  await expect(page.getByRole('radio')).toHaveCount(0);
  await expect(page.getByRole('link', { name: '返回案例库' })).toBeVisible();
  await expect(page.getByRole('link', { name: '切换到自己的档案' })).toBeVisible();
  await shoot(page, 'ownership-refused-debrief-1280');

  await page.goto(`./#/call/${openId}`);
  await expect(refusal).toBeVisible();
  const nextReply = replyText(AC, AC_PATHS.recommended.choices[1]!);
  await expect(page.getByRole('button', { name: nextReply })).toHaveCount(0);
  await expect(page.locator('.transcript-list')).toHaveCount(0);

  await page.setViewportSize({ width: 390, height: 844 });
  await expect(refusal).toBeVisible();
  await shoot(page, 'ownership-refused-call-390');
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  for (const link of await page.locator('.notice .button').all()) {
    const box = (await link.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);
  }
  await page.getByRole('button', { name: /English/ }).click();
  await expect(
    page.getByRole('heading', { name: 'This call is not yours', level: 1 }),
  ).toBeVisible();
  await expect(page.getByText('Opening it changed no record.')).toBeVisible();
  await shoot(page, 'ownership-refused-call-en-390');
  await page.getByRole('link', { name: 'Back to cases' }).click();
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  await page.getByRole('button', { name: /中文/ }).click();

  // Read back the database: the colleague's calls, steps and seals are exactly as they were.
  expect(await readRawRecords(page)).toEqual(before);

  // The colleague, once their PIN is entered in this tab, opens the same debrief.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./#/');
  await page.getByRole('button', { name: /李同事/ }).click();
  await page.getByLabel('李同事密码', { exact: true }).fill(COLLEAGUE_PIN);
  await page.getByRole('button', { name: '解锁', exact: true }).click();
  await expect(page.getByRole('heading', { name: '案例库' })).toBeVisible();
  await page.goto(`./#/debrief/${finishedId}`);
  await expect(page.getByRole('heading', { name: '逐句点评' })).toBeVisible();
  await expect(page.getByRole('radio').first()).toBeVisible();
});
