import { expect, test, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import {
  AC,
  AC_PATHS,
  createTrainee,
  passRoleGateIfShown,
  reply,
  snap,
  takeCall,
} from './support/steps';

async function openDashboard(page: Page) {
  await page.locator('.app-nav a[href="#/hr"]').click();
  await passRoleGateIfShown(page, 'hr');
  await expect(page.getByRole('heading', { name: '人事看板', level: 1 })).toBeVisible();
}

async function downloadFrom(page: Page, button: string, path: string): Promise<Buffer> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  await (await downloading).saveAs(path);
  return readFileSync(path);
}

test('HR loads the demo organization, pages and filters the roster, and drills into a call', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await page.goto('./#/hr');
  await passRoleGateIfShown(page, 'hr');
  await page.getByRole('button', { name: '载入演示机构' }).click();
  await expect(page.getByText('演示机构已载入。')).toBeVisible({ timeout: 180_000 });
  const rows = page.locator('.roster-row');
  await expect(rows).toHaveCount(50);
  // 500 demo people and the trainee the app creates on a first visit.
  await expect(page.getByText('第 1 / 11 页，共 501 人')).toBeVisible();
  await page.getByRole('button', { name: '下一页' }).click();
  await expect(page.getByText('第 2 / 11 页，共 501 人')).toBeVisible();
  await snap(page, 'hr-dashboard-1280');

  await page.getByLabel('搜索姓名或工号').fill('DM0012');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('DM0012');

  await page.getByRole('button', { name: '清除筛选' }).click();
  await page.getByLabel('认证状态').selectOption({ label: '已认证' });
  const certified = await rows.count();
  expect(certified).toBeGreaterThan(0);
  for (const cell of await rows.locator('.status').allInnerTexts()) expect(cell).toBe('已认证');

  await page.getByLabel('班组').selectOption({ index: 1 });
  const team = await page.getByLabel('班组').inputValue();
  for (const text of await rows.allInnerTexts()) expect(text).toContain(team);
  await page.getByRole('button', { name: '清除筛选' }).click();
  await page.getByLabel('未练习天数').selectOption({ label: '30 天以上未练习' });
  await expect(page.locator('.pager [role=status]')).not.toContainText('共 501 人');
  const idle = Number(
    /共 (\d+) 人/.exec(await page.locator('.pager [role=status]').innerText())![1],
  );
  expect(idle).toBeGreaterThan(0);
  expect(idle).toBeLessThan(501);

  // Heat map: one row per person on the page, seven dimensions, each cell a number or "—".
  const heat = page.locator('.heat-map tbody tr');
  await expect(heat).toHaveCount(await rows.count());
  await expect(heat.first().locator('td')).toHaveCount(7);
  await expect(page.getByRole('img', { name: /周平均分由 \d+ 变为 \d+/ })).toBeVisible();

  await page.getByRole('button', { name: '清除筛选' }).click();
  await page.getByLabel('搜索姓名或工号').fill('DM0007');
  const name = await rows.first().getByRole('link').innerText();
  await rows.first().getByRole('link').click();
  await expect(page.getByRole('heading', { name: new RegExp(name) })).toBeVisible();
  await page.getByRole('button', { name: '查看复盘' }).first().click();
  await expect(page.getByRole('heading', { name: '逐句点评' })).toBeVisible();
  await expect(page.locator('.turn').first()).toBeVisible();
  await expect(page.locator('.turn-reply').first()).not.toBeEmpty();
});

test('a bundle exported on one machine merges on another: duplicates recognised, a tampered call flagged, CSV ready for Excel', async ({
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  const machineA = await browser.newContext();
  const a = await machineA.newPage();
  await createTrainee(a, '王小明', '1024');
  await takeCall(a, AC);
  await reply(a, AC, AC_PATHS.recommended.choices);
  // A second call, still open, so one call can be tampered with while the other merges.
  await a.locator('.app-nav a[href="#/library"]').click();
  await takeCall(a, AC);
  await openDashboard(a);
  const row = a.locator('.roster-row', { hasText: '1024' });
  await expect(row).toContainText('王小明');
  await expect(row.locator('td.number').first()).toHaveText('1');
  const bundle = JSON.parse(
    (await downloadFrom(a, '导出记录包', testInfo.outputPath('bundle.json'))).toString('utf8'),
  ) as {
    attempts: Array<{ id: string; status: string; score: { total: number } | null }>;
    ledger: unknown[];
  };
  await machineA.close();
  expect(bundle.attempts).toHaveLength(2);

  // The finished call was sealed into the ledger when it ended; the open call has no seal yet.
  const sealed = bundle;
  expect(bundle.ledger).toHaveLength(1);
  const finished = bundle.attempts.find((r) => r.status === 'finished')!;
  const tampered = structuredClone(sealed);
  tampered.attempts.find((r) => r.id === finished.id)!.score!.total -= 30;
  const sealedFile = testInfo.outputPath('sealed.json');
  const tamperedFile = testInfo.outputPath('tampered.json');
  writeFileSync(sealedFile, JSON.stringify(sealed));
  writeFileSync(tamperedFile, JSON.stringify(tampered));

  const machineB = await browser.newContext();
  const b = await machineB.newPage();
  await createTrainee(b, '王小明', '1024');
  await openDashboard(b);
  const bundleInput = b.getByLabel('选择记录包文件');
  await bundleInput.setInputFiles(tamperedFile);
  const plan = b.locator('.merge-plan');
  await expect(plan).toContainText('被篡改（与防篡改记录不符，不导入）：1 条');
  await expect(plan).toContainText(finished.id);
  // Both machines also have the trainee the app creates on a first visit.
  await expect(plan).toContainText('涉及 2 人，其中新增 0 人');
  await snap(b, 'hr-merge-plan-1280');
  await b.getByRole('button', { name: '确认合并' }).click();
  await expect(b.getByText('已合并 1 条记录。')).toBeVisible();

  await bundleInput.setInputFiles(sealedFile);
  await expect(plan).toContainText('重复（已存在且内容相同，跳过）：1 条');
  await expect(plan).toContainText('被篡改（与防篡改记录不符，不导入）：0 条');
  await b.getByRole('button', { name: '确认合并' }).click();
  await expect(b.getByText('已合并 1 条记录。')).toBeVisible();

  await bundleInput.setInputFiles(sealedFile);
  await expect(plan).toContainText('重复（已存在且内容相同，跳过）：2 条');
  await expect(b.getByText('没有需要写入的新记录。')).toBeVisible();

  const merged = b.locator('.roster-row', { hasText: '1024' });
  await expect(merged).toHaveCount(1);
  await expect(merged.locator('td.number').first()).toHaveText('1');

  const csv = await downloadFrom(b, '导出花名册 CSV', testInfo.outputPath('roster.csv'));
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = csv.toString('utf8');
  expect(text).toContain('姓名,工号');
  expect(text).toMatch(/王小明,1024,/);
  const calls = await downloadFrom(b, '导出全部通话 CSV', testInfo.outputPath('calls.csv'));
  expect([...calls.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(calls.toString('utf8')).toContain(`1024,王小明,${AC.title['zh-CN']}`);
  await machineB.close();
});
