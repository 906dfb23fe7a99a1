import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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

/** A downloaded CSV's rows as cells, and where a header names a column (no cell here holds a comma). */
function csvTable(csv: Buffer) {
  const [header, ...lines] = csv
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r?\n/);
  const columns = header!.split(',');
  return {
    column: (name: string) => columns.indexOf(name),
    rows: lines.map((line) => line.split(',')),
  };
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
  test.setTimeout(120_000);
  await page.goto('./#/hr');
  await passRoleGateIfShown(page, 'hr');
  // The small organization: the same generator and sealing as the 500-person one (whose load
  // time the bench measures), in seconds instead of a minute of the suite.
  await page.getByRole('button', { name: '载入小型演示机构' }).click();
  await expect(page.getByText('演示机构已载入。')).toBeVisible({ timeout: 60_000 });
  const rows = page.locator('.roster-row');
  await expect(rows).toHaveCount(50);
  // 50 demo people and the trainee the app creates on a first visit.
  await expect(page.getByText('第 1 / 2 页，共 51 人')).toBeVisible();
  await snap(page, 'hr-dashboard-1280');
  await page.getByRole('button', { name: '下一页' }).click();
  await expect(page.getByText('第 2 / 2 页，共 51 人')).toBeVisible();
  await expect(rows).toHaveCount(1);

  await page.getByLabel('搜索姓名或工号').fill('DM0012');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('DM0012');

  await page.getByRole('button', { name: '清除筛选' }).click();
  await page.getByLabel('认证状态').selectOption({ label: '已认证' });
  const certified = await rows.count();
  expect(certified).toBeGreaterThan(0);
  for (const cell of await rows.locator('.status').allInnerTexts()) expect(cell).toBe('已认证');
  // A certified person's certificate, opened from their page, leads back to that page.
  await rows.first().getByRole('link').click();
  const person = page.url();
  await page.getByRole('link', { name: '查看证书' }).first().click();
  await page.getByRole('link', { name: '返回这位学员的记录' }).click();
  expect(page.url()).toBe(person);
  await page.getByRole('link', { name: '返回花名册' }).first().click();

  await page.getByLabel('班组').selectOption({ index: 1 });
  const team = await page.getByLabel('班组').inputValue();
  for (const text of await rows.allInnerTexts()) expect(text).toContain(team);
  await page.getByRole('button', { name: '清除筛选' }).click();
  await page.getByLabel('未练习天数').selectOption({ label: '30 天以上未练习' });
  await expect(page.locator('.pager [role=status]')).not.toContainText('共 51 人');
  const idle = Number(
    /共 (\d+) 人/.exec(await page.locator('.pager [role=status]').innerText())![1],
  );
  expect(idle).toBeGreaterThan(0);
  expect(idle).toBeLessThan(51);

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

