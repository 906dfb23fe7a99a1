import { expect, test, type Page } from '@playwright/test';
import {
  AC,
  AC_PATHS,
  createTrainee,
  passRoleGate,
  reply,
  replyText,
  snap,
  takeCall,
} from './support/steps';
import { seriousViolations } from './support/axe';
import { foreignText, noHorizontalOverflow, switchTo } from './support/language-check';

/**
 * One screen in both languages at 1280×800: no serious axe violation, no text left in the other
 * language, nothing wider than the window, and a screenshot of each to look at.
 */
async function scanBothLanguages(page: Page, screen: string) {
  for (const [locale, short] of [
    ['zh-CN', 'zh'],
    ['en', 'en'],
  ] as const) {
    if (locale === 'en') await switchTo(page, 'en');
    expect(await seriousViolations(page), `${screen} in ${locale}`).toEqual([]);
    expect(await foreignText(page, locale), `${screen} text in ${locale}`).toEqual([]);
    await noHorizontalOverflow(page);
    await snap(page, `${screen.replaceAll(' ', '-')}-${short}-1280`);
  }
  await switchTo(page, 'zh-CN');
}

test('every screen passes an axe scan and reads fully in both languages at 1280×800', async ({
  page,
}) => {
  // Two full axe scans per screen, now including the PIN gate, outgrow the default minute.
  test.slow();
  await page.goto('./');
  await expect(page.getByRole('heading', { name: '我是谁？' })).toBeVisible();
  await scanBothLanguages(page, 'profiles');
  await createTrainee(page, 'Ming', 'L1280');
  await scanBothLanguages(page, 'library');
  await page
    .getByRole('article', { name: AC.title['zh-CN'] })
    .getByRole('button', { name: '接这通电话' })
    .click();
  await expect(page.locator('.ringing')).toBeVisible();
  await scanBothLanguages(page, 'ringing');
  await page.getByRole('button', { name: '接听', exact: true }).click();
  await reply(page, AC, AC_PATHS.recommended.choices.slice(0, 2));
  await scanBothLanguages(page, 'call');
  await reply(page, AC, AC_PATHS.recommended.choices.slice(2));
  await scanBothLanguages(page, 'ended');
  await page.getByRole('button', { name: '查看复盘' }).click();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await scanBothLanguages(page, 'debrief');
  await page.locator('.app-nav a[href="#/history"]').click();
  await expect(page.locator('.history-row')).toHaveCount(1);
  await scanBothLanguages(page, 'history');
  await page.locator('.app-nav a[href="#/trainer"]').click();
  await expect(page.getByRole('button', { name: '设置密码', exact: true })).toBeVisible();
  await scanBothLanguages(page, 'trainer PIN gate');
  await passRoleGate(page, 'trainer');
  await expect(page.getByRole('heading', { name: '培训师工作台', exact: true })).toBeVisible();
  await scanBothLanguages(page, 'trainer desk');
  await page.locator('.trainer-hub').getByRole('link', { name: '案例包', exact: true }).click();
  await expect(page.getByRole('heading', { name: '案例包', exact: true })).toBeVisible();
  await scanBothLanguages(page, 'case packs');
  await page.getByRole('link', { name: '录音' }).first().click();
  await expect(page.locator('.record-line').first()).toBeVisible();
  await scanBothLanguages(page, 'recording studio');
  await page.locator('.app-nav a[href="#/data"]').click();
  await expect(page.getByRole('heading', { name: '我的数据' })).toBeVisible();
  await scanBothLanguages(page, 'your data');
  await page.locator('.app-nav a[href="#/handbook"]').click();
  await scanBothLanguages(page, 'handbook');
  await page.locator('.handbook-card').last().click();
  await scanBothLanguages(page, 'handbook entry');
});

/** The anger meter as drawn the instant the customer's answer appears, and once it has settled. */
async function meterRightAfterReply(
  reducedMotion: 'reduce' | 'no-preference',
  browser: import('@playwright/test').Browser,
) {
  const context = await browser.newContext({ reducedMotion });
  const page = await context.newPage();
  await createTrainee(page, '动效', `MOTION-${reducedMotion}`);
  await takeCall(page, AC);
  const lines = await page.locator('.bubble-customer').count();
  await page.getByRole('button', { name: replyText(AC, AC_PATHS.recommended.choices[0]!) }).click();
  await expect(page.locator('.bubble-customer')).not.toHaveCount(lines);
  const fill = page.locator('.meter-anger .meter-fill');
  const drawn = () => fill.evaluate((el) => getComputedStyle(el).transform);
  const shown = await drawn();
  // Long past any easing: what the meter comes to rest at.
  await page.waitForTimeout(1500);
  const final = await drawn();
  await context.close();
  return { shown, final };
}

test('with reduced motion the meters jump to their value instead of easing', async ({
  browser,
}) => {
  const reduced = await meterRightAfterReply('reduce', browser);
  expect(reduced.shown).toBe(reduced.final);
  const animated = await meterRightAfterReply('no-preference', browser);
  expect(animated.shown).not.toBe(animated.final);
});
