import { expect, test, type Page } from '@playwright/test';
import { BUNDLED_SCENARIOS, bundledScenario } from '../../src/scenarios/bundled';
import { en } from '../../src/ui/i18n/en';
import { zhCN } from '../../src/ui/i18n/zh-CN';
import { noHorizontalOverflow } from './support/language-check';
import { createTrainee, passRoleGateIfShown, reply, snap, takeCall } from './support/steps';

const STAGED = bundledScenario('dismissed-at-the-counter');
const LETTER = bundledScenario('hospital-written-reply');
const callback = STAGED.stages![1]!;
const promise = callback.checks![0]!;

async function startSession(page: Page, caseId: string) {
  await page.goto('./#/group');
  await passRoleGateIfShown(page, 'trainer');
  await page.getByLabel('案例', { exact: true }).selectOption(caseId);
  await page.getByRole('button', { name: '开始研讨' }).click();
}

/** The room votes for a reply by its number key, the trainer reveals and follows the majority. */
async function roomFollows(page: Page, choiceId: string) {
  // The decision point showing this reply is on screen before its cards are counted.
  await expect(page.locator(`.vote-card[data-choice="${choiceId}"]`)).toBeVisible();
  const ids = await page
    .locator('.vote-card')
    .evaluateAll((cards) => cards.map((c) => c.getAttribute('data-choice')));
  const n = ids.indexOf(choiceId) + 1;
  expect(n).toBeGreaterThan(0);
  await page.keyboard.press(String(n));
  await expect(page.locator(`.vote-card[data-choice="${choiceId}"] .vote-count`)).toHaveText(
    '1 票',
  );
  await page.getByRole('button', { name: '揭晓投票结果' }).click();
  await page.getByRole('button', { name: `按多数意见走（回答 ${n}）` }).click();
}

test('a trainer runs a staged case with the room: the stage card shows the broken promise between contacts, once, and the decision points name their contact (1280×800 and 390×844)', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await startSession(page, STAGED.id);
  await expect(page.getByRole('heading', { name: '第 1 个决策点' })).toBeVisible();
  await expect(page.locator('.stage-header .eyebrow')).toContainText(
    `第 1/3 次接触 · ${STAGED.stages![0]!.title['zh-CN']}`,
  );
  await roomFollows(page, 'own-the-brush-off');
  await roomFollows(page, 'promise-only');

  // Two days later: the card says the callback promised at the counter was not kept.
  const card = page.getByRole('region', {
    name: `${callback.elapsed!['zh-CN']} · ${callback.title['zh-CN']}`,
  });
  await expect(card).toBeVisible();
  await expect(card.locator('.promise-broken')).toContainText(promise.text['zh-CN']);
  await expect(card.locator('.promise-broken')).toContainText(zhCN.stages.status.broken);
  const go = page.getByRole('button', {
    name: zhCN.stages.continue.replace('{{stage}}', callback.title['zh-CN']),
  });
  await expect(go).toBeFocused();
  await snap(page, 'group-stage-card-zh-1280');

  // A reload mid-case (the projector's browser restarted) goes straight on to the discussion.
  await page.reload();
  await passRoleGateIfShown(page, 'trainer');
  await expect(page.getByRole('heading', { name: '第 3 个决策点' })).toBeVisible();
  await expect(card).toHaveCount(0);
  await expect(page.locator('.stage-header .eyebrow')).toContainText(
    `第 2/3 次接触 · ${callback.elapsed!['zh-CN']} · ${callback.title['zh-CN']}`,
  );
  // The customer remembers: the line said when the promise was broken.
  await expect(page.locator('.stage-lines')).toContainText(
    STAGED.nodes.find((n) => n.id === 'callback-open')!.lines[2]!.text['zh-CN'],
  );
  await snap(page, 'group-stage-callback-zh-1280');
  await page.setViewportSize({ width: 390, height: 844 });
  await noHorizontalOverflow(page);
  await snap(page, 'group-stage-callback-zh-390');
});

test('the stage card on the call screen shows on arrival and not again after a reload (English, 390×844)', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await createTrainee(page, 'Reload', 'STAGE-RELOAD');
  await page.getByRole('button', { name: /English/ }).click();
  await takeCall(page, STAGED, 'en');
  await reply(page, STAGED, ['own-the-brush-off', 'log-and-promise'], 'en');
  const go = page.getByRole('button', {
    name: en.stages.continue.replace('{{stage}}', callback.title.en),
  });
  await expect(go).toBeFocused();
  await page.reload();
  await expect(page.locator('.transcript-list')).toContainText(
    STAGED.nodes.find((n) => n.id === 'callback-open')!.lines[0]!.text.en,
  );
  await expect(go).toHaveCount(0);
  await expect(page.locator(`.reply-list [data-choice="report-result"]`)).toBeVisible();
  await snap(page, 'call-stage-after-reload-en-390');
});

test('a written reply is composed on the projector as a letter (1280×800 and 390×844)', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await startSession(page, LETTER.id);
  await expect(page.getByRole('heading', { name: '回信第 1 段' })).toBeVisible();
  const opening = LETTER.nodes.find((n) => n.id === LETTER.start)!;
  const received = page.getByRole('region', { name: '来信' });
  await expect(received).toContainText(opening.lines[0]!.text['zh-CN']);
  await expect(page.getByRole('region', { name: '大家写的回信' })).toContainText(
    '还没有写任何段落',
  );
  const first = opening.kind === 'decision' ? opening.choices.find((c) => !c.send) : undefined;
  await roomFollows(page, first!.id);
  await expect(page.getByRole('heading', { name: '回信第 2 段' })).toBeVisible();
  await expect(page.getByRole('region', { name: '大家写的回信' })).toContainText(
    first!.text['zh-CN'],
  );
  await snap(page, 'group-letter-zh-1280');
  await page.setViewportSize({ width: 390, height: 844 });
  await noHorizontalOverflow(page);
  await snap(page, 'group-letter-zh-390');
});

test('role-play cards give each contact and its promise check; the library filters by form (1280×800 and 390×844)', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await createTrainee(page, '形式', 'FORM-ZH');
  const staged = BUNDLED_SCENARIOS.filter((s) => s.stages);
  await page.locator('form.filters').getByLabel('形式').selectOption('multi-contact');
  const cards = page.locator('.case-card');
  await expect(cards).toHaveCount(staged.length);
  for (const s of staged) {
    await expect(page.getByRole('article', { name: s.title['zh-CN'] })).toContainText(
      `多次接触 · ${s.stages!.length} 次`,
    );
  }
  await page.locator('form.filters').getByLabel('形式').selectOption('written-reply');
  await expect(cards).toHaveCount(
    BUNDLED_SCENARIOS.filter((s) => s.kind === 'written-reply').length,
  );
  await page.setViewportSize({ width: 390, height: 844 });
  await noHorizontalOverflow(page);
  await snap(page, 'library-form-filter-zh-390');

  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./#/roleplay');
  await passRoleGateIfShown(page, 'trainer');
  await page.getByLabel('案例', { exact: true }).selectOption(STAGED.id);
  const customer = page.getByRole('article', { name: zhCN.roleplay.customerCard });
  await expect(customer).toContainText('这个投诉分几次接触');
  await expect(customer).toContainText(`承诺“${promise.text['zh-CN']}”没兑现`);
  const rep = page.getByRole('article', { name: zhCN.roleplay.repCard });
  await expect(rep).toContainText(callback.title['zh-CN']);
  await expect(rep).not.toContainText(promise.text['zh-CN']);
  await snap(page, 'roleplay-staged-cards-zh-1280');
});
