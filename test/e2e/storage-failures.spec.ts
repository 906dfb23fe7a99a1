import { expect, test, type Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { packText } from '../../src/storage/custom-scenarios';
import { readTables, type Tables } from './support/read-tables';
import {
  AC,
  AC_PATHS,
  finishCall,
  openTrainerTool,
  passRoleGate,
  passRoleGateIfShown,
  reply,
  takeCall,
} from './support/steps';

const SHOTS = '/tmp/shots-storage';

/** A new trainee from the first screen (named by role: the screen also has a search by name). */
async function createTrainee(page: Page, name: string, employeeId: string) {
  await page.goto('./');
  await page.getByRole('textbox', { name: '姓名', exact: true }).fill(name);
  await page.getByRole('textbox', { name: '工号', exact: true }).fill(employeeId);
  await page.getByRole('button', { name: '创建并进入' }).click();
  await expect(page.getByRole('heading', { name: '案例库' })).toBeVisible();
}

/**
 * Fills the disk on demand: once `__fullStores` names a table, every add or put into it fails as a
 * full disk does (a QuotaExceededError thrown by IndexedDB), whatever else the transaction wrote
 * before it. Clearing it is the trainee freeing space.
 */
const DISK_FULL = () => {
  const w = window as unknown as { __fullStores?: string[] };
  for (const method of ['add', 'put'] as const) {
    const original = IDBObjectStore.prototype[method];
    IDBObjectStore.prototype[method] = function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['add']>
    ) {
      if (w.__fullStores?.includes(this.name)) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return original.apply(this, args);
    };
  }
};

const fill = (page: Page, stores: string[]) =>
  page.evaluate((names) => {
    (window as unknown as { __fullStores: string[] }).__fullStores = names;
  }, stores);

