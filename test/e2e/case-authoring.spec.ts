import { expect, test, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { analysePaths } from '../../src/engine/analyse-paths';
import { packText } from '../../src/storage/custom-scenarios';
import { zhCN } from '../../src/ui/i18n/zh-CN';
import { AUTHORED_CASE } from './support/authored-case';
import { buildOutline, openInOutline, writeCaseFields, writeNode } from './support/author-steps';
import {
  createTrainee,
  openTrainerTool,
  passRoleGateIfShown,
  reply,
  replyText,
  snap,
  takeCall,
  transcriptTexts,
} from './support/steps';
import { seriousViolations } from './support/axe';

const A = zhCN.author;
const EXPERT = analysePaths(AUTHORED_CASE).recommended;

test('a trainer writes a case from scratch in both languages, test-plays and publishes it; trainees play it here and, from the exported pack, on a fresh profile', async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(240_000);
  await createTrainee(page, '林培训', 'AUTH1');
  await openTrainerTool(page, zhCN.trainerHub.tools.author.name);
  await page.getByRole('button', { name: A.newCase }).click();
  await expect(page.getByRole('heading', { name: A.untitled })).toBeVisible();
  await expect(page.getByRole('button', { name: A.publish })).toBeDisabled();
  await snap(page, 'author-blank-zh-1280');

  await writeCaseFields(page, AUTHORED_CASE);
  await buildOutline(page, AUTHORED_CASE, ['opening', 'satisfied', 'escalated']);
  for (const node of AUTHORED_CASE.nodes) await writeNode(page, node);
  await expect(page.locator('#publish-reason')).toHaveText(new RegExp(A.publishReady));
  await snap(page, 'author-ready-zh-1280');

  // Test-play from a middle node: an angry customer told the rules escalates.
  await openInOutline(page, 'need');
  await page.getByRole('button', { name: A.node.testPlayHere }).click();
  const testPlay = page.locator('.test-play');
  await testPlay.getByRole('button', { name: replyText(AUTHORED_CASE, 'policy') }).click();
  await expect(testPlay.getByRole('status')).toContainText(zhCN.outcome.escalated);
  await snap(page, 'author-test-play-zh-1280');

  await page.getByRole('button', { name: A.publish }).click();
  await expect(page.getByRole('status').filter({ hasText: '已发布为版本 1' })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: A.exportPack }).click();
  const packPath = testInfo.outputPath('authored.pack.json');
  await (await download).saveAs(packPath);
  const pack = JSON.parse(readFileSync(packPath, 'utf8')) as {
    scenarios: Array<{ version: number }>;
  };
  expect(pack.scenarios[0]!.version).toBe(1);

  // A trainee plays the published case from the library.
  await page.locator('.app-nav a[href="#/library"]').click();
  await takeCall(page, AUTHORED_CASE);
  await reply(page, AUTHORED_CASE, EXPERT.choices);
  const transcript = await transcriptTexts(page);
  await page.getByRole('button', { name: '查看复盘' }).click();
  await expect(page.getByLabel(`总分 ${EXPERT.total}`)).toBeVisible();

  // On a fresh profile in another browser, the exported pack plays identically.
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await createTrainee(other, '新学员', 'AUTH2');
  await openTrainerTool(other, '案例包');
  await other.getByLabel('选择案例包文件').setInputFiles(packPath);
  await expect(other.getByRole('status').filter({ hasText: '已导入 1 个案例' })).toBeVisible();
  await other.locator('.app-nav a[href="#/library"]').click();
  await takeCall(other, AUTHORED_CASE);
  await reply(other, AUTHORED_CASE, EXPERT.choices);
  expect(await transcriptTexts(other)).toEqual(transcript);
  await other.getByRole('button', { name: '查看复盘' }).click();
  await expect(other.getByLabel(`总分 ${EXPERT.total}`)).toBeVisible();
  await fresh.close();
});

