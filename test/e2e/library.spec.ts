import { expect, test } from '@playwright/test';
import { analysePaths } from '../../src/engine/analyse-paths';
import type { Channel } from '../../src/engine/vocabulary';
import { BUNDLED_SCENARIOS } from '../../src/scenarios/bundled';
import { AC, AC_PATHS, createTrainee, finishCall, reply, takeCall } from './support/steps';

const ONE_PER_CHANNEL: Record<Channel, string> = {
  phone: 'wrong-spare-part',
  counter: 'card-annual-fee',
  online: 'tour-multi-day',
  onsite: 'anxious-parent-clinic',
};

for (const [channel, id] of Object.entries(ONE_PER_CHANNEL)) {
  test(`a trainee handles the ${channel} case "${id}" the expert way`, async ({ page }) => {
    const scenario = BUNDLED_SCENARIOS.find((s) => s.id === id)!;
    expect(scenario.channel).toBe(channel);
    const expert = analysePaths(scenario).recommended;
    await createTrainee(page, `渠道${channel}`, `CH-${channel}`);
    await takeCall(page, scenario);
    await reply(page, scenario, expert.choices);
    await expect(page.getByText('问题解决，客户满意').first()).toBeVisible();
    await page.getByRole('button', { name: '查看复盘' }).click();
    await expect(page.getByLabel(`总分 ${expert.total}`)).toBeVisible();
  });
}

test('the library filters cases and recommends the next one', async ({ page }) => {
  await createTrainee(page, '筛选', 'FILTER1');
  await expect(page.locator('.case-card')).toHaveCount(BUNDLED_SCENARIOS.length);
  await page.getByLabel('渠道').selectOption('counter');
  const counter = BUNDLED_SCENARIOS.filter((s) => s.channel === 'counter');
  await expect(page.locator('.case-card')).toHaveCount(counter.length);
  await page.getByLabel('行业').selectOption('banking');
  await expect(page.locator('.case-card')).toHaveCount(
    counter.filter((s) => s.industry === 'banking').length,
  );
  await page.getByRole('button', { name: '清除筛选' }).click();
  await expect(page.locator('.case-card')).toHaveCount(BUNDLED_SCENARIOS.length);
  await page.getByLabel('技能').selectOption('expectations');
  const count = await page.locator('.case-card').count();
  expect(count).toBeGreaterThan(0);
  expect(count).toBeLessThan(BUNDLED_SCENARIOS.length);

  const easiest = Math.min(...BUNDLED_SCENARIOS.map((s) => s.difficulty));
  const next = page.getByRole('complementary', { name: '推荐下一个案例' });
  await expect(next).toContainText('从最容易的案例开始');
  const title = BUNDLED_SCENARIOS.find((s) => s.difficulty === easiest)!.title['zh-CN'];
  await expect(next).toContainText(title);
});

test('a case card offers the call left unfinished, then the best whole call, which a practice retry never raises', async ({
  page,
}) => {
  const worst = AC_PATHS.worst;
  expect(worst.total).toBeLessThan(AC_PATHS.recommended.total);
  await createTrainee(page, '贺明', 'BEST-1');
  await takeCall(page, AC);
  await reply(page, AC, worst.choices.slice(0, 1));
  await page.locator('.app-nav a[href="#/library"]').click();
  const card = page.getByRole('article', { name: AC.title['zh-CN'] });
  await expect(card.locator('.status')).toHaveText('进行中');
  // Giving the call up is asked first: "no" keeps it, focus on the safe answer.
  await card.getByRole('button', { name: '放弃并重新开始' }).click();
  await expect(card.locator('.restart-confirm')).toContainText('已经答过的回答会作废');
  await expect(card.getByRole('button', { name: '不了，保留这通' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(card.getByRole('button', { name: '放弃并重新开始' })).toBeVisible();
  await expect(card.locator('.status')).toHaveText('进行中');
  await card.getByRole('button', { name: '继续这个案例' }).click();
  await finishCall(page, AC, worst.choices.slice(1));
  await page.locator('.app-nav a[href="#/library"]').click();
  await expect(card.locator('.status')).toHaveText(`最高分 ${worst.total}`);

  // Practice from the first turn, the expert's way: a better total, but not a whole call of hers.
  await page.locator('.app-nav a[href="#/history"]').click();
  await page.locator('.history-row').first().getByRole('link').first().click();
  await page.getByRole('button', { name: '从第 1 句重练' }).click();
  await expect(page.locator('.tag-practice')).toBeVisible();
  await page.getByRole('button', { name: '接听', exact: true }).click();
  await finishCall(page, AC, AC_PATHS.recommended.choices);
  await page.getByRole('button', { name: '查看复盘' }).click();
  await expect(page.getByLabel(`总分 ${AC_PATHS.recommended.total}`)).toBeVisible();
  await page.locator('.app-nav a[href="#/library"]').click();
  await expect(card.locator('.status')).toHaveText(`最高分 ${worst.total}`);

  // A whole call the expert's way is her new best.
  await card.getByRole('button', { name: '接这通电话' }).click();
  await page.getByRole('button', { name: '接听', exact: true }).click();
  await finishCall(page, AC, AC_PATHS.recommended.choices);
  await page.locator('.app-nav a[href="#/library"]').click();
  await expect(card.locator('.status')).toHaveText(`最高分 ${AC_PATHS.recommended.total}`);
});

test('giving up an unfinished call, once confirmed, starts the case afresh and keeps the old call as abandoned', async ({
  page,
}) => {
  await createTrainee(page, '重来', 'AGAIN-1');
  await takeCall(page, AC);
  await reply(page, AC, AC_PATHS.recommended.choices.slice(0, 2));
  await page.locator('.app-nav a[href="#/library"]').click();
  const card = page.getByRole('article', { name: AC.title['zh-CN'] });
  await card.getByRole('button', { name: '放弃并重新开始' }).click();
  await card.getByRole('button', { name: '确定，重新开始' }).click();
  await expect(page.getByRole('button', { name: '接听', exact: true })).toBeVisible();
  await page.locator('.app-nav a[href="#/history"]').click();
  await expect(page.locator('.history-row').filter({ hasText: '已放弃' })).toHaveCount(1);
});
