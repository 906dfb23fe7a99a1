import { expect, test, type Page } from '@playwright/test';
import { analysePaths } from '../../src/engine/analyse-paths';
import type { Locale } from '../../src/engine/vocabulary';
import { bundledScenario } from '../../src/scenarios/bundled';
import { en } from '../../src/ui/i18n/en';
import { zhCN } from '../../src/ui/i18n/zh-CN';
import { caseTakeLabel } from './support/channel-words';
import { createTrainee, replyText, snap } from './support/steps';

const LETTER = bundledScenario('hospital-written-reply');
const EXPERT = analysePaths(LETTER).recommended.choices;
/** The expert's letter but for the second paragraph: the source's own figures, "within guidelines". */
const MINE = EXPERT.map((id, i) => (i === 1 ? 'guideline-figures' : id));
const WORDS = { 'zh-CN': zhCN.writtenReply, en: en.writtenReply } as const;

/** Chooses a paragraph or Send with its number key, as shown on screen, and waits until recorded. */
async function chooseByKey(page: Page, choiceId: string) {
  const shown = await page
    .locator('.letter-choices .reply')
    .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-choice')!));
  const at = shown.indexOf(choiceId);
  expect(at, `${choiceId} among ${shown.join(', ')}`).toBeGreaterThanOrEqual(0);
  await page.keyboard.press(String(at + 1));
  await expect(page.locator(`.letter-choices [data-choice="${choiceId}"]`)).toHaveCount(0);
}

async function composeAndSend(page: Page, locale: Locale, shots: string) {
  const words = WORDS[locale];
  await page
    .getByRole('article', { name: LETTER.title[locale] })
    .getByRole('button', { name: caseTakeLabel(LETTER, locale) })
    .click();
  // No ringing and no timer: the letter starts from a focused button, by keyboard.
  const begin = page.getByRole('button', { name: words.start.begin });
  await expect(begin).toBeFocused();
  await expect(page.locator('.challenge-toggle')).toHaveCount(0);
  await page.keyboard.press('Enter');

  const received = page.getByRole('region', { name: words.familyLetter });
  await expect(received).toContainText(LETTER.nodes[0]!.lines[3]!.text[locale]);
  await expect(page.locator('.reply-timer')).toHaveCount(0);

  for (const [i, id] of MINE.entries()) {
    const slot = i + 1;
    await expect(page.locator('#letter-slot-title')).toContainText(
      words.nextSlot.replace('{{n}}', String(slot)),
    );
    // Send is offered from the third slot on, never before.
    await expect(page.locator('.letter-choices .letter-send')).toHaveCount(slot < 3 ? 0 : 1);
    if (slot === 3) await snap(page, `${shots}-compose`);
    await chooseByKey(page, id);
    if (i < MINE.length - 1) {
      // The letter so far, in order, ends with the paragraph just chosen.
      const draft = page.getByRole('region', { name: words.yourLetter });
      await expect(draft.locator('.letter-paragraph')).toHaveCount(slot);
      await expect(draft.locator('.letter-paragraph').last()).toContainText(
        replyText(LETTER, id, locale),
      );
      await expect(page.getByRole('region', { name: words.reading })).toBeVisible();
    }
  }

  await expect(page.getByText(words.sent.title)).toBeVisible();
  await snap(page, `${shots}-sent`);
  // The way to the debrief is focused: Enter opens it.
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: words.debrief.title })).toBeVisible();
}

/** The two letters side by side: the trainee's as sent, the expert's, and where they differ. */
async function expectTwoLetters(page: Page, locale: Locale, shots: string) {
  const words = WORDS[locale];
  const letters = page.locator('.letter-comparison');
  const yours = letters.locator('section').nth(0);
  const expert = letters.locator('section').nth(1);
  await expect(yours.locator('.letter-paragraph')).toHaveCount(MINE.length);
  await expect(expert.locator('.letter-paragraph')).toHaveCount(EXPERT.length);
  for (const [i, id] of MINE.entries()) {
    await expect(yours.locator('.letter-paragraph').nth(i)).toContainText(
      replyText(LETTER, id, locale),
    );
    await expect(expert.locator('.letter-paragraph').nth(i)).toContainText(
      replyText(LETTER, EXPERT[i]!, locale),
    );
  }
  await expect(yours.locator('.letter-paragraph').nth(1)).toContainText(words.debrief.differs);
  await expect(yours.locator('.letter-paragraph').nth(0)).toContainText(words.debrief.same);
  // Side by side where there is room, one above the other on a phone.
  const [a, b] = [await yours.boundingBox(), await expert.boundingBox()];
  if ((page.viewportSize()?.width ?? 0) >= 1000) expect(Math.abs(a!.y - b!.y)).toBeLessThan(2);
  else expect(b!.y).toBeGreaterThan(a!.y + a!.height - 1);
  await snap(page, `${shots}-debrief`);
  await letters.screenshot({ path: `test-results/screens/${shots}-letters.png` });
}

test('a written reply composed by keyboard in Chinese at 1280×800, sent, and compared with the expert’s letter', async ({
  page,
}) => {
  await createTrainee(page, '回信', 'LETTER-ZH');
  await composeAndSend(page, 'zh-CN', 'written-reply-zh-1280');
  await expectTwoLetters(page, 'zh-CN', 'written-reply-zh-1280');
});

test('a written reply composed by keyboard in English at 390×844, sent, and compared with the expert’s letter', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await createTrainee(page, 'Letter', 'LETTER-EN');
  await page.getByRole('button', { name: /English/ }).click();
  await composeAndSend(page, 'en', 'written-reply-en-390');
  await expectTwoLetters(page, 'en', 'written-reply-en-390');
  // Nothing runs off a phone's screen sideways.
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  // The history calls it a written reply, not a call, and its row fits the phone too.
  await page.locator('.app-nav a[href="#/history"]').click();
  const row = page.locator('.history-row').filter({ hasText: LETTER.title.en });
  await expect(row.locator('.tag-letter')).toHaveText(en.writtenReply.tag);
  expect(
    await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    ),
  ).toBeLessThanOrEqual(0);
  await snap(page, 'written-reply-history-en-390');
});
