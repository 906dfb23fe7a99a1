import { expect, test } from '@playwright/test';
import { analysePaths } from '../../src/engine/analyse-paths';
import type { Channel } from '../../src/engine/vocabulary';
import { BUNDLED_SCENARIOS } from '../../src/scenarios/bundled';
import { createTrainee, reply, takeCall } from './support/steps';

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
