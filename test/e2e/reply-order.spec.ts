import { expect, test, type Page } from '@playwright/test';
import { replyOrderSeed, shownReplies } from '../../src/engine/reply-order';
import { indexScenario } from '../../src/engine/scenario-index';
import type { DecisionNode } from '../../src/engine/scenario-schema';
import { readTables } from './support/read-tables';
import { AC, AC_PATHS, createTrainee, reply, replyText, takeCall } from './support/steps';

const EXPERT = AC_PATHS.recommended.choices;

/** The reply ids in the order the call screen shows them. */
function shownOrder(page: Page): Promise<string[]> {
  return page
    .locator('.reply-list .reply')
    .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-choice')!));
}

test('a call shows its replies in its own order, the same after a reload, and the number keys follow it', async ({
  page,
}) => {
  await createTrainee(page, '顺序', 'ORDER-1');
  await takeCall(page, AC);
  await reply(page, AC, EXPERT.slice(0, 1));
  const node = indexScenario(AC).choice(EXPERT[1]!)!.node as DecisionNode;
  await expect(page.locator('.reply-list .reply')).toHaveCount(node.choices.length);

  // The order on screen is the one drawn from this call's stored id, not the authored one.
  const tables = await readTables(page);
  const trainee = tables.profiles!.find((p) => p.employeeId === 'ORDER-1')!;
  const call = tables.attempts!.find((a) => a.profileId === trainee.id && a.status === 'active')!;
  const drawn = shownReplies(node, replyOrderSeed({ id: String(call.id) })).map((c) => c.id);
  const before = await shownOrder(page);
  expect(before).toEqual(drawn);

  await page.reload();
  await expect(page.locator('.reply-list .reply')).toHaveCount(node.choices.length);
  expect(await shownOrder(page)).toEqual(before);

  // Key 1 answers with the first reply shown, whichever the case lists first.
  await page.keyboard.press('1');
  await expect(page.locator('.bubble-trainee').last()).toContainText(replyText(AC, before[0]!));
});
