import { expect, test, type Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import type { DecisionNode, LocalizedText, Scenario } from '../../src/engine/scenario-schema';
import type { Locale } from '../../src/engine/vocabulary';
import { packText } from '../../src/storage/custom-scenarios';
import { AC, createTrainee, openTrainerTool } from './support/steps';

/** The most a reply may hold (the validation cap): the call screen must show four of these. */
const CAP: Record<Locale, number> = { 'zh-CN': 200, en: 400 };
const MORE: LocalizedText = {
  'zh-CN':
    '我把您说的情况一条条记下来，稍后跟您再核对一遍，保证不漏掉任何细节；这件事我会一直跟到底，有进展第一时间打电话告诉您。',
  en: ' I am writing down everything you tell me and will read it back before we finish, so nothing gets lost; I will stay with this until it is settled and call you the moment there is news.',
};

/** A work-order number as a trainer may paste it: one long word that must wrap, not overflow. */
const ORDER_NUMBER = 'QL20261206000123456789012345678901234567';

/** A reply run out to exactly the cap, in each language, from its own words (and maybe an order number). */
function atCap(text: LocalizedText, withNumber: boolean): LocalizedText {
  const stretch = (locale: Locale, stop: string) => {
    let out = withNumber ? `${text[locale]} ${ORDER_NUMBER} ` : text[locale];
    while ([...out].length < CAP[locale]) out += MORE[locale];
    return [...out].slice(0, CAP[locale] - 1).join('') + stop;
  };
  return { 'zh-CN': stretch('zh-CN', '。'), en: stretch('en', '.') };
}

const opening = AC.nodes.find((n) => n.id === AC.start) as DecisionNode;
const LONG: Scenario = {
  ...AC,
  id: 'long-replies',
  title: { 'zh-CN': '长回答：遥控器', en: 'Long replies: the remote' },
  nodes: AC.nodes.map((n) =>
    n === opening
      ? {
          ...opening,
          choices: opening.choices.map((c, i) => ({ ...c, text: atCap(c.text, i === 1) })),
        }
      : n,
  ),
};
const REPLIES = (LONG.nodes.find((n) => n.id === AC.start) as DecisionNode).choices;

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
  height: number;
  clipped: boolean;
  fontSize: number;
  text: string;
}

/** Each reply button as rendered: its box, whether any of its text is cut off, its type size. */
function replyBoxes(page: Page): Promise<Box[]> {
  return page.locator('.reply-list .reply').evaluateAll((buttons) =>
    buttons.map((button) => {
      const words = button.querySelector('span')!;
      const r = button.getBoundingClientRect();
      const w = words.getBoundingClientRect();
      return {
        top: r.top,
        bottom: r.bottom,
        left: r.left,
        right: r.right,
        height: r.height,
        clipped:
          button.scrollHeight > button.clientHeight ||
          button.scrollWidth > button.clientWidth ||
          words.scrollHeight > words.clientHeight ||
          words.scrollWidth > words.clientWidth ||
          w.bottom > r.bottom ||
          w.right > r.right,
        fontSize: parseFloat(getComputedStyle(words).fontSize),
        text: words.textContent ?? '',
      };
    }),
  );
}

async function checkReplies(page: Page, locale: Locale, name: string) {
  const viewport = page.viewportSize()!;
  await expect(page.locator('.reply-list .reply')).toHaveCount(4);
  // The other language's messages load when it is chosen: the replies change once they arrive.
  await expect
    .poll(async () => (await replyBoxes(page)).map((b) => b.text).sort())
    .toEqual(REPLIES.map((c) => c.text[locale]).sort());
  const boxes = await replyBoxes(page);
  for (const [i, box] of boxes.entries()) {
    expect([...box.text].length, `reply ${i + 1}`).toBe(CAP[locale]);
    expect(box.clipped, `reply ${i + 1} clipped`).toBe(false);
    expect(box.fontSize, `reply ${i + 1} font size`).toBeGreaterThanOrEqual(16);
    expect(box.height, `reply ${i + 1} height`).toBeGreaterThanOrEqual(44);
    expect(box.left, `reply ${i + 1} left edge`).toBeGreaterThanOrEqual(0);
    expect(box.right, `reply ${i + 1} right edge`).toBeLessThanOrEqual(viewport.width);
    for (const other of boxes.slice(i + 1)) {
      const apart =
        box.bottom <= other.top ||
        other.bottom <= box.top ||
        box.right <= other.left ||
        other.right <= box.left;
      expect(apart, `replies ${i + 1} and ${boxes.indexOf(other) + 1} overlap`).toBe(true);
    }
  }
  const span = Math.max(...boxes.map((b) => b.bottom)) - Math.min(...boxes.map((b) => b.top));
  if (viewport.width >= 1280) {
    // On a desktop the four fit on screen together, so they can be compared at a glance.
    expect(span, 'the four replies together').toBeLessThanOrEqual(viewport.height);
  }
  // Every reply can be brought on screen (the page scrolls on a phone).
  for (const button of await page.locator('.reply-list .reply').all()) {
    await button.scrollIntoViewIfNeeded();
    const at = (await button.boundingBox())!;
    // Within a pixel: scrolling lands on whole pixels, boxes may not.
    expect(at.y).toBeGreaterThanOrEqual(-1);
    expect(at.y + at.height).toBeLessThanOrEqual(viewport.height + 1);
  }
  await page.locator('.reply-list').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `test-results/screens/long-replies-${name}-viewport.png` });
  await page.screenshot({ path: `test-results/screens/long-replies-${name}.png`, fullPage: true });
}

test('four replies at the length cap show whole, apart and readable on a desktop and a phone, in both languages', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const file = testInfo.outputPath('long.pack.json');
  writeFileSync(file, packText([LONG]));
  await createTrainee(page, '长句', 'LONG-1');
  await openTrainerTool(page, '案例包');
  await page.getByLabel('选择案例包文件').setInputFiles(file);
  await expect(page.getByRole('status').filter({ hasText: '已导入 1 个案例' })).toBeVisible();
  await page.locator('.app-nav a[href="#/library"]').click();
  const card = page.getByRole('article', { name: LONG.title['zh-CN'] });
  await card.getByRole('button', { name: '接这通电话' }).click();
  await page.getByRole('button', { name: '接听', exact: true }).click();
  // The timed challenge is on (difficulty 4): the timer shows with the long replies.
  await expect(page.locator('.reply-timer')).toBeVisible();

  await checkReplies(page, 'zh-CN', 'zh-1280');
  await page.getByRole('button', { name: /English/ }).click();
  await checkReplies(page, 'en', 'en-1280');
  await page.setViewportSize({ width: 390, height: 844 });
  await checkReplies(page, 'en', 'en-390');
  await page.getByRole('button', { name: /中文/ }).click();
  await checkReplies(page, 'zh-CN', 'zh-390');

  // The call goes on: the chosen long reply lands whole in the transcript and the customer answers.
  const expert = REPLIES.find((c) => c.recommended)!;
  await page.locator(`.reply[data-choice="${expert.id}"]`).click();
  await expect(page.locator('.bubble-trainee').last()).toContainText(expert.text['zh-CN']);
  await expect(page.locator('.reply-list .reply').first()).toBeVisible();
  await expect(page.locator('.reply-timer')).toBeVisible();
});
