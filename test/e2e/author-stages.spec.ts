import { expect, test } from '@playwright/test';
import { bundledScenario } from '../../src/scenarios/bundled';
import { zhCN } from '../../src/ui/i18n/zh-CN';
import { openInOutline } from './support/author-steps';
import { createTrainee, openTrainerTool, replyText, snap } from './support/steps';

const STAGED = bundledScenario('dismissed-at-the-counter');
const A = zhCN.author;
const S = zhCN.authoringStages;
const callback = STAGED.stages![1]!;
const promise = callback.checks![0]!;

test('a staged case as a draft: its stages shown, test-played across the stage card, published', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await createTrainee(page, '林分段', 'STAGES1');
  await openTrainerTool(page, zhCN.trainerHub.tools.author.name);
  await page.getByLabel(A.copyPick).selectOption(STAGED.id);
  await page.getByRole('button', { name: A.copyButton }).click();

  // The case view lists the three contacts with what opens each and the promise the callback checks.
  await openInOutline(page, A.caseItem);
  const main = page.locator('.editor-main');
  const stages = main.locator('.stages-fields');
  await expect(stages.getByRole('heading', { name: S.heading })).toBeVisible();
  await expect(stages.locator('.stage-fields')).toHaveCount(3);
  await expect(stages.locator('[data-field="$.stages[1].startNode"]')).toHaveValue('callback-open');
  await expect(stages.locator('[data-field=\'$.stages[1].elapsed["zh-CN"]\']')).toHaveValue(
    callback.elapsed!['zh-CN'],
  );
  await expect(stages.locator('[data-field="$.stages[1].checks[0].fact"]')).toHaveValue(
    promise.fact,
  );
  await expect(stages.locator('[data-field="$.stages[1].checks[0].keptWhen"]')).toHaveValue(
    promise.keptWhen!,
  );
  const outline = page.getByRole('navigation', { name: A.outline });
  await expect(outline.getByRole('button', { name: /^callback-open/ })).toContainText(
    S.opensHere.replace('{{n}}', '2'),
  );
  await stages.scrollIntoViewIfNeeded();
  await snap(page, 'author-stages-fields-zh-1280');

  // A stage opening where another opens is reported, located, and fixed at its field.
  const postStart = stages.locator('[data-field="$.stages[2].startNode"]');
  await postStart.selectOption('callback-open');
  const problem = page.locator('.problems').getByRole('button', { name: /阶段 3/ });
  await expect(problem).toContainText('已有另一个阶段从“callback-open”开始');
  await expect(page.getByRole('button', { name: A.publish })).toBeDisabled();
  await problem.click();
  await expect(postStart).toBeFocused();
  await postStart.selectOption('post-open');
  await expect(problem).toHaveCount(0);

  // Test-play crosses into the callback: the card stands between, the promise shows as broken.
  const play = main.locator('.test-play');
  await play.getByRole('button', { name: zhCN.authorGuide.testPlayFromStart }).click();
  await play.getByRole('button', { name: replyText(STAGED, 'own-the-brush-off') }).click();
  await play.getByRole('button', { name: replyText(STAGED, 'promise-only') }).click();
  const go = play.getByRole('button', {
    name: zhCN.stages.continue.replace('{{stage}}', callback.title['zh-CN']),
  });
  await expect(go).toBeFocused();
  await expect(play.locator('.stage-interlude')).toContainText(callback.elapsed!['zh-CN']);
  await expect(play.locator('.promise-broken')).toContainText(promise.text['zh-CN']);
  await snap(page, 'author-stages-testplay-card-zh-1280');
  await page.keyboard.press('Enter');
  // The customer who was promised a call and never got one answers coldly.
  await play.getByRole('button', { name: replyText(STAGED, 'report-result') }).click();
  await expect(play.locator('.test-play-log .test-play-stage')).toContainText(
    callback.title['zh-CN'],
  );
  await expect(play.getByRole('button', { name: replyText(STAGED, 'own-it-now') })).toBeVisible();

  // On a phone: the stage fields fit the width and the card's button is a full tap target.
  await page.setViewportSize({ width: 390, height: 844 });
  await play.getByRole('button', { name: new RegExp(A.restart.split('{{')[0]!) }).click();
  await play.getByRole('button', { name: replyText(STAGED, 'own-the-brush-off') }).click();
  await play.getByRole('button', { name: replyText(STAGED, 'log-and-promise') }).click();
  await expect(play.locator('.promise-kept')).toContainText(promise.text['zh-CN']);
  const box = await go.boundingBox();
  expect(box!.height).toBeGreaterThanOrEqual(44);
  expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  await snap(page, 'author-stages-testplay-card-zh-390');
  await stages.scrollIntoViewIfNeeded();
  const stageBox = await stages.locator('.stage-fields').nth(1).boundingBox();
  expect(stageBox!.x + stageBox!.width).toBeLessThanOrEqual(390);
  const addPromise = stages.getByRole('button', { name: S.addPromise }).first();
  expect((await addPromise.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  await snap(page, 'author-stages-fields-zh-390');
  await page.setViewportSize({ width: 1280, height: 800 });

  // Published whole: the stages travel into the library.
  await page.getByRole('button', { name: A.publish }).click();
  await expect(page.getByRole('status').filter({ hasText: '已发布为版本 1' })).toBeVisible();
});
