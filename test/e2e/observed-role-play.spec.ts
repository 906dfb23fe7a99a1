import { expect, test } from '@playwright/test';
import { blankMarks, checklistTotal } from '../../src/engine/observer-checklist';
import { customerCard } from '../../src/engine/role-cards';
import { seriousViolations } from './support/axe';
import { AC, createTrainee, openTrainerTool, passRoleGateIfShown, snap } from './support/steps';

const TICKED = ['dimension-listen', 'dimension-apologize', 'step-calm'];

test('an observed role-play is scored on the checklist and appears on the representative’s history', async ({
  page,
}) => {
  const card = customerCard(AC);
  const expected = checklistTotal(
    blankMarks().map((m) => (TICKED.includes(m.itemId) ? { ...m, met: true } : m)),
  );
  await createTrainee(page, '王小明', '1024');
  await openTrainerTool(page, '观察演练');
  await expect(page.getByRole('heading', { name: '观察演练（角色扮演）' })).toBeVisible();
  await page.getByLabel('案例', { exact: true }).selectOption(AC.id);

  const customer = page.getByRole('article', { name: '客户卡（只给扮演客户的人看）' });
  const rep = page.getByRole('article', { name: '坐席卡' });
  await expect(customer).toContainText(AC.persona.realExpectation['zh-CN']);
  await expect(customer).toContainText(card.cues.find((c) => c.key)!.text['zh-CN']);
  await expect(customer.getByText('关键句：只说一次，说得随意些')).toHaveCount(1);
  await expect(customer).toContainText(card.escalateOn[0]!.reply['zh-CN']);
  await expect(rep).toContainText(AC.briefing['zh-CN']);
  await expect(rep).not.toContainText(AC.persona.realExpectation['zh-CN']);
  await snap(page, 'roleplay-cards-zh-1280');

  await page.evaluate(() => {
    const w = window as unknown as { printed: number };
    w.printed = 0;
    window.print = () => {
      w.printed += 1;
    };
  });
  await page.getByRole('button', { name: '打印角色卡' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  await expect(customer).toBeVisible();
  await expect(rep).toBeVisible();
  await expect(page.getByRole('heading', { name: '观察检查表' })).toBeHidden();
  await snap(page, 'roleplay-cards-print');
  await page.emulateMedia({ media: 'screen' });

  // The trainee on this computer is preselected as the representative.
  await expect(page.getByLabel('扮演坐席的学员')).toHaveValue(/.+/);
  await page.getByLabel('观察人').fill('陈老师');
  for (const label of ['倾听', '共情致歉', '安抚情绪']) {
    await page.getByRole('checkbox', { name: new RegExp(`^${label}`) }).check();
  }
  await page.getByLabel('关于“倾听”的记录').fill('中途打断过一次客户');
  await page.getByLabel('总体评语').fill('开场稳，方案还要更具体。');
  await expect(page.locator('.observer-total strong')).toHaveText(String(expected));
  await snap(page, 'roleplay-checklist-zh-1280');
  expect(await seriousViolations(page), 'role-play').toEqual([]);
  await page.getByRole('button', { name: '保存到学员档案' }).click();
  await expect(page.locator('.observer-form').getByRole('status')).toHaveText(
    `已保存到 王小明 的档案：${expected} 分。`,
  );
  // Saved once: the form is cleared for the next trainee, so a second click saves nothing.
  await expect(page.getByLabel('扮演坐席的学员')).toHaveValue('');
  await expect(page.locator('.observer-total strong')).toHaveText('0');
  await page.getByRole('button', { name: '保存到学员档案' }).click();
  await expect(page.locator('.observer-form').getByRole('alert')).toBeVisible();

  await page.getByRole('link', { name: '练习记录' }).click();
  const observed = page.getByRole('region', { name: '观察演练记录' });
  await expect(observed).toContainText(AC.title['zh-CN']);
  await expect(observed).toContainText('观察人：陈老师');
  await expect(observed.locator('.history-score')).toHaveText(String(expected));
  await expect(observed.locator('.history-score')).toHaveCount(1);
  await observed.getByText(AC.title['zh-CN']).click();
  await expect(observed).toContainText('开场稳，方案还要更具体。');
  await expect(observed).toContainText('倾听：中途打断过一次客户');
  await expect(observed).toContainText(`做到 ${TICKED.length + 1} / 15 项`);
  await snap(page, 'roleplay-history-zh-1280');
  expect(await seriousViolations(page), 'history').toEqual([]);
});

test('the role-play screen says what is missing, and reads on a phone and in English', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./#/roleplay');
  await passRoleGateIfShown(page, 'trainer');
  await page.getByLabel('案例', { exact: true }).selectOption(AC.id);
  await page.getByLabel('扮演坐席的学员').selectOption({ index: 1 });
  await page.getByRole('button', { name: '保存到学员档案' }).click();
  await expect(page.getByRole('alert')).toHaveText('请填写观察人（最多 40 个字）。');
  await snap(page, 'roleplay-zh-390');
  await page.getByRole('button', { name: /English/ }).click();
  await expect(page.getByRole('heading', { name: 'Observed role-play' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveText(
    'Enter the observer’s name (up to 40 characters).',
  );
  await snap(page, 'roleplay-en-390');
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 800 });
  await snap(page, 'roleplay-en-1280');
});
