import { expect, test, type Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import type { Scenario } from '../../src/engine/scenario-schema';
import { packText } from '../../src/storage/custom-scenarios';
import {
  AC,
  AC_PATHS,
  createTrainee,
  finishCall,
  openTrainerTool,
  reply,
  replyText,
  snap,
  transcriptTexts,
} from './support/steps';

/**
 * A trainer updates a case that trainees are in the middle of. A saved call is checked against the
 * case by id, version and content hash: it goes on from its recorded replies where they still
 * exist, and otherwise keeps its transcript, read-only, marked "restart needed".
 */
const REPLIES = AC_PATHS.recommended.choices;
const ORIGINAL: Scenario = {
  ...AC,
  id: 'our-changing-case',
  title: { 'zh-CN': '本中心：会更新的遥控器案例', en: 'Our centre: the remote case, revised' },
};

function revised(change: (scenario: Scenario) => void): Scenario {
  const copy = structuredClone(ORIGINAL);
  copy.version += 1;
  change(copy);
  return copy;
}

async function importPackFile(page: Page, path: string) {
  await openTrainerTool(page, '案例包');
  await page.getByLabel('选择案例包文件').setInputFiles(path);
}

/** A new trainee imports the original case and takes its call. */
async function takeOriginal(page: Page, file: string, name: string) {
  writeFileSync(file, packText([ORIGINAL]));
  await createTrainee(page, name, name);
  await importPackFile(page, file);
  await expect(page.getByRole('status').filter({ hasText: '已导入 1 个案例' })).toBeVisible();
  await page.locator('.app-nav a[href="#/library"]').click();
  const card = page.getByRole('article', { name: ORIGINAL.title['zh-CN'] });
  await card.getByRole('button', { name: '接这通电话' }).click();
  await page.getByRole('button', { name: '接听', exact: true }).click();
}

/** Imports the original case, plays two replies of it and leaves the call. */
async function leaveAfterTwoReplies(page: Page, file: string, name: string) {
  await takeOriginal(page, file, name);
  await reply(page, ORIGINAL, REPLIES.slice(0, 2));
  const transcript = await transcriptTexts(page);
  await page.locator('.app-nav a[href="#/library"]').click();
  return transcript;
}

/**
 * Imports the changed case and confirms the replacement the app asks about, after checking that
 * the question names both versions and, when given, how many calls are left open on the case.
 */
async function confirmReplacement(page: Page, file: string, changed: Scenario, openCalls?: number) {
  writeFileSync(file, packText([changed]));
  await importPackFile(page, file);
  const question = page.getByRole('alertdialog', { name: '替换案例库里已有的案例？' });
  await expect(question).toContainText(`版本 ${ORIGINAL.version} → ${changed.version}`);
  if (openCalls !== undefined)
    await expect(question).toContainText(`有 ${openCalls} 通未打完的电话`);
  await snap(page, 'replace-confirmation-zh-1280');
  await question.getByRole('button', { name: '替换并导入' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已导入 1 个案例' })).toBeVisible();
}

/** Replaces the case under the call left open on it, and goes back to that call. */
async function replaceWith(page: Page, file: string, changed: Scenario) {
  await confirmReplacement(page, file, changed, 1);
  await page.locator('.app-nav a[href="#/library"]').click();
  await page
    .getByRole('article', { name: changed.title['zh-CN'] })
    .getByRole('button', { name: '继续这个案例' })
    .click();
}

test('a call saved before its case was updated goes on from its recorded replies', async ({
  page,
}, testInfo) => {
  const before = await leaveAfterTwoReplies(page, testInfo.outputPath('v1.pack.json'), 'CHG1');
  const changed = revised((s) => {
    s.briefing = { 'zh-CN': '培训师改写了简介。', en: 'The trainer rewrote the briefing.' };
  });
  await replaceWith(page, testInfo.outputPath('v2.pack.json'), changed);

  await expect(page.locator('.transcript-list .words')).toHaveCount(before.length);
  expect(await transcriptTexts(page)).toEqual(before);
  await reply(page, changed, REPLIES.slice(2));
  await expect(page.getByRole('button', { name: '查看复盘' })).toBeVisible();
});

test('a call whose recorded reply was removed keeps its transcript, read-only, marked restart needed', async ({
  page,
}, testInfo) => {
  const before = await leaveAfterTwoReplies(page, testInfo.outputPath('v1.pack.json'), 'CHG2');
  const removed = REPLIES[1]!;
  const changed = revised((s) => {
    for (const node of s.nodes) {
      if (node.kind !== 'decision') continue;
      for (const choice of node.choices) if (choice.id === removed) choice.id = `${removed}-v2`;
    }
  });
  await replaceWith(page, testInfo.outputPath('v2.pack.json'), changed);

  await expect(page.getByText('需要重新开始', { exact: true })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('原来的回答在新版本里不存在了');
  await expect(page.locator('.transcript-list .words')).toHaveCount(before.length);
  expect(await transcriptTexts(page)).toEqual(before);
  await expect(page.getByRole('button', { name: replyText(ORIGINAL, REPLIES[2]!) })).toHaveCount(0);
  await snap(page, 'restart-needed-zh-1280');
  await page.setViewportSize({ width: 390, height: 844 });
  await snap(page, 'restart-needed-zh-390');

  await page.getByRole('button', { name: '重新开始这个案例' }).click();
  await page.getByRole('button', { name: '接听', exact: true }).click();
  await reply(page, changed, [REPLIES[0]!, `${removed}-v2`]);
});

test('importing a changed case can be cancelled, leaving the library as it was', async ({
  page,
}, testInfo) => {
  await leaveAfterTwoReplies(page, testInfo.outputPath('v1.pack.json'), 'CHG3');
  const changed = revised((s) => {
    s.title = { 'zh-CN': '不该出现的新标题', en: 'A title that must not appear' };
  });
  writeFileSync(testInfo.outputPath('v2.pack.json'), packText([changed]));
  await importPackFile(page, testInfo.outputPath('v2.pack.json'));
  await page.getByRole('button', { name: '取消，不导入' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已取消' })).toContainText(
    '案例库没有任何改动',
  );
  await page.locator('.app-nav a[href="#/library"]').click();
  await expect(page.getByRole('article', { name: ORIGINAL.title['zh-CN'] })).toBeVisible();
  await expect(page.getByRole('article', { name: changed.title['zh-CN'] })).toHaveCount(0);
});

test('a call finished before its case was updated still opens its debrief on the version it was played on, map and all', async ({
  page,
}, testInfo) => {
  await takeOriginal(page, testInfo.outputPath('v1.pack.json'), 'CHG4');
  await finishCall(page, ORIGINAL, REPLIES);

  // The trainer rewrites the customer's opening: the finished call was played on the old words.
  const changed = revised((s) => {
    const opening = s.nodes.find((n) => n.id === s.start)!;
    opening.lines[0]!.text = {
      'zh-CN': '培训师改写的开场白。',
      en: 'An opening the trainer rewrote.',
    };
  });
  await confirmReplacement(page, testInfo.outputPath('v2.pack.json'), changed);

  await page.locator('.app-nav a[href="#/history"]').click();
  await page
    .locator('.history-row', { hasText: ORIGINAL.title['zh-CN'] })
    .getByRole('link')
    .click();
  await expect(page.getByRole('heading', { name: '逐句点评' })).toBeVisible();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await expect(page.getByText('画不出路径图')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: ORIGINAL.title['zh-CN'] })).toBeVisible();
  await snap(page, 'debrief-on-replaced-version-zh-1280');
});
