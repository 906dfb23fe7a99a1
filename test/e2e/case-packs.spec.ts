import { expect, test, type Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { analysePaths } from '../../src/engine/analyse-paths';
import type { Scenario } from '../../src/engine/scenario-schema';
import { BUNDLED_SCENARIOS } from '../../src/scenarios/bundled';
import { packText } from '../../src/storage/custom-scenarios';
import { AC, createTrainee, openTrainerTool, reply } from './support/steps';

const XSS = [
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(2)>',
  '<a href="javascript:alert(3)">点我</a>',
  '<iframe srcdoc="<script>alert(4)</script>">',
];

async function importFile(page: Page, path: string) {
  await openTrainerTool(page, '案例包');
  await page.getByLabel('选择案例包文件').setInputFiles(path);
}

test('a trainer imports a case pack and a trainee plays the new case', async ({
  page,
}, testInfo) => {
  const ours: Scenario = {
    ...AC,
    id: 'our-remote-case',
    title: { 'zh-CN': '本中心：遥控器案例', en: 'Our centre: the remote case' },
  };
  const file = testInfo.outputPath('ours.pack.json');
  writeFileSync(file, packText([ours]));
  await createTrainee(page, '培训', 'PACK1');
  await importFile(page, file);
  await expect(page.getByRole('status').filter({ hasText: '已导入 1 个案例' })).toBeVisible();
  await page.locator('.app-nav a[href="#/library"]').click();
  await expect(page.locator('.case-card')).toHaveCount(BUNDLED_SCENARIOS.length + 1);
  const card = page.getByRole('article', { name: ours.title['zh-CN'] });
  await card.getByRole('button', { name: '接这通电话' }).click();
  await page.getByRole('button', { name: '接听', exact: true }).click();
  const expert = analysePaths(ours).recommended;
  await reply(page, ours, expert.choices);
  await page.getByRole('button', { name: '查看复盘' }).click();
  await expect(page.getByLabel(`总分 ${expert.total}`)).toBeVisible();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
});

test('an invalid pack shows where the problem is and leaves the library unchanged', async ({
  page,
}, testInfo) => {
  const broken = { ...AC, id: 'broken-case', start: 'nowhere' };
  const file = testInfo.outputPath('broken.pack.json');
  writeFileSync(file, packText([broken]));
  await createTrainee(page, '坏包', 'PACK2');
  await importFile(page, file);
  // In a trainer's words: the field by its name, what to do, and no JSON path.
  await expect(page.getByRole('alert')).toContainText('开场节点');
  await expect(page.getByRole('alert')).toContainText('没有 id 为“nowhere”的节点');
  await expect(page.getByRole('alert')).toContainText('怎么改：选一个已有的节点作为去向');
  await expect(page.getByRole('alert')).not.toContainText('$.');
  await expect(page.getByRole('alert')).toContainText('案例库没有任何改动');
  // The same problem, worded again when the trainer switches to English.
  await page.getByRole('button', { name: /English/ }).click();
  await expect(page.getByRole('alert')).toContainText('no node has the id "nowhere"');
  await page.getByRole('button', { name: /中文/ }).click();
  await page.locator('.app-nav a[href="#/library"]').click();
  await expect(page.locator('.case-card')).toHaveCount(BUNDLED_SCENARIOS.length);
});

test('a pack full of HTML and script tricks shows them as plain text and runs nothing', async ({
  page,
}, testInfo) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs += 1;
    void d.dismiss();
  });
  const nodes = AC.nodes.map((n, i) =>
    i === 0
      ? {
          ...n,
          lines: [
            {
              ...n.lines[0]!,
              text: { 'zh-CN': XSS.slice(2).join(' '), en: XSS.slice(2).join(' ') },
            },
            ...n.lines.slice(1),
          ],
        }
      : n,
  ) as Scenario['nodes'];
  const hostile: Scenario = {
    ...AC,
    id: 'hostile-case',
    title: { 'zh-CN': XSS[0]!, en: XSS[0]! },
    briefing: { 'zh-CN': XSS[1]!, en: XSS[1]! },
    nodes,
  };
  const file = testInfo.outputPath('hostile.pack.json');
  writeFileSync(file, packText([hostile]));
  await createTrainee(page, '安全', 'PACK3');
  const scriptsBefore = await page.locator('script').count();
  await importFile(page, file);
  await expect(page.getByRole('status').filter({ hasText: '已导入' })).toBeVisible();
  await page.locator('.app-nav a[href="#/library"]').click();
  const card = page.getByRole('article', { name: XSS[0]! });
  await expect(card).toBeVisible();
  await card.getByRole('button', { name: '接这通电话' }).click();
  await page.getByRole('button', { name: '接听', exact: true }).click();
  await expect(page.locator('.bubble-customer').first()).toContainText('javascript:alert(3)');
  expect(
    await page.locator('img[src="x"], svg[onload], iframe, a[href^="javascript"]').count(),
  ).toBe(0);
  expect(await page.locator('script').count()).toBe(scriptsBefore);
  expect(dialogs).toBe(0);
});
