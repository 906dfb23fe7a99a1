import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { followRecommended } from '../../src/engine/analyse-paths';
import type { Scenario } from '../../src/engine/scenario-schema';
import { QUIZ_BANK } from '../../src/quiz/bank';
import type { QuizItem } from '../../src/engine/certification/quiz-item';
import { bundledScenario } from '../../src/scenarios/bundled';
import { answerLabel } from './support/channel-words';
import { createTrainee, passRoleGateIfShown, reply, snap } from './support/steps';

const anxiousParent = bundledScenario('anxious-parent-clinic');
const classmateDeposit = bundledScenario('classmate-deposit');
const powerFault = bundledScenario('power-fault-in-home');
const snobbishSalesperson = bundledScenario('snobbish-salesperson');
const wrongSparePart = bundledScenario('wrong-spare-part');

// Five untimed cases (difficulty ≤ 2), so no reply timer runs during the test.
const FIVE: Scenario[] = [
  classmateDeposit,
  wrongSparePart,
  snobbishSalesperson,
  powerFault,
  anxiousParent,
];

/** From "My certification": start (or re-take) a certification run of a case and pick up. */
async function startRun(page: Page, scenario: Scenario, button: RegExp) {
  await page.getByRole('link', { name: '我的认证', exact: true }).click();
  const row = page.getByRole('listitem', { name: scenario.title['zh-CN'], exact: true });
  await row.getByRole('button', { name: button }).click();
  await page.getByRole('button', { name: answerLabel(scenario.channel), exact: true }).click();
}

/** Serious or critical WCAG 2.1 AA problems axe finds on the current screen. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

async function shownReplies(page: Page): Promise<string[]> {
  return page.locator('.reply-list .reply span').allInnerTexts();
}

/** Answers one quiz item the right way with the keyboard-usable controls. */
async function answerItem(page: Page, item: QuizItem) {
  const field = page.locator(`fieldset[data-item="${item.id}"]`);
  const text = (id: string) => item.options.find((o) => o.id === id)!.text['zh-CN'];
  if (item.type === 'single') {
    await field.getByRole('radio', { name: text(item.answer), exact: true }).check();
  } else if (item.type === 'multiple' || item.type === 'spot-phrase') {
    for (const id of item.answer)
      await field.getByRole('checkbox', { name: text(id), exact: true }).check();
  } else {
    // Bring each option up to its place, first to last, with the "move up" buttons.
    for (const [place, id] of item.answer.entries()) {
      const order = await field.locator('.quiz-order-text').allInnerTexts();
      for (let at = order.indexOf(text(id)); at > place; at -= 1) {
        await field.getByRole('button', { name: `上移：${text(id)}`, exact: true }).click();
      }
    }
    await expect(field.locator('.quiz-order-text')).toHaveText(item.answer.map(text));
  }
}

