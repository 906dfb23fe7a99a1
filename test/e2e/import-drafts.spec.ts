import { expect, test } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import type { Scenario } from '../../src/engine/scenario-schema';
import { bundledScenario } from '../../src/scenarios/bundled';
import { en } from '../../src/ui/i18n/en';
import { zhCN } from '../../src/ui/i18n/zh-CN';
import { openInOutline, writeCaseFields } from './support/author-steps';
import { completeSecondReplyAndPublish } from './support/complete-draft';
import { readTables } from './support/read-tables';
import { createTrainee, openTrainerTool, snap, takeCall } from './support/steps';
import { TWEE_CASE, TWEE_STORY } from './support/twee-story';

// The spreadsheet's story (template → draft → publish → play) is in import-spreadsheet.spec.ts.

const A = zhCN.author;
const T = zhCN.authorTwee;

test('a Twine story with Harlowe and SugarCube links imports as a draft listing what is missing; completed, it publishes and a trainee plays it', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  await createTrainee(page, 'Twine培训师', 'TWEE1');
  await openTrainerTool(page, zhCN.trainerHub.tools.author.name);
  const panel = page.getByRole('region', { name: T.importTitle });
  await expect(panel).toBeVisible();

  // A link to a passage that is not there: refused at its line and column, nothing written.
  const badPath = testInfo.outputPath('bad.twee');
  writeFileSync(badPath, TWEE_STORY.replace('|Angry]]', '|Angyr]]'));
  await panel.getByLabel(T.chooseFile).setInputFiles(badPath);
  const refusal = panel.getByRole('alert');
  await expect(refusal).toContainText(T.refused);
  await expect(refusal).toContainText(/第 \d+ 行第 1 列：链接通向“Angyr”，但没有叫这个名字的段落/);
  await expect(page.locator('main')).not.toContainText('$.');
  await snap(page, 'twee-import-refused-zh-1280');

  const goodPath = testInfo.outputPath('lost-parcel.twee');
  writeFileSync(goodPath, TWEE_STORY);
  await panel.getByLabel(T.chooseFile).setInputFiles(goodPath);
  // The draft opens in the editor, its checks listing what the story left out.
  const outline = page.getByRole('navigation', { name: A.outline });
  await expect(outline.getByRole('button', { name: /^opening/ })).toBeVisible();
  const checks = page.locator('.panel.problems');
  await expect(checks).toContainText('还没有英文译文');
  await expect(checks).toContainText('行为标签');
  await expect(page.getByRole('button', { name: A.publish })).toBeDisabled();
  await expect(page.locator('main')).not.toContainText('$.');
  await snap(page, 'twee-import-draft-zh-1280');

  // The trainer completes it in the editor and publishes.
  await writeCaseFields(page, TWEE_CASE);
  await openInOutline(page, 'check');
  await completeSecondReplyAndPublish(page, 'Could you look by your door again?');

  // A trainee plays it as written.
  await page.locator('.app-nav a[href="#/library"]').click();
  await takeCall(page, TWEE_CASE);
  const said = (text: string) => page.locator('.transcript-list .words', { hasText: text });
  await expect(said('我的快递显示签收了，可我根本没收到！')).toBeVisible();
  await page.getByRole('button', { name: '真抱歉让您着急了，我马上帮您查。' }).click();
  await expect(said('好吧，您查查看。')).toBeVisible();
  await page.getByRole('button', { name: '我查到放在驿站了，今天给您送上门。' }).click();
  await expect(said('那太好了，谢谢！')).toBeVisible();
  await page.getByRole('button', { name: '查看复盘' }).click();
  await expect(page.getByText(zhCN.outcome['resolved-satisfied']).first()).toBeVisible();
  await expect(page.locator('main')).not.toContainText('$.');
  await snap(page, 'twee-import-played-zh-1280');
});

test('a bundled case exported as Twee re-imports with the same ids, targets, branches, behaviours and both languages; in English at 390×844 by keyboard', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  const bundled = bundledScenario('manager-demand');
  await createTrainee(page, 'Twine审阅', 'TWEE2');
  await openTrainerTool(page, zhCN.trainerHub.tools.author.name);
  await page.getByRole('button', { name: 'English' }).click();
  await page.setViewportSize({ width: 390, height: 844 });
  const panel = page.getByRole('region', { name: en.authorTwee.importTitle });

  // Keyboard only: choose the case, then press the download button.
  const pick = panel.getByLabel(en.authorTwee.exportPick);
  await pick.focus();
  await pick.selectOption(bundled.id);
  await page.keyboard.press('Tab');
  const button = panel.getByRole('button', { name: en.authorTwee.exportButton });
  await expect(button).toBeFocused();
  const box = await button.boundingBox();
  expect(box!.height).toBeGreaterThanOrEqual(44);
  expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  await snap(page, 'twee-export-en-390');
  const downloading = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('manager-demand.twee');
  const path = testInfo.outputPath('manager-demand.twee');
  await download.saveAs(path);
  const twee = readFileSync(path, 'utf8');
  expect(twee).toContain(':: StoryData');
  expect(twee).toMatch(/^if anger>=\d+: \[\[[a-z-]+\]\]$/m);

  // Edited in Twine with a typo, it is refused in English at its line.
  const typoPath = testInfo.outputPath('typo.twee');
  writeFileSync(typoPath, twee.replace('\nmood: anger', '\nmood: angr'));
  await panel.getByLabel(en.authorTwee.chooseFile).setInputFiles(typoPath);
  await expect(panel.getByRole('alert')).toContainText(
    /line \d+, column 1: “mood:” "angr \+5, trust -5" is not a mood effect/,
  );
  await expect(page.locator('main')).not.toContainText('$.');
  await snap(page, 'twee-import-refused-en-390');

  // Imported back unchanged: the draft is the bundled case, field for field.
  await panel.getByLabel(en.authorTwee.chooseFile).setInputFiles(path);
  const outline = page.getByRole('navigation', { name: en.author.outline });
  await expect(outline.getByRole('button', { name: /^opening/ })).toBeVisible();
  await expect(page.locator('main')).not.toContainText('$.');
  await snap(page, 'twee-reimport-en-390');
  const drafts = (await readTables(page)).drafts as Array<{ scenario: Scenario }>;
  const back = drafts.find((d) => d.scenario.id === bundled.id)!.scenario;
  expect(back).toEqual(bundled);
});
