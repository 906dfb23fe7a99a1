import { expect, test, type Locator, type Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import type { Scenario } from '../../src/engine/scenario-schema';
import { BUNDLED_SCENARIOS } from '../../src/scenarios/bundled';
import { packText } from '../../src/storage/custom-scenarios';
import { answerLabel } from './support/channel-words';
import { AC, AC_PATHS, createTrainee, openTrainerTool, reply } from './support/steps';

// A phone held upright: touch, no hover, 390 × 844.
test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

async function switchTo(page: Page, locale: 'zh-CN' | 'en') {
  await page.getByRole('button', { name: locale === 'en' ? /English/ : /中文/ }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
}

/** A screenshot of what a phone shows now, kept with the test's output for a person to look at. */
async function snap(page: Page, name: string) {
  await page.screenshot({ path: test.info().outputPath(`${name}.png`) });
}

/** A finger can hit it: at least 44 × 44 CSS pixels. */
async function expectTappable(target: Locator, what: string) {
  const box = await target.boundingBox();
  expect(box, what).not.toBeNull();
  expect(box!.width, `${what} width`).toBeGreaterThanOrEqual(44);
  expect(box!.height, `${what} height`).toBeGreaterThanOrEqual(44);
}

const COUNTER = BUNDLED_SCENARIOS.find((s) => s.id === 'classmate-deposit')!;

test('on a phone, the library, a counter and a phone case read true and every control is big enough', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await createTrainee(page, '真话', 'TRUE1');

  // The library asks which case, and the recommendation leads into its case.
  await expect(page.getByText('真话，今天练哪个案例？')).toBeVisible();
  const next = page.getByRole('complementary', { name: '推荐下一个案例' });
  await expect(next).toContainText('从最容易的案例开始');
  const go = next.getByRole('button');
  await expectTappable(go, 'recommended case button');
  // Industry, channel, difficulty, skill and form (one contact, several, a written reply).
  const filters = page.locator('.filters select');
  await expect(filters).toHaveCount(5);
  for (const [i, filter] of (await filters.all()).entries()) {
    await expectTappable(filter, `filter ${i + 1}`);
  }
  const counterCard = page.getByRole('article', { name: COUNTER.title['zh-CN'] });
  await expect(counterCard.getByRole('button', { name: '接待这位客户' })).toBeVisible();
  await expectTappable(
    counterCard.getByRole('button', { name: '接待这位客户' }),
    'case card button',
  );
  const navLinks = page.locator('.app-nav a');
  expect(await navLinks.count()).toBeGreaterThan(3);
  for (const link of await navLinks.all()) {
    await expectTappable(link, `header link ${await link.innerText()}`);
  }
  await snap(page, 'true-texts-library-zh-390');
  await switchTo(page, 'en');
  await expect(page.getByText('which case will you practise today?')).toBeVisible();
  await expect(
    page.getByRole('article', { name: COUNTER.title.en }).getByRole('button', {
      name: 'Serve this customer',
    }),
  ).toBeVisible();
  await switchTo(page, 'zh-CN');

  // The recommendation (the easiest case, at a counter) is a button a keyboard reaches too.
  await expect(next).toContainText(COUNTER.title['zh-CN']);
  await go.focus();
  await page.keyboard.press('Enter');

  // A counter case: the customer comes to the counter; nobody picks up a phone.
  const ringing = page.locator('.ringing');
  await expect(ringing.getByRole('status')).toHaveText(`${COUNTER.persona.name['zh-CN']}来到柜台`);
  await expect(
    page.getByRole('button', { name: answerLabel('counter'), exact: true }),
  ).toBeVisible();
  await expect(ringing).not.toContainText('接听');
  await expect(ringing.locator('.key-hint')).toBeHidden();
  await expectTappable(
    ringing.locator('label.challenge-toggle:not(.reply-mode-toggle)'),
    'timed challenge checkbox label',
  );
  await expectTappable(
    ringing.locator('label.reply-mode-toggle'),
    'say it yourself checkbox label',
  );
  await snap(page, 'true-texts-ringing-counter-zh-390');
  await switchTo(page, 'en');
  await expect(ringing.getByRole('status')).toHaveText(
    `${COUNTER.persona.name.en} comes to your counter`,
  );
  await expect(page.getByRole('button', { name: 'Greet', exact: true })).toBeVisible();
  await snap(page, 'true-texts-ringing-counter-en-390');
  await switchTo(page, 'zh-CN');

  // A phone case: the customer is calling the desk.
  await page.locator('.app-nav a[href="#/library"]').click();
  await page
    .getByRole('article', { name: AC.title['zh-CN'] })
    .getByRole('button', { name: '接这通电话' })
    .click();
  await expect(ringing.getByRole('status')).toHaveText(`${AC.persona.name['zh-CN']}打来投诉电话`);
  await snap(page, 'true-texts-ringing-phone-zh-390');
  await page.getByRole('button', { name: '接听', exact: true }).click();
  await expect(page.locator('.reply').first()).toBeVisible();
  await expect(page.locator('.replies .key-hint')).toBeHidden();
  await reply(page, AC, AC_PATHS.recommended.choices);
  await page.getByRole('button', { name: '查看复盘' }).click();

  // The path map's zoom buttons are named in the reader's language and big enough to tap.
  const controls = page.locator('.path-map .react-flow__controls');
  await controls.scrollIntoViewIfNeeded();
  for (const name of ['放大', '缩小', '适应窗口']) {
    await expectTappable(controls.getByRole('button', { name, exact: true }), `map ${name}`);
  }
  await expect(controls.getByRole('button', { name: /Zoom|Fit/ })).toHaveCount(0);
  await controls.screenshot({ path: test.info().outputPath('true-texts-map-controls-zh-390.png') });
  await snap(page, 'true-texts-debrief-map-zh-390');
  await switchTo(page, 'en');
  for (const name of ['Zoom in', 'Zoom out', 'Fit the map to the view']) {
    await expect(controls.getByRole('button', { name, exact: true })).toBeVisible();
  }
});

test('a pack import names each case by its title, in both languages', async ({
  page,
}, testInfo) => {
  const ours: Scenario = {
    ...AC,
    id: 'our-true-case',
    title: { 'zh-CN': '本中心：遥控器案例', en: 'Our centre: the remote case' },
  };
  const file = testInfo.outputPath('ours.pack.json');
  writeFileSync(file, packText([ours]));
  await createTrainee(page, '导入', 'TRUE2');
  await openTrainerTool(page, '案例包');
  await page.getByLabel('选择案例包文件').setInputFiles(file);
  await expect(page.getByRole('status').filter({ hasText: '已导入' })).toHaveText(
    '已导入 1 个案例：本中心：遥控器案例（our-true-case）',
  );
  await switchTo(page, 'en');
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toHaveText(
    'Imported 1 case: “Our centre: the remote case” (our-true-case)',
  );
});