test('a signed bundle from an enrolled machine merges on another: duplicates recognised, a tampered call refused, CSV ready for Excel', async ({
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
  // HR enrols machine A by the fingerprint A shows, so its signed bundle can count.
  await a.goto('./#/data');
  const fingerprint = (await a.locator('.fingerprint').getAttribute('data-fingerprint'))!;
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
  const machines = b.locator('.enrolled-machines');
  await machines.getByLabel('机器指纹').fill(fingerprint);
  await machines.getByLabel('机器名称').fill('A 机');
  await machines.getByLabel('经办人').fill('人事');
  await machines.getByRole('button', { name: '登记这台机器' }).click();
  const bundleInput = b.getByLabel('选择记录包文件');
  const plan = b.locator('.merge-plan');
  await bundleInput.setInputFiles(sealedFile);
  await expect(plan).toContainText('可信（已重放核对，计入）：2 条');
  // Both machines also have the trainee the app creates on a first visit.
  await expect(plan).toContainText('涉及 2 人，其中新增 0 人');
  // Who the records are filed under, by name and 工号, before anything is written.
  await expect(plan.locator('.planned-people li[data-employee-id="1024"]')).toHaveText(
    '已有：王小明（工号 1024）',
  );
  await snap(b, 'hr-merge-plan-1280');
  // Every state the write's progress shows on its way, kept as the page renders it.
  await plan.evaluate((section) => {
    const seen: string[] = [];
    (window as unknown as { mergeWriteSeen: string[] }).mergeWriteSeen = seen;
    new MutationObserver(() => {
      const bar = section.querySelector('.merge-write progress');
      if (!bar) return;
      const button = section.querySelector('button.primary')!.textContent;
      const text = `${bar.getAttribute('aria-label')}|${section.querySelector('.merge-write p')!.textContent}|${button}`;
      if (seen.at(-1) !== text) seen.push(text);
    }).observe(section, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  await b.getByRole('button', { name: '确认合并' }).click();
  const summary = plan.locator('.merge-summary');
  await expect(summary).toContainText('已合并 2 条记录。');
  await expect(summary.locator('[data-kind="attempts"]')).toHaveText('通话 2 条');
  await expect(summary).toContainText('已按本机计入的记录为 1 人重新核算证书。');
  await expect(plan.locator('.merge-write')).toHaveCount(0);
  // The write was shown as it went, from the click on: the rows out of the plan's two. (Later
  // states may be batched into one render, so only the first is certain to be rendered.) The
  // button says what is going on as a whole, the status under it which step.
  const seen = await b.evaluate(
    () => (window as unknown as { mergeWriteSeen: string[] }).mergeWriteSeen,
  );
  expect(seen[0]).toBe('合并写入的进度|正在写入记录：0 / 2 条|正在合并……');
  expect(seen.every((state) => state.endsWith('|正在合并……'))).toBe(true);
  const mergePanel = b.locator('section.panel', { has: plan });
  await mergePanel.screenshot({ path: testInfo.outputPath('hr-merge-done-1280.png') });
  await b.setViewportSize({ width: 390, height: 844 });
  await mergePanel.screenshot({ path: testInfo.outputPath('hr-merge-done-390.png') });
  expect(
    await b.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    ),
  ).toBeLessThanOrEqual(0);
  await b.setViewportSize({ width: 1280, height: 800 });

  // The edited score does not replay: refused, and the call merged before stays as it was.
  await bundleInput.setInputFiles(tamperedFile);
  await expect(plan).toContainText('已拒绝（与重放结果不符，不计入）：1 条');
  await expect(plan.locator('.plan-refused')).toContainText(finished.id);
  await expect(plan).toContainText('重复（已存在且内容相同，跳过）：1 条');
  await expect(b.getByText('没有需要写入的新记录。')).toBeVisible();

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

test("HR sees a trainer's override, practice and the person's records, and the calls CSV carries the trainer's grade", async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await createTrainee(page, '赵复核', '4001');
  await takeCall(page, AC);
  await reply(page, AC, AC_PATHS.recommended.choices);
  await page.getByRole('button', { name: '查看复盘' }).click();
  await expect(page.getByRole('heading', { name: '逐句点评' })).toBeVisible();
  const debrief = page.url();
  const own = Number(await page.locator('.total-number').first().innerText());
  const trainerTotal = own >= 50 ? own - 30 : own + 30;

  // Practice from the second reply, to its end: a retry, not a whole call.
  await page.getByRole('button', { name: '从第 2 句重练' }).click();
  await reply(page, AC, AC_PATHS.recommended.choices.slice(1));
  await expect(page.getByRole('button', { name: '查看复盘' })).toBeVisible();

  // A trainer regrades the whole call.
  await page.locator('.app-nav a[href="#/trainer"]').click();
  await passRoleGateIfShown(page, 'trainer');
  await page.goto(debrief);
  await page.getByRole('button', { name: '修改评分' }).click();
  await expect(page.getByText('修改后的分数取代原评分，计入最高分、平均分和认证')).toBeVisible();
  await page.getByLabel('培训师评分（0–100）').fill(String(trainerTotal));
  await page.getByLabel('理由（必填）').fill('录音复核后调整');
  await page.getByLabel('培训师姓名').fill('张老师');
  await page.getByRole('button', { name: '保存评分' }).click();
  await expect(page.getByText('已保存。原评分保持不变。')).toBeVisible();

  await openDashboard(page);
  const row = page.locator('.roster-row', { hasText: '4001' });
  // One whole call counted (the practice is not), at the trainer's grade, and one call regraded.
  await expect(row.locator('td.number')).toHaveText([
    '1',
    String(trainerTotal),
    String(trainerTotal),
    '1',
  ]);
  await expect(page.getByText('培训师改过的分数取代原分数')).toBeVisible();

  const calls = csvTable(
    await downloadFrom(page, '导出全部通话 CSV', testInfo.outputPath('calls.csv')),
  );
  const at = calls.column;
  expect(at('培训师评分')).toBeGreaterThan(-1);
  const mine = calls.rows.filter((cells) => cells[0] === '4001');
  expect(mine).toHaveLength(2);
  const regraded = mine.find((cells) => cells[at('练习')] === '0')!;
  expect(regraded[at('培训师评分')]).toBe(String(trainerTotal));
  expect(regraded[at('改分原因')]).toBe('录音复核后调整');
  expect(regraded[at('改分培训师')]).toBe('张老师');
  expect(mine.find((cells) => cells[at('练习')] === '1')![at('培训师评分')]).toBe('');

  // The roster CSV counts the regraded call as the roster does.
  const roster = csvTable(
    await downloadFrom(page, '导出花名册 CSV', testInfo.outputPath('roster.csv')),
  );
  const person = roster.rows.find((cells) => cells[1] === '4001')!;
  expect(person[roster.column('平均分')]).toBe(String(trainerTotal));
  expect(person[roster.column('培训师改分')]).toBe('1');

  await row.getByRole('link').click();
  await expect(page.getByRole('heading', { name: /赵复核/ })).toBeVisible();
  await expect(page.locator('.person-call .tag-practice')).toHaveCount(1);
  await expect(page.getByText(`以 ${trainerTotal} 分计`)).toBeVisible();
  for (const heading of ['证书', '知识测验', '观察演练']) {
    await expect(page.getByRole('heading', { name: heading, level: 2 })).toBeVisible();
  }
  await expect(page.getByText('还没有证书。')).toBeVisible();
  mkdirSync('/tmp/shots-own', { recursive: true });
  await page.screenshot({ path: '/tmp/shots-own/hr-person-1280.png', fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: '/tmp/shots-own/hr-person-390.png', fullPage: true });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});
