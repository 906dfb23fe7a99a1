import { expect, test } from '@playwright/test';
import { zhCN } from '../../src/ui/i18n/zh-CN';
import { oneDecisionCase } from '../support/one-decision-case';
import { openInOutline, writeCaseFields, writeNode } from './support/author-steps';
import { createTrainee, openTrainerTool, snap } from './support/steps';

const A = zhCN.author;
const P = zhCN.caseProblems;
const FIRST = oneDecisionCase();

test('a one-decision case publishes with advice shown; a reply without behaviours is an error in a trainer’s words that leads to its field', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await createTrainee(page, '门培训', 'GATE1');
  await openTrainerTool(page, zhCN.trainerHub.tools.author.name);
  await page.getByRole('button', { name: A.newCase }).click();
  await expect(page.getByRole('heading', { name: A.untitled })).toBeVisible();

  await writeCaseFields(page, FIRST);
  for (const node of FIRST.nodes) await writeNode(page, node);

  // Sound, so publishable; the teaching checks are advice beside it, never in the way.
  const checks = page.locator('.problems');
  const publish = page.getByRole('button', { name: A.publish });
  await expect(publish).toBeEnabled();
  await expect(page.locator('#publish-reason')).toContainText('可以发布了');
  const advice = checks.locator('.advice');
  await expect(advice.getByRole('heading', { name: /^建议（\d+）$/ })).toBeVisible();
  await expect(advice).toContainText(P.adviceIntro);
  await expect(advice).toContainText('还没有把客户的哪句话标为关键句');
  await expect(advice).toContainText('为什么：关键句透露客户真正想要什么');
  await expect(checks.locator('.problem-error')).toHaveCount(0);
  await expect(checks).not.toContainText('$.');
  await snap(page, 'gates-advice-zh-1280');

  // A reply with no behaviour: an error naming the decision point, the reply, the field and what
  // to do, with no JSON path and none of the schema library's words.
  await openInOutline(page, 'opening');
  const secondReply = page.getByRole('region', { name: A.reply.heading.replace('{{n}}', '2') });
  await secondReply.getByRole('button', { name: /^去掉标签：/ }).click();
  const error = checks.locator('.problem-error').getByRole('button');
  await expect(error).toHaveCount(1);
  await expect(error).toContainText('决策点 1（“家里一滴水都没有');
  await expect(error).toContainText('回答 2（“停水是自来水公司的事');
  await expect(error).toContainText('行为标签');
  await expect(error).toContainText('每个回答至少选一个行为标签');
  await expect(page.locator('main')).not.toContainText('$.');
  await expect(page.locator('main')).not.toContainText(/数值过小|期望 array|Too small/);
  await expect(publish).toBeDisabled();
  await snap(page, 'gates-error-zh-1280');

  // Leaving the node first: the problem's button brings the author back to the field.
  await openInOutline(page, A.caseItem);
  await error.click();
  const picker = secondReply.getByLabel(A.reply.addBehaviour);
  await expect(picker).toBeFocused();
  await picker.selectOption('blame');

  // Fixed, it publishes with the advice still outstanding.
  await expect(checks.locator('.problem-error')).toHaveCount(0);
  await expect(publish).toBeEnabled();
  await publish.click();
  await expect(page.getByRole('status').filter({ hasText: '已发布为版本 1' })).toBeVisible();
  await expect(advice).toBeVisible();

  // The same checks in English.
  await page.getByRole('button', { name: /English/ }).click();
  await expect(advice.getByRole('heading', { name: /^Advice \(\d+\)$/ })).toBeVisible();
  await expect(advice).toContainText('Why: ');
  await expect(page.locator('main')).not.toContainText('$.');
});
