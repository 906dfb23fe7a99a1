import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { Pack } from '../../src/engine/scenario-schema';
import { zhCN } from '../../src/ui/i18n/zh-CN';
import { openInOutline } from './support/author-steps';
import { createTrainee, openTrainerTool, reply, replyText, snap, takeCall } from './support/steps';

const PACK_FILE = 'test/fixtures/author-mood-pack.json';
const CASE = (JSON.parse(readFileSync(PACK_FILE, 'utf8')) as Pack).scenarios[0]!;
const A = zhCN.author;
const M = zhCN.authorMoodModel;
/** What the customer says at the node only the mood after the policy reply reaches. */
const MANAGER_LINE = '叫你们主管来';

test("a case with the author's own mood model imports, plays as written, and shows its settings for editing by keyboard", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await createTrainee(page, '周培训', 'MOOD1');
  await openTrainerTool(page, '案例包');
  await page.getByLabel('选择案例包文件').setInputFiles(PACK_FILE);
  await expect(page.getByRole('status').filter({ hasText: '已导入 1 个案例' })).toBeVisible();

  // The call screen: after the policy reply the customer is at 70, so the author's branch
  // (tested after the reply) sends the call to the manager demand; the offer then ends grudging.
  await page.locator('.app-nav a[href="#/library"]').click();
  await takeCall(page, CASE);
  await reply(page, CASE, ['open-policy']);
  await expect(page.locator('.transcript-list')).toContainText(MANAGER_LINE);
  await snap(page, 'author-mood-call-zh-1280');
  await reply(page, CASE, ['manager-own', 'offer-bounded']);
  await expect(page.locator('.transcript-list')).toContainText('算了，就先这样吧');

  // The authoring screen shows the case's declaration, and changes it by keyboard.
  await openTrainerTool(page, zhCN.trainerHub.tools.author.name);
  await page.getByLabel(A.copyPick).selectOption(CASE.id);
  await page.getByRole('button', { name: A.copyButton }).click();
  await openInOutline(page, A.caseItem);
  const main = page.locator('.editor-main');
  const reactions = main.getByLabel(M.reactions, { exact: true });
  const branchMood = main.getByLabel(M.branchMood, { exact: true });
  await expect(reactions).toHaveValue('author');
  await expect(branchMood).toHaveValue('after-reply');
  await expect(reactions).toHaveAccessibleDescription(M.reactionsHint);
  await expect(branchMood).toHaveAccessibleDescription(M.branchHint);
  await reactions.scrollIntoViewIfNeeded();
  await snap(page, 'author-mood-fields-zh-1280');

  await branchMood.focus();
  await page.keyboard.press('ArrowUp');
  await expect(branchMood).toHaveValue('before-reply');

  await page.setViewportSize({ width: 390, height: 844 });
  const box = await reactions.boundingBox();
  expect(box!.height).toBeGreaterThanOrEqual(44);
  expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  await reactions.scrollIntoViewIfNeeded();
  await snap(page, 'author-mood-fields-zh-390');
  await page.setViewportSize({ width: 1280, height: 800 });

  // Test-play follows the new setting: tested before the reply, anger 60 < 70 keeps the call on.
  await openInOutline(page, 'opening');
  await page.getByRole('button', { name: A.node.testPlayHere }).click();
  const testPlay = page.locator('.test-play');
  await testPlay.getByRole('button', { name: replyText(CASE, 'open-policy') }).click();
  await expect(testPlay.locator('.test-play-now')).toContainText('十天了');
  await expect(testPlay).not.toContainText(MANAGER_LINE);
});
