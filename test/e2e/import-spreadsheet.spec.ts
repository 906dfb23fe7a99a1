import { expect, test } from '@playwright/test';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Scenario } from '../../src/engine/scenario-schema';
import { zhCN } from '../../src/ui/i18n/zh-CN';
import { openInOutline } from './support/author-steps';
import { completeSecondReplyAndPublish } from './support/complete-draft';
import { fillTemplate, type SheetRow } from './support/fill-sheet';
import { SHEET_CASE, SHEET_ROWS } from './support/sheet-case';
import { createTrainee, openTrainerTool, snap, takeCall } from './support/steps';

const A = zhCN.author;
const S = zhCN.authorSpreadsheet;

/** Enough of the case for the library steps: its title and channel. */
const PLAYED = {
  title: { 'zh-CN': SHEET_CASE['标题']![0], en: SHEET_CASE['标题']![1]! },
  channel: 'phone',
} as Scenario;

test('a trainer downloads the spreadsheet template, fills it in Excel, imports it as a draft that lists what is missing, completes and publishes it; a trainee plays it', async ({
  page,
}) => {
  test.setTimeout(180_000);
  // Files of this test's own (test-results/ is cleared by any other run on this machine).
  const files = mkdtempSync(join(tmpdir(), 'sheet-import-'));
  await createTrainee(page, '表格培训师', 'SHEET1');
  await openTrainerTool(page, zhCN.trainerHub.tools.author.name);
  const panel = page.getByRole('region', { name: S.importTitle });
  await expect(panel).toBeVisible();
  await snap(page, 'sheet-import-panel-zh-1280');
  await page.setViewportSize({ width: 390, height: 844 });
  for (const name of [S.downloadXlsx, S.downloadCsv]) {
    const box = await panel.getByRole('button', { name }).boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  }
  await snap(page, 'sheet-import-panel-zh-390');
  await page.setViewportSize({ width: 1280, height: 800 });

  // The CSV template is the case sheet as Excel reads it: UTF-8 with a byte-order mark.
  const csvDownload = page.waitForEvent('download');
  await panel.getByRole('button', { name: S.downloadCsv }).click();
  const csvPath = join(files, 'case-template.csv');
  await (await csvDownload).saveAs(csvPath);
  const csv = readFileSync(csvPath);
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(csv.toString('utf8')).toContain('节点 node,顾客说（中文） customer line (zh)');

  // The template comes from the app: the workbook is written in the import worker.
  const downloading = page.waitForEvent('download');
  await panel.getByRole('button', { name: S.downloadXlsx }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('case-template.xlsx');
  const templatePath = join(files, 'case-template.xlsx');
  await download.saveAs(templatePath);
  const template = readFileSync(templatePath);

  // A mistake in the file is refused at its row and column, in the trainer's language.
  const typo: SheetRow[] = SHEET_ROWS.map((row, i) =>
    i === 0 ? { ...row, 下一步: 'setled' } : row,
  );
  const badPath = join(files, 'bad.xlsx');
  writeFileSync(badPath, await fillTemplate(template, SHEET_CASE, typo));
  await panel.getByLabel(S.chooseFile).setInputFiles(badPath);
  const refusal = panel.getByRole('alert');
  await expect(refusal).toContainText(S.refused);
  await expect(refusal).toContainText(/第 \d+ 行 H 列（下一步）：没有叫“setled”的节点/);
  await expect(page.locator('main')).not.toContainText('$.');
  await snap(page, 'sheet-import-refused-zh-1280');

  // Filled as a trainer would (one reply left without English and without tags), it becomes a draft.
  const goodPath = join(files, 'parcel.xlsx');
  writeFileSync(goodPath, await fillTemplate(template, SHEET_CASE, SHEET_ROWS));
  await panel.getByLabel(S.chooseFile).setInputFiles(goodPath);
  await expect(page.getByRole('heading', { name: PLAYED.title['zh-CN'] })).toBeVisible();
  const checks = page.locator('.panel.problems');
  // What the sheet left blank is listed: the reply's English and its behaviour tags.
  await expect(checks).toContainText('还没有英文译文');
  await expect(checks).toContainText('行为标签');
  await expect(page.getByRole('button', { name: A.publish })).toBeDisabled();
  await expect(page.locator('main')).not.toContainText('$.');
  await snap(page, 'sheet-import-draft-zh-1280');

  // The trainer completes what is missing in the editor and publishes.
  await openInOutline(page, 'opening');
  await completeSecondReplyAndPublish(
    page,
    'Parcels are often left outside; please have another look.',
  );

  // A trainee plays it from the library as written.
  await page.locator('.app-nav a[href="#/library"]').click();
  await takeCall(page, PLAYED);
  const said = (text: string) => page.locator('.transcript-list .words', { hasText: text });
  await expect(said(SHEET_ROWS[0]!['顾客说（中文）']!)).toBeVisible();
  await page.getByRole('button', { name: SHEET_ROWS[0]!['回复（中文）']! }).click();
  await expect(said(SHEET_ROWS[2]!['顾客说（中文）']!)).toBeVisible();
  await page.getByRole('button', { name: '查看复盘' }).click();
  await expect(page.getByText(zhCN.outcome['resolved-satisfied']).first()).toBeVisible();
  await expect(page.locator('main')).not.toContainText('$.');
  await snap(page, 'sheet-import-played-zh-1280');
});