test('a trainee earns Foundation through certification runs and the quiz, and prints the certificate', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await createTrainee(page, '周敏', 'C-1001');

  for (const [i, scenario] of FIVE.entries()) {
    await startRun(page, scenario, /^开始认证考核/);
    await expect(page.getByText('认证考核 · 只计一次')).toBeVisible();
    await expect(page.locator('.meter')).toHaveCount(0);
    const { choices } = followRecommended(scenario);
    if (i === 0) {
      // The shuffled order is stored with the run: a reload shows the same order.
      await reply(page, scenario, choices.slice(0, 1));
      const before = await shownReplies(page);
      await page.reload();
      await expect(page.locator('.reply-list .reply')).toHaveCount(before.length);
      expect(await shownReplies(page)).toEqual(before);
      await snap(page, 'certification-run-zh-1280');
      await reply(page, scenario, choices.slice(1));
    } else {
      await reply(page, scenario, choices);
    }
    await page.getByRole('button', { name: '查看复盘' }).click();
    const total = page.getByLabel(/^总分 \d+$/);
    const score = Number((await total.getAttribute('aria-label'))!.replace('总分 ', ''));
    expect(score).toBeGreaterThanOrEqual(70);
    // A test is not branched from a turn.
    await expect(page.getByRole('button', { name: /重练/ })).toHaveCount(0);
  }

  await page.getByRole('link', { name: '我的认证', exact: true }).click();
  const foundation = page.getByRole('region', { name: '基础认证' });
  await expect(foundation).toContainText('5/5 个案例的认证考核达到 70 分');
  await expect(foundation).toContainText('还没参加知识测验');

  // A second run of a case already taken is marked as not counting.
  await startRun(page, classmateDeposit, /^再考一次（不计入）/);
  await expect(page.getByText('这次认证考核不计入认证')).toBeVisible();
  await snap(page, 'certification-run-not-counting-zh-1280');
  expect(await seriousViolations(page), 'certification run').toEqual([]);

  await page.getByRole('link', { name: '我的认证', exact: true }).click();
  await page.getByRole('link', { name: '去做知识测验' }).click();
  await page.getByRole('button', { name: '开始测验' }).click();
  const itemIds = await page
    .locator('fieldset[data-item]')
    .evaluateAll((fields) => fields.map((f) => f.getAttribute('data-item')!));
  expect(itemIds).toHaveLength(20);
  const item = (id: string) => QUIZ_BANK.find((q) => q.id === id)!;
  for (const id of itemIds.slice(0, 10)) await answerItem(page, item(id));
  // The page reloads halfway: the same sitting comes back with the ten answers given.
  const given = () =>
    page
      .locator('form.quiz-form')
      .evaluate((form) => [
        ...[...form.querySelectorAll('input')].map((input) => String(input.checked)),
        ...[...form.querySelectorAll('.quiz-order-text')].map((line) => line.textContent),
      ]);
  const halfway = await given();
  expect(halfway).toContain('true');
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: '上次没交的测验已恢复' })).toBeVisible();
  await expect(page.locator('fieldset[data-item]')).toHaveCount(20);
  expect(
    await page
      .locator('fieldset[data-item]')
      .evaluateAll((fields) => fields.map((f) => f.getAttribute('data-item')!)),
  ).toEqual(itemIds);
  expect(await given()).toEqual(halfway);
  for (const id of itemIds.slice(10)) await answerItem(page, item(id));
  await snap(page, 'quiz-answered-zh-1280');
  expect(await seriousViolations(page), 'quiz sitting').toEqual([]);
  await page.getByRole('button', { name: '提交答卷' }).click();
  await expect(page.getByRole('status').filter({ hasText: '答对 20 / 20 题' })).toBeVisible();
  await expect(page.locator('.quiz-explanation')).toHaveCount(20);
  await snap(page, 'quiz-result-zh-1280');
  expect(await seriousViolations(page), 'quiz result').toEqual([]);

  await page.getByRole('link', { name: '返回我的认证' }).first().click();
  await expect(foundation).toContainText('已获得 · 有效期至');
  await expect(foundation).toContainText('知识测验最好成绩 100%');
  await snap(page, 'certification-zh-1280');
  expect(await seriousViolations(page), 'my certification').toEqual([]);
  await foundation.getByRole('link', { name: '查看证书' }).click();

  const certificate = page.getByRole('article', { name: '认证证书' });
  await expect(certificate).toContainText('周敏');
  await expect(certificate).toContainText('C-1001');
  await expect(certificate).toContainText('基础认证');
  await expect(certificate).toContainText('第 1 版');
  expect(await seriousViolations(page), 'certificate').toEqual([]);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.app-header')).toBeHidden();
  await expect(page.getByRole('button', { name: '打印证书' })).toBeHidden();
  await expect(certificate).toBeVisible();
  await snap(page, 'certificate-print-a4');
  // Printed to A4, the certificate fills exactly one page.
  const pdf = (await page.pdf({ format: 'A4', printBackground: true })).toString('latin1');
  expect(pdf.match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
  await page.emulateMedia({ media: 'screen' });
  await snap(page, 'certificate-zh-1280');

  await page.setViewportSize({ width: 390, height: 844 });
  await snap(page, 'certificate-zh-390');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('article', { name: 'Certificate' })).toContainText('Foundation');
  await snap(page, 'certificate-en-390');
  await page.getByRole('link', { name: 'My certification', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Foundation' })).toContainText('Awarded');
  await snap(page, 'certification-en-390');
  await page.setViewportSize({ width: 1280, height: 800 });
  await snap(page, 'certification-en-1280');

  // HR finds the award on the roster, with its level and expiry.
  await page.getByRole('button', { name: '中文' }).click();
  await page.locator('.app-nav a[href="#/hr"]').click();
  await passRoleGateIfShown(page, 'hr');
  await page.getByLabel('搜索姓名或工号').fill('C-1001');
  const row = page.locator('.roster-row', { hasText: 'C-1001' });
  await expect(row).toContainText('周敏');
  await expect(row).toContainText('已认证 · 基础认证');
  await expect(row).toContainText('到期');
});

test('HR changes the program: it is saved as a new version and trainees see the new thresholds', async ({
  page,
}) => {
  await createTrainee(page, '郑洁', 'C-2002');
  await page.goto('./#/hr/program');
  await passRoleGateIfShown(page, 'hr');
  await expect(page.getByRole('heading', { name: '认证项目设置' })).toBeVisible();
  await page.getByLabel('证书有效期（月）').fill('');
  await page.getByRole('button', { name: '保存为新版本' }).click();
  const refused = page.getByRole('alert').filter({ hasText: '没有保存' });
  await expect(refused).toBeVisible();
  // Located, and worded in the interface language.
  await expect(refused).toContainText('$.validityMonths');
  await expect(refused).not.toContainText(/expected|Invalid/);

  await page.getByLabel('证书有效期（月）').fill('24');
  await page.getByLabel('需要达标的案例数').fill('3');
  await page.getByRole('checkbox', { name: /九千九的澳洲八日游/ }).check();
  await page.getByRole('button', { name: '保存为新版本' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已保存为第 2 版' })).toBeVisible();
  await expect(page.getByRole('region', { name: '历史版本' })).toContainText('v2');
  await expect(page.getByRole('region', { name: '历史版本' })).toContainText('v1');
  await snap(page, 'program-zh-1280');
  expect(await seriousViolations(page), 'program editor').toEqual([]);

  await page.getByRole('link', { name: '我的认证', exact: true }).click();
  await expect(page.getByText('认证项目第 2 版 · 证书有效期 24 个月')).toBeVisible();
  await expect(page.getByRole('region', { name: '基础认证' })).toContainText('0/3 个案例');
  await expect(page.getByRole('region', { name: '投诉专席认证' })).toContainText('核心案例 0/8 个');

  await page.setViewportSize({ width: 390, height: 844 });
  await snap(page, 'certification-zh-390');
  await page.getByRole('link', { name: '去做知识测验' }).click();
  await page.getByRole('button', { name: '开始测验' }).click();
  await snap(page, 'quiz-zh-390');
  await page.getByRole('button', { name: 'English' }).click();
  await page.goto('./#/hr/program');
  await passRoleGateIfShown(page, 'hr');
  await expect(page.getByRole('heading', { name: 'Certification program' })).toBeVisible();
  await snap(page, 'program-en-390');
});
