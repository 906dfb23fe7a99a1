import { expect, test, type Locator, type Page } from '@playwright/test';
import { exampleCase } from '../../src/engine/authoring/example-case';
import type { DecisionNode } from '../../src/engine/scenario-schema';
import type { Locale } from '../../src/engine/vocabulary';
import { en } from '../../src/ui/i18n/en';
import { zhCN } from '../../src/ui/i18n/zh-CN';
import { answerLabel, takeLabel } from './support/channel-words';
import { E2E_SETUP_CODE } from './support/setup-code';
import { createTrainee, snap, TEST_PIN } from './support/steps';

const EXAMPLE = exampleCase('my-first-case');
const OPENING = EXAMPLE.nodes[0] as DecisionNode;
const MESSAGES = { 'zh-CN': zhCN, en } as const;

/** The trainer's own words for the case, typed over the example's. */
const OWN = {
  title: { 'zh-CN': '退款迟迟不到账', en: 'A Refund That Never Came' },
  line: {
    'zh-CN': '退款一个星期了还没到！你们到底什么时候退？',
    en: 'A week and my refund still has not come! When are you going to pay it?',
  },
};

/** Keyboard only: focus moves by the keyboard's own means (focus, then keys), never a click. */
async function activate(page: Page, target: Locator) {
  await target.focus();
  await page.keyboard.press('Enter');
}
async function typeOver(page: Page, field: Locator, text: string) {
  await field.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
  await expect(field).toHaveValue(text);
}

/** Sets the trainer PIN with the build's setup code, by keyboard. */
async function passTrainerGate(page: Page) {
  const gate = page.locator('.role-gate');
  await typeOver(page, gate.getByLabel('安装码'), E2E_SETUP_CODE);
  await typeOver(page, gate.getByLabel('新密码（6–12 位数字）'), TEST_PIN);
  await typeOver(page, gate.getByLabel('再输一次新密码'), TEST_PIN);
  await activate(page, gate.getByRole('button', { name: '设置密码', exact: true }));
  await activate(page, gate.getByRole('button', { name: '我已妥善保存' }));
  await expect(gate).toHaveCount(0);
}