test('undo and redo step through edits, a missing translation leads to its field, and a draft survives a reload', async ({
  page,
}) => {
  await createTrainee(page, '林培训', 'AUTH3');
  await openTrainerTool(page, zhCN.trainerHub.tools.author.name);
  await page.getByRole('button', { name: A.newCase }).click();
  const main = page.locator('.editor-main');
  const title = main.getByRole('group', { name: A.fields.title, exact: true });
  const heading = page.locator('#editor-title');

  await title.getByLabel('中文', { exact: true }).fill('宽带断了');
  await expect(heading).toHaveText('宽带断了');
  await page.getByRole('button', { name: A.undo }).click();
  await expect(heading).toHaveText(A.untitled);
  await page.keyboard.press('Control+Shift+Z');
  await expect(heading).toHaveText('宽带断了');
  await page.getByRole('button', { name: A.addDecision }).click();
  await expect(page.locator('.node-editor')).toBeVisible();
  await page.keyboard.press('Control+Z');
  await expect(
    page.getByRole('navigation', { name: A.outline }).getByRole('button', { name: /^node-1/ }),
  ).toHaveCount(0);
  await page.getByRole('button', { name: A.redo }).click();
  await expect(
    page.getByRole('navigation', { name: A.outline }).getByRole('button', { name: /^node-1/ }),
  ).toHaveCount(1);

  // The title is written in Chinese only: the checks name the missing English and lead to it.
  const warnings = page.locator('.problem-warning');
  await expect(warnings.getByRole('button')).toHaveCount(1);
  await expect(warnings).toContainText('还没有英文译文');
  // The errors are worded in Chinese too, zod's own schema messages included.
  await expect(page.locator('.problem-error').first()).toContainText(/[\u4e00-\u9fff]/);
  await warnings.getByRole('button').click();
  const english = title.getByLabel('English', { exact: true });
  await expect(english).toBeFocused();

  // Typed and reloaded at once: the change is flushed when the page goes away.
  await english.fill('Broadband down');
  await page.reload();
  // A reload locks the trainer desk again (unlocks live in the tab's memory only).
  await passRoleGateIfShown(page, 'trainer');
  await expect(heading).toHaveText('宽带断了');
  await expect(english).toHaveValue('Broadband down');
  await expect(
    page.getByRole('navigation', { name: A.outline }).getByRole('button', { name: /^node-1/ }),
  ).toHaveCount(1);
});

test('a published case edited again gets the next version while earlier attempts keep theirs', async ({
  page,
}, testInfo) => {
  const file = testInfo.outputPath('authored.pack.json');
  writeFileSync(file, packText([AUTHORED_CASE]));
  await createTrainee(page, '林培训', 'AUTH4');
  await openTrainerTool(page, '案例包');
  await page.getByLabel('选择案例包文件').setInputFiles(file);
  await expect(page.getByRole('status').filter({ hasText: '已导入 1 个案例' })).toBeVisible();
  await page.locator('.app-nav a[href="#/library"]').click();
  await takeCall(page, AUTHORED_CASE);
  await reply(page, AUTHORED_CASE, EXPERT.choices);

  await openTrainerTool(page, zhCN.trainerHub.tools.author.name);
  await page.getByLabel(A.copyPick).selectOption(AUTHORED_CASE.id);
  await page.getByRole('button', { name: A.copyButton }).click();
  await expect(page.locator('#publish-reason')).toHaveText(new RegExp(A.publishReady));
  for (const [width, height, name] of [
    [1280, 800, 'desktop'],
    [390, 844, 'phone'],
  ] as const) {
    await page.setViewportSize({ width, height });
    await look(page, `author-case-${name}-zh`);
    await openInOutline(page, 'need');
    await look(page, `author-node-${name}-zh`);
    await openInOutline(page, A.caseItem);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  await page
    .locator('.editor-main')
    .getByRole('group', { name: A.fields.title, exact: true })
    .getByLabel('中文', { exact: true })
    .fill('三天没修好的宽带（修订）');
  await page.getByRole('button', { name: A.publish }).click();
  await expect(page.getByRole('status').filter({ hasText: '已发布为版本 2' })).toBeVisible();

  await openInOutline(page, 'closing');
  await page.getByRole('button', { name: A.node.testPlayHere }).click();
  await page
    .locator('.test-play')
    .getByRole('button', { name: replyText(AUTHORED_CASE, 'check-ok') })
    .click();
  await page.getByRole('button', { name: 'English' }).click();
  await look(page, 'author-test-play-desktop-en');
  await page.locator('.draft-graph').scrollIntoViewIfNeeded();
  await look(page, 'author-graph-desktop-en');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.locator('.outline').getByRole('button', { name: /^need/ }).click();
  await look(page, 'author-node-phone-en');
  await page.getByRole('button', { name: '中文' }).click();
  await page.setViewportSize({ width: 1280, height: 800 });
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('link', { name: A.back }).click();
  await expect(page.getByRole('heading', { name: A.drafts })).toBeVisible();
  await look(page, 'author-drafts-desktop-zh');
  expect(await seriousViolations(page)).toEqual([]);

  await page.locator('.app-nav a[href="#/history"]').click();
  await expect(page.getByText('版本 1')).toBeVisible();
  await page.locator('.app-nav a[href="#/library"]').click();
  await expect(page.getByRole('article', { name: '三天没修好的宽带（修订）' })).toBeVisible();
});

/** A screenshot of what the viewport shows, for a person to look at. */
async function look(page: Page, name: string) {
  await page.screenshot({ path: `test-results/screens/${name}.png` });
}