/** A screenshot of one message at a desk and a phone width, for a person to look at. */
async function shoot(page: Page, target: ReturnType<Page['locator']>, name: string) {
  for (const [width, height] of [
    [1280, 800],
    [390, 844],
  ] as const) {
    await page.setViewportSize({ width, height });
    await target.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png` });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

async function english(page: Page) {
  await page.locator('.language-switch').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
}
async function chinese(page: Page) {
  await page.locator('.language-switch').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
}

test('a full disk during a restore is shown where HR confirmed it, every table stays as it was, and the restore goes through once there is room', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  await page.addInitScript(DISK_FULL);
  await createTrainee(page, '恢复甲', 'FULL-R1');
  await takeCall(page, AC);
  await reply(page, AC, AC_PATHS.recommended.choices.slice(0, 2));
  await page.locator('.app-nav a[href="#/data"]').click();
  await passRoleGate(page, 'hr');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载全部记录的备份' }).click();
  const file = testInfo.outputPath('all.json');
  await (await downloading).saveAs(file);

  // After the backup, someone else joins, so a restore written even in part would show.
  await createTrainee(page, '恢复乙', 'FULL-R2');
  await page.goto('./#/data');
  await passRoleGateIfShown(page, 'hr');
  const before = await readTables(page);
  const employeeIds = (tables: Tables) => tables.profiles!.map((p) => p.employeeId);
  expect(employeeIds(before)).toEqual(expect.arrayContaining(['FULL-R1', 'FULL-R2']));

  await page.getByLabel('选择备份文件').setInputFiles(file);
  await fill(page, ['steps']);
  await page.getByRole('button', { name: '确认恢复' }).click();
  const notice = page.locator('.storage-failure');
  await expect(notice).toContainText('存储空间已满，这次恢复没有保存，已有的记录也没有任何改动');
  expect(sameRows(await readTables(page), before)).toBe(true);
  await shoot(page, notice, 'quota-restore-zh');
  await english(page);
  await expect(notice).toContainText('Storage is full, so the restore was not saved');
  await shoot(page, notice, 'quota-restore-en');
  await chinese(page);

  await fill(page, []);
  await notice.getByRole('button', { name: '重试' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已恢复' })).toBeVisible();
  await expect(notice).toHaveCount(0);
  const after = await readTables(page);
  expect(employeeIds(after)).toContain('FULL-R1');
  expect(employeeIds(after)).not.toContain('FULL-R2');
  expect(after.steps).toHaveLength(2);
});

test('a full disk during a merge is shown where HR confirmed it, nothing of the bundle is written, and applying again merges it once there is room', async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(150_000);
  // Another machine: its own storage and signing key, a trainee with a finished call.
  const elsewhere = await browser.newContext();
  const remote = await elsewhere.newPage();
  await createTrainee(remote, '外机学员', 'FULL-M2');
  await takeCall(remote, AC);
  await finishCall(remote, AC, AC_PATHS.recommended.choices);
  await remote.goto('./#/hr');
  await passRoleGateIfShown(remote, 'hr');
  const exporting = remote.waitForEvent('download');
  await remote.getByRole('button', { name: '导出记录包' }).click();
  const file = testInfo.outputPath('bundle.json');
  await (await exporting).saveAs(file);
  await elsewhere.close();

  await page.addInitScript(DISK_FULL);
  await createTrainee(page, '合并甲', 'FULL-M1');
  await page.goto('./#/hr');
  await passRoleGateIfShown(page, 'hr');
  await page.getByLabel('选择记录包文件').setInputFiles(file);
  const plan = page.locator('.merge-plan');
  await expect(plan.getByRole('button', { name: '确认合并' })).toBeEnabled();
  const before = await readTables(page);
  // The seals are the merge's last writes: everything written before them must be undone too.
  await fill(page, ['ledger']);
  await plan.getByRole('button', { name: '确认合并' }).click();
  const notice = plan.locator('.storage-failure');
  await expect(notice).toContainText('存储空间已满，这次合并没有保存，已有的记录也没有任何改动');
  expect(sameRows(await readTables(page), before)).toBe(true);
  await shoot(page, notice, 'quota-merge-zh');
  await english(page);
  await expect(notice).toContainText('Storage is full, so the merge was not saved');
  await chinese(page);

  await fill(page, []);
  await plan.getByRole('button', { name: '确认合并' }).click();
  await expect(plan.getByRole('status')).toContainText('已合并');
  const after = await readTables(page);
  const remoteCalls = after.attempts!.filter((a) =>
    after.profiles!.some((p) => p.id === a.profileId && p.employeeId === 'FULL-M2'),
  );
  expect(remoteCalls).toHaveLength(1);
  expect(after.ledger!.filter((l) => l.recordId === remoteCalls[0]!.id)).toHaveLength(1);
});

test('a full disk while importing a pack is said in the trainer’s words on the packs screen, no case is written, and Try again imports it once there is room', async ({
  page,
}, testInfo) => {
  await page.addInitScript(DISK_FULL);
  await createTrainee(page, '导入甲', 'FULL-P1');
  await openTrainerTool(page, '案例包');
  const file = testInfo.outputPath('ours.pack.json');
  writeFileSync(
    file,
    packText([
      { ...AC, id: 'our-full-disk-case', title: { 'zh-CN': '满盘案例', en: 'Full disk' } },
    ]),
  );
  const before = await readTables(page);
  await fill(page, ['scenarios']);
  await page.getByLabel('选择案例包文件').setInputFiles(file);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('存储空间已满，案例包没有导入');
  await expect(alert).toContainText('删掉不再需要的录音');
  await expect(alert).not.toContainText('QuotaExceeded');
  expect(sameRows(await readTables(page), before)).toBe(true);
  await shoot(page, alert, 'quota-pack-import-zh');
  const retry = alert.getByRole('button', { name: '重试' });
  await page.setViewportSize({ width: 390, height: 844 });
  expect((await retry.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(
    true,
  );
  await page.setViewportSize({ width: 1280, height: 800 });
  await english(page);
  await expect(alert).toContainText('none of its cases or recordings were written');
  await expect(alert).not.toContainText('QuotaExceeded');
  await shoot(page, alert, 'quota-pack-import-en');
  await chinese(page);

  // Space freed: the same file, without choosing it again.
  await fill(page, []);
  await retry.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: '已导入 1 个案例' })).toBeVisible();
  await expect(alert).toHaveCount(0);
  expect((await readTables(page)).scenarios).toHaveLength(1);
});

/** Once `__unreadableStores` names a table, every read of it through an index fails. */
const READS_FAIL = () => {
  const w = window as unknown as { __unreadableStores?: string[] };
  for (const method of ['get', 'getAll', 'openCursor', 'count'] as const) {
    const original = IDBIndex.prototype[method] as (...args: unknown[]) => IDBRequest;
    (IDBIndex.prototype as unknown as Record<string, unknown>)[method] = function (
      this: IDBIndex,
      ...args: unknown[]
    ) {
      if (w.__unreadableStores?.includes(this.objectStore.name)) {
        throw new DOMException('The storage could not be read.', 'UnknownError');
      }
      return original.apply(this, args);
    };
  }
};

test('a case whose recordings cannot be read is not exported, the packs screen says so in the trainer’s words, and exporting again works once they can be read', async ({
  page,
}) => {
  await page.addInitScript(READS_FAIL);
  await createTrainee(page, '导出甲', 'READ-P1');
  await openTrainerTool(page, '案例包');
  const title = AC.title['zh-CN'];
  const exportButton = page.getByRole('button', { name: `导出“${title}”` });
  await page.evaluate(() => {
    (window as unknown as { __unreadableStores: string[] }).__unreadableStores = ['recordings'];
  });
  let downloads = 0;
  page.on('download', () => (downloads += 1));
  await exportButton.click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(`没能读取「${title}」及其录音，没有导出任何文件`);
  await expect(alert).not.toContainText('UnknownError');
  await shoot(page, alert, 'pack-export-unreadable-zh');
  await english(page);
  await expect(alert).toContainText('could not be read, so nothing was exported');
  await chinese(page);
  expect(downloads).toBe(0);

  await page.evaluate(() => {
    (window as unknown as { __unreadableStores: string[] }).__unreadableStores = [];
  });
  const downloading = page.waitForEvent('download');
  await exportButton.focus();
  await page.keyboard.press('Enter');
  expect((await downloading).suggestedFilename()).toBe(`${AC.id}.pack.json`);
  await expect(alert).toHaveCount(0);
});

test('a full disk while answering the quiz and saving an observation is shown there, nothing is written, and retrying saves it', async ({
  page,
}) => {
  await page.addInitScript(DISK_FULL);
  await createTrainee(page, '测验甲', 'FULL-Q1');
  await page.goto('./#/quiz');
  await page.getByRole('button', { name: '开始测验' }).click();
  const radio = page.locator('form.quiz-form input[type="radio"]').first();
  const item = await radio.evaluate((r) => r.closest('fieldset')!.getAttribute('data-item')!);
  const progress = async () =>
    (await readTables(page)).settings!.find((s) => String(s.key).startsWith('quiz-in-progress'))
      ?.value as { answers: Record<string, string[]> } | undefined;
  await expect.poll(async () => (await progress())?.answers[item]).toEqual([]);

  await fill(page, ['settings']);
  await radio.check();
  const notice = page.locator('.storage-failure');
  await expect(notice).toContainText('存储空间已满，这道题的答案没有保存');
  expect((await progress())?.answers[item]).toEqual([]);
  await shoot(page, notice, 'quota-quiz-zh');
  await fill(page, []);
  await notice.getByRole('button', { name: '重试' }).click();
  await expect(notice).toHaveCount(0);
  expect((await progress())?.answers[item]).toHaveLength(1);

  await openTrainerTool(page, '观察演练');
  await page.getByLabel('案例', { exact: true }).selectOption(AC.id);
  await page.getByLabel('观察人').fill('陈老师');
  await page.getByRole('checkbox', { name: /^倾听/ }).check();
  const before = await readTables(page);
  await fill(page, ['observations']);
  await page.getByRole('button', { name: '保存到学员档案' }).click();
  const saveNotice = page.locator('.observer-form .storage-failure');
  await expect(saveNotice).toContainText('存储空间已满，这次观察评分没有保存');
  const failed = await readTables(page);
  expect(failed.observations).toEqual(before.observations);
  expect(failed.ledger).toEqual(before.ledger);
  await shoot(page, saveNotice, 'quota-observation-zh');
  await fill(page, []);
  await saveNotice.getByRole('button', { name: '重试' }).click();
  await expect(page.locator('.observer-form').getByRole('status')).toContainText('已保存到 测验甲');
  expect((await readTables(page)).observations).toHaveLength(1);
});

test('two tabs editing one draft: the later save from the older copy is refused and says so, and reloading brings the other tab’s edit', async ({
  page,
  context,
}) => {
  await createTrainee(page, '编写甲', 'TABS-D1');
  await openTrainerTool(page, '编写案例');
  await page.getByRole('button', { name: '新建空白案例' }).click();
  await expect(page.getByRole('heading', { name: '（未命名案例）' })).toBeVisible();
  const other = await context.newPage();
  await other.goto(page.url());
  await passRoleGateIfShown(other, 'trainer');
  await expect(other.getByRole('heading', { name: '（未命名案例）' })).toBeVisible();

  const title = (p: Page, language: '中文' | 'English') =>
    p
      .locator('.editor-main')
      .getByRole('group', { name: '标题', exact: true })
      .getByLabel(language, { exact: true });
  const storedTitle = async () =>
    ((await readTables(page)).drafts![0]!.scenario as { title: Record<string, string> }).title;
  await title(page, '中文').fill('第一个标签页的标题');
  await expect.poll(async () => (await storedTitle())['zh-CN']).toBe('第一个标签页的标题');
  await title(other, 'English').fill('Title from the second tab');
  const notice = other.locator('.storage-failure');
  await expect(notice).toContainText(
    '另一个标签页在本页打开之后修改了这份草稿，为了不覆盖那边的修改，你对草稿的修改没有保存',
  );
  await shoot(other, notice, 'conflict-draft-zh');
  await english(other);
  await expect(notice).toContainText('Another tab changed this draft after this page opened it');
  await shoot(other, notice, 'conflict-draft-en');
  await chinese(other);

  const drafts = (await readTables(page)).drafts!;
  expect(drafts).toHaveLength(1);
  expect(drafts[0]!.scenario).toMatchObject({
    title: { 'zh-CN': '第一个标签页的标题', en: '' },
  });

  await notice.getByRole('button', { name: '重新加载本页' }).click();
  await passRoleGateIfShown(other, 'trainer');
  await expect(title(other, '中文')).toHaveValue('第一个标签页的标题');
  await title(other, 'English').fill('Title from the second tab');
  await expect.poll(storedTitle).toEqual({
    'zh-CN': '第一个标签页的标题',
    en: 'Title from the second tab',
  });
  await expect(other.locator('.storage-failure')).toHaveCount(0);
});

test('two tabs counting votes at one decision point never lose a vote, and a decision from stale counts is refused', async ({
  page,
  context,
}) => {
  await createTrainee(page, '研讨甲', 'TABS-G1');
  await page.goto('./#/group');
  await passRoleGateIfShown(page, 'trainer');
  await page.getByLabel('案例', { exact: true }).selectOption(AC.id);
  await page.getByRole('button', { name: '开始研讨' }).click();
  await expect(page.getByRole('heading', { name: '第 1 个决策点' })).toBeVisible();
  const other = await context.newPage();
  await other.goto(page.url());
  await passRoleGateIfShown(other, 'trainer');
  await expect(other.getByRole('heading', { name: '第 1 个决策点' })).toBeVisible();

  const count = (p: Page, n: number) =>
    p
      .locator('.vote-card')
      .nth(n - 1)
      .locator('output');
  await page.getByRole('button', { name: '给回答 1 加一票' }).click();
  await expect(count(page, 1)).toHaveText('1 票');
  await page.getByRole('button', { name: '给回答 1 加一票' }).click();
  await expect(count(page, 1)).toHaveText('2 票');
  // The second tab has not seen those two; its own vote lands on top of them.
  await other.getByRole('button', { name: '给回答 2 加一票' }).click();
  await expect(count(other, 2)).toHaveText('1 票');
  await expect(count(other, 1)).toHaveText('2 票');
  await page.getByRole('button', { name: '给回答 1 加一票' }).click();
  await expect(count(page, 1)).toHaveText('3 票');
  await expect(count(page, 2)).toHaveText('1 票');
  const stored = (await readTables(page)).groupSessions![0]!;
  expect(Object.values((stored.open as { votes: Record<string, number> }).votes).sort()).toEqual([
    1, 3,
  ]);

  // The second tab reveals and follows what it last saw: refused, since the room voted since.
  await other.getByRole('button', { name: '揭晓投票结果' }).click();
  await other.getByRole('button', { name: /^按多数意见走/ }).click();
  const notice = other.locator('.storage-failure');
  await expect(notice).toContainText('另一个标签页在本页打开之后修改了这场研讨');
  await shoot(other, notice, 'conflict-group-zh');
  expect((await readTables(page)).groupSessions![0]!.turns).toEqual([]);
});

/** The rows of every table, compared as stored (key order aside). */
function sameRows(a: Tables, b: Tables): boolean {
  const canon = (t: Tables) =>
    JSON.stringify(
      Object.keys(t)
        .sort()
        .map((name) => [name, t[name]!.map((row) => JSON.stringify(sortKeys(row))).sort()]),
    );
  return canon(a) === canon(b);
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
    );
  return value;
}