async function firstCase(page: Page, locale: Locale, tag: string) {
  const M = MESSAGES[locale];
  const G = M.authorGuide;
  await createTrainee(page, `新培训师${tag}`, `FIRST-${tag}`);
  await activate(page, page.locator('.app-nav a[href="#/trainer"]'));
  await passTrainerGate(page);
  if (locale === 'en') await activate(page, page.locator('.language-switch'));
  await activate(
    page,
    page.locator('.trainer-hub').getByRole('link', { name: M.trainerHub.tools.author.name }),
  );

  // The guided flow starts from the filled example, with help beside each field.
  await activate(page, page.getByRole('button', { name: G.startButton }));
  await expect(page.getByRole('heading', { name: G.title })).toBeVisible();
  const title = page.getByRole('group', { name: M.author.fields.title, exact: true });
  const titleZh = title.getByLabel(M.author.lang['zh-CN'], { exact: true });
  await expect(titleZh).toHaveValue(EXAMPLE.title['zh-CN']);
  const help = page.locator(`#${await titleZh.getAttribute('aria-describedby')}`);
  await expect(help).toContainText(G.help.title.what);
  await expect(help).toContainText(G.help.title.why);
  await expect(help).toBeVisible();
  const rows = await page.locator('.guide-row').count();
  expect(rows).toBeGreaterThan(10);
  await expect(page.locator('.guide-row .guide-help')).toHaveCount(rows);
  await typeOver(page, titleZh, OWN.title['zh-CN']);
  await typeOver(page, title.getByLabel(M.author.lang.en, { exact: true }), OWN.title.en);
  const line = page.getByRole('group', { name: G.customerLine, exact: true });
  await typeOver(page, line.getByLabel(M.author.lang['zh-CN'], { exact: true }), OWN.line['zh-CN']);
  await typeOver(page, line.getByLabel(M.author.lang.en, { exact: true }), OWN.line.en);
  await expect(page.getByText(G.structureReady)).toBeVisible();
  await snap(page, `first-case-guided-${tag}`);

  // In the editor: advice, not errors; publishing is open.
  await activate(page, page.getByRole('button', { name: G.openEditor }));
  await expect(page.getByRole('heading', { name: OWN.title[locale] })).toBeVisible();
  await expect(page.locator('.problems .ok')).toHaveText(M.caseProblems.noErrors);
  await expect(page.locator('.problem-error, .problem-warning')).toHaveCount(0);
  expect(await page.locator('.problem-advice .problem').count()).toBeGreaterThan(0);
  await expect(page.getByRole('button', { name: M.author.publish })).toBeEnabled();
  await snap(page, `first-case-advice-${tag}`);

  // Test-play every reply from the start: each grade explained by its rules and their points.
  const panel = page.locator('.test-play');
  await activate(page, panel.getByRole('button', { name: G.testPlayFromStart }));
  for (const choice of OPENING.choices) {
    await expect(panel.locator('.test-play-now')).toContainText(OWN.line[locale]);
    await activate(page, panel.getByRole('button', { name: choice.text[locale] }));
    const grade = panel.locator('.test-play-grade');
    await expect(grade).toHaveCount(1);
    await expect(grade.locator('.grade')).toBeVisible();
    await expect(grade.locator('.turn-feedback')).toContainText(choice.note[locale]);
    expect(await grade.locator('.rule-points li').count()).toBeGreaterThan(0);
    await expect(grade.locator('.expert-shortfall')).toHaveCount(0);
    if (choice.recommended) await expect(grade).toContainText(G.isExpert);
    else
      await expect(grade.locator('.turn-expert')).toContainText(OPENING.choices[0]!.text[locale]);
    if (choice === OPENING.choices[1]) await snap(page, `first-case-test-play-${tag}`);
    await activate(
      page,
      panel.getByRole('button', { name: M.author.restart.replace('{{id}}', 'opening') }),
    );
  }

  await activate(page, page.getByRole('button', { name: M.author.publish }));
  await expect(
    page.getByRole('status').filter({ hasText: M.author.published.replace('{{version}}', '1') }),
  ).toBeVisible();

  // A trainee plays it from the library.
  await activate(page, page.locator('.app-nav a[href="#/library"]'));
  const card = page.getByRole('article', { name: OWN.title[locale] });
  await activate(page, card.getByRole('button', { name: takeLabel('phone', locale) }));
  await activate(
    page,
    page.getByRole('button', { name: answerLabel('phone', locale), exact: true }),
  );
  await expect(page.locator('.transcript-list')).toContainText(OWN.line[locale]);
  // The trainee explains the rules first: the debrief cites the rules that reply broke.
  const chosen = OPENING.choices[1]!.text[locale];
  const position = await page
    .locator('.reply')
    .evaluateAll(
      (buttons, text) => buttons.findIndex((b) => b.textContent?.includes(text)),
      chosen,
    );
  expect(position).toBeGreaterThanOrEqual(0);
  await page.keyboard.press(String(position + 1));
  await activate(page, page.getByRole('button', { name: M.call.openDebrief }));
  await expect(page.getByRole('heading', { name: M.debrief.turns })).toBeVisible();
  // The path map's zoom buttons speak the interface's language.
  const zoomIn = page.locator('.path-map .react-flow__controls-zoomin');
  await expect(zoomIn).toHaveAttribute('title', M.mapControls.zoomIn);
  await expect(zoomIn).toHaveAccessibleName(M.mapControls.zoomIn);
  await snap(page, `first-case-debrief-${tag}`);

  // A principle cited in the debrief opens its handbook entry, which leads back to the debrief.
  const debrief = page.url();
  await activate(page, page.locator('.turn-list .rule-link').first());
  await expect(page.locator('.handbook-entry h1')).toBeVisible();
  await activate(page, page.getByRole('link', { name: `← ${G.backToDebrief}` }));
  // The link's navigation lands after the key press returns: wait for it rather than read at once.
  await expect(page).toHaveURL(debrief);
  await expect(page.getByRole('heading', { name: M.debrief.turns })).toBeVisible();
}

test('a first-time trainer, keyboard only, in Chinese: guided case, advice, explained test-play, publish, a trainee plays it', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await firstCase(page, 'zh-CN', 'zh');
});

test('the same first case in English on a phone (390×844)', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await firstCase(page, 'en', 'en');
});
