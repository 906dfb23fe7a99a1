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

test("the pack picker speaks the app's language, not the browser's, and takes a file by keyboard on a phone", async ({
  page,
}, testInfo) => {
  const ours: Scenario = { ...AC, id: 'keyboard-picked-case' };
  const file = testInfo.outputPath('keyboard.pack.json');
  writeFileSync(file, packText([ours]));
  // Playwright takes over the browser's file chooser only while something listens for it, and
  // starts doing so without waiting: a listener from the start makes sure the chooser the Enter
  // key opens below is one the test can fill (on a busy machine the key could arrive first).
  page.on('filechooser', () => undefined);
  await page.setViewportSize({ width: 390, height: 844 });
  await createTrainee(page, '键盘', 'PACK4');
  await openTrainerTool(page, '案例包');
  const panel = page.getByRole('region', { name: /导入案例包|Import a case pack/ });
  const picker = panel.getByLabel('选择案例包文件');
  await expect(picker).toHaveAccessibleName(/选择案例包文件.*选择文件….*尚未选择文件/);
  const face = panel.locator('label').filter({ hasText: '选择文件…' });
  await expect(face).toContainText('尚未选择文件');

  await page.getByRole('button', { name: /English/ }).click();
  const english = panel.getByLabel('Choose a pack file');
  await expect(english).toHaveAccessibleName(
    /Choose a pack file.*Choose a file….*No file chosen yet/,
  );
  const englishFace = panel.locator('label').filter({ hasText: 'Choose a file…' });
  await expect(englishFace).toContainText('No file chosen yet');
  const box = (await englishFace.boundingBox())!;
  expect(box.height).toBeGreaterThanOrEqual(44);
  expect(box.x + box.width).toBeLessThanOrEqual(390);

  // Reached with Tab, the picker shows the focus ring on its face and Enter opens the chooser.
  await english.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(english).toBeFocused();
  await expect(englishFace.getByText('Choose a file…')).toHaveCSS('outline-style', 'solid');
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Enter');
  await (await chooser).setFiles(file);
  await expect(page.getByRole('status').filter({ hasText: 'Imported 1 case' })).toBeVisible();
  await expect(englishFace).toContainText('keyboard.pack.json');

  await page.getByRole('button', { name: /中文/ }).click();
  await expect(face).toContainText('keyboard.pack.json');
  await expect(picker).toHaveAccessibleName(/选择案例包文件.*keyboard\.pack\.json/);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
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
