import { expect, test } from '@playwright/test';
import { replayChoices } from '../../src/engine/replay';
import {
  AC,
  AC_PATHS,
  createTrainee,
  reply,
  replyText,
  snap,
  takeCall,
  transcriptTexts,
} from './support/steps';

test('trainee takes the air-conditioner call the expert way and is told it was resolved', async ({
  page,
}) => {
  await createTrainee(page, '王小明', '1024');
  await takeCall(page, AC);
  await reply(page, AC, AC_PATHS.recommended.choices.slice(0, 3));
  await snap(page, 'call-zh-1280');
  await reply(page, AC, AC_PATHS.recommended.choices.slice(3));
  await expect(page.getByText('问题解决，客户满意').first()).toBeVisible();
  await page.getByRole('button', { name: '查看复盘' }).click();
  const total = page.getByLabel(/^总分 \d+$/);
  await expect(total).toBeVisible();
  const score = Number((await total.getAttribute('aria-label'))!.replace('总分 ', ''));
  expect(score).toBeGreaterThanOrEqual(90);
  await expect(page.getByRole('heading', { name: '逐句点评' })).toBeVisible();
  await expect(page.locator('.turn')).toHaveCount(AC_PATHS.recommended.choices.length);
  await snap(page, 'debrief-zh-1280');
});

test('trainee who handles the call worst ends in escalation with a low score', async ({ page }) => {
  const worst = replayChoices(AC, AC_PATHS.worst.choices);
  await createTrainee(page, '李华', '2048');
  await takeCall(page, AC);
  await reply(page, AC, AC_PATHS.worst.choices);
  await page.getByRole('button', { name: '查看复盘' }).click();
  const total = page.getByLabel(/^总分 \d+$/);
  const score = Number((await total.getAttribute('aria-label'))!.replace('总分 ', ''));
  expect(score).toBe(worst.score.total);
  expect(score).toBeLessThanOrEqual(35);
  await expect(page.locator('.outcome').first()).toHaveClass(
    /outcome-(escalated|customer-hung-up|public-complaint)/,
  );
  await expect(page.getByRole('heading', { name: '严重错误' })).toHaveCount(
    worst.score.criticalErrors.length > 0 ? 1 : 0,
  );
});

test('trainee plays a whole call with the keyboard only', async ({ page }) => {
  await createTrainee(page, '张伟', '4096');
  await page
    .getByRole('article', { name: AC.title['zh-CN'] })
    .getByRole('button', { name: '接这通电话' })
    .focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: '接听', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  // The first replies take the focus the answer button had: one Tab reaches the first of them.
  await expect(page.getByRole('region', { name: /你的回答/ })).toBeFocused();
  for (const id of AC_PATHS.recommended.choices) {
    const button = page.getByRole('button', { name: replyText(AC, id) });
    // The next replies appear only once the customer has answered; read their order after that.
    await expect(button).toBeVisible();
    const position = await page
      .locator('.reply')
      .evaluateAll(
        (buttons, text) => buttons.findIndex((b) => b.textContent?.includes(text)),
        replyText(AC, id),
      );
    expect(position).toBeGreaterThanOrEqual(0);
    if (id === AC_PATHS.recommended.choices[0]) {
      // The first reply is chosen on its focused button: once the customer answers, focus waits
      // in the replies' region and one Tab reaches the first of the next replies.
      await button.focus();
      await page.keyboard.press('Enter');
      await expect(button).toHaveCount(0);
      await expect(page.getByRole('region', { name: /你的回答/ })).toBeFocused();
      await page.keyboard.press('Tab');
      await expect(page.locator('.reply').first()).toBeFocused();
      continue;
    }
    await page.keyboard.press(String(position + 1));
    await expect(button).toHaveCount(0);
    // A number key leaves focus where the next replies appear, not on the page.
    if (id !== AC_PATHS.recommended.choices.at(-1))
      await expect(page.getByRole('region', { name: /你的回答/ })).toBeFocused();
  }
  await expect(page.getByRole('button', { name: '查看复盘' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: '逐句点评' })).toBeVisible();
  // The new screen's content has the focus, not the page: Tab goes on from there.
  await expect(page.locator('#main')).toBeFocused();
});

test('trainee resumes an interrupted call after reloading the page', async ({ page }) => {
  await createTrainee(page, '赵敏', '8192');
  await takeCall(page, AC);
  await reply(page, AC, AC_PATHS.recommended.choices.slice(0, 3));
  const before = await transcriptTexts(page);
  const nextReply = replyText(AC, AC_PATHS.recommended.choices[3]!);
  await page.reload();
  await expect(page.getByRole('button', { name: nextReply })).toBeVisible();
  expect(await transcriptTexts(page)).toEqual(before);
  await reply(page, AC, AC_PATHS.recommended.choices.slice(3));
  await expect(page.getByRole('button', { name: '查看复盘' })).toBeVisible();
});

test('a second tab cannot open the same trainee’s call at the same time', async ({
  page,
  context,
}) => {
  await createTrainee(page, '孙丽', '16384');
  await takeCall(page, AC);
  await reply(page, AC, AC_PATHS.recommended.choices.slice(0, 1));
  const second = await context.newPage();
  await second.goto(page.url());
  await expect(second.getByRole('alert')).toContainText('另一个标签页');
  await expect(second.locator('.reply')).toHaveCount(0);
});

test('a second profile with a taken employee id is refused with a clear message', async ({
  page,
}) => {
  await createTrainee(page, '周杰', '777');
  await page.getByRole('link', { name: '切换学员' }).click();
  await page.getByLabel('姓名', { exact: true }).fill('周杰二号');
  await page.getByLabel('工号', { exact: true }).fill('777');
  await page.getByRole('button', { name: '创建并进入' }).click();
  await expect(page.getByRole('alert')).toContainText('这个工号已经有人用了');
});
