import { expect, test, type Page } from '@playwright/test';
import { indexScenario } from '../../src/engine/scenario-index';
import type { Locale } from '../../src/engine/vocabulary';
import { en } from '../../src/ui/i18n/en';
import { zhCN } from '../../src/ui/i18n/zh-CN';
import { AC, AC_PATHS, createTrainee, reply, snap, takeCall } from './support/steps';

const index = indexScenario(AC);
const keyLine = AC.nodes.flatMap((n) => n.lines).find((l) => l.keyCue)!.text;
const endingSummaries = AC.nodes.flatMap((n) => (n.kind === 'ending' ? [n.summary] : []));
const agitatedAt = AC.persona.agitatedAt ?? 60;

/** The replies of a path that promised something (a callback or a deadline), 1-based. */
const promisesOn = (choices: readonly string[]) =>
  choices.flatMap((id, i) => {
    const { behaviours } = index.choice(id)!.choice;
    return behaviours.includes('callback-promise') || behaviours.includes('commit-deadline')
      ? [i + 1]
      : [];
  });

/** Sentences of a paragraph, outside quotations, compared without spacing or punctuation. */
function sentences(text: string): string[] {
  const unquoted = text.replace(/“[^”]*”|"[^"]*"/g, (q) => q.replace(/[。.!?！？]/g, ''));
  return unquoted
    .split(/(?<=[。！？])|(?<=[.!?])\s+/)
    .map((s) => s.replace(/[\s\p{P}]+/gu, ''))
    .filter((s) => s.length > 0);
}

async function expectNoSentenceTwice(page: Page) {
  for (const comment of await page.locator('.turn-feedback').allInnerTexts()) {
    const said = sentences(comment);
    expect(new Set(said).size, comment).toBe(said.length);
  }
  const ending = sentences(await page.locator('.ending-account').innerText());
  expect(new Set(ending).size).toBe(ending.length);
}

async function expectMoodLabels(page: Page, choices: readonly string[], locale: Locale) {
  const feet = await page.locator('.turn-foot').allInnerTexts();
  expect(feet).toHaveLength(choices.length);
  const { agitated, calm } = (locale === 'en' ? en : zhCN).call;
  for (const foot of feet) {
    const anger = Number(/(\d+)/.exec(foot)![1]);
    expect(foot).toContain(anger >= agitatedAt ? agitated : calm);
  }
}

async function toEnglish(page: Page) {
  await page.getByRole('button', { name: /English/ }).click();
  await expect(page.getByRole('heading', { name: AC.title.en })).toBeVisible();
}

/** The whole debrief, and the frames a person reads first: the ending and the first replies. */
async function shoot(page: Page, name: string) {
  for (const [width, height] of [
    [1280, 800],
    [390, 844],
  ] as const) {
    await page.setViewportSize({ width, height });
    await snap(page, `${name}-${width}`);
    for (const part of ['.outcome-panel', '.turn-list'] as const) {
      await page.locator(part).scrollIntoViewIfNeeded();
      await page.screenshot({
        path: `test-results/screens/${name}-${width}${part.replace('.', '-')}.png`,
      });
    }
  }
}

test('a perfect call’s debrief says what happened, keeps the cue answer for the question, in Chinese and English', async ({
  page,
}) => {
  const choices = AC_PATHS.best.choices;
  await createTrainee(page, '韩冰', '3101');
  await takeCall(page, AC);
  await reply(page, AC, choices);
  await page.getByRole('button', { name: '查看复盘' }).click();

  const outcome = page.locator('.outcome-panel');
  await expect(outcome).toContainText('这次投诉以周先生满意告终。');
  await expect(outcome).toContainText('你当场追问，接住了');
  for (const n of promisesOn(choices))
    await expect(outcome).toContainText(`你在第 ${n} 次回答时承诺`);
  // The question below asks which line it was: nothing above it gives the line away.
  await expect(outcome).not.toContainText(keyLine['zh-CN']);
  for (const summary of endingSummaries) await expect(outcome).not.toContainText(summary['zh-CN']);
  await expect(page.locator('.cue-spotting legend')).toContainText('哪一句话透露了');
  await expect(page.getByText('这次没有涉及')).toHaveCount(0);
  await expect(page.getByLabel(`总分 ${AC_PATHS.best.total}`)).toBeVisible();
  await expectNoSentenceTwice(page);
  await expectMoodLabels(page, choices, 'zh-CN');
  await shoot(page, 'debrief-truth-perfect-zh');

  const cue = page.locator('.cue-spotting');
  await cue.getByRole('radio', { name: keyLine['zh-CN'] }).check();
  await cue.getByRole('button', { name: '就是这句' }).click();
  await expect(page.locator('.cue-moment')).toContainText('找对了');
  await expect(page.getByLabel(`总分 ${AC_PATHS.best.total}`)).toBeVisible();

  await toEnglish(page);
  await expect(outcome).toContainText('The complaint ended with Mr. Zhou satisfied.');
  await expect(outcome).toContainText('you followed it up on the spot');
  for (const n of promisesOn(choices))
    await expect(outcome).toContainText(`In reply ${n} you promised`);
  for (const summary of endingSummaries) await expect(outcome).not.toContainText(summary.en);
  await expectNoSentenceTwice(page);
  await expectMoodLabels(page, choices, 'en');
  await shoot(page, 'debrief-truth-perfect-en');
});

test('a poor call’s debrief names each fault once, and a wrong cue answer scores as skipping it, in Chinese and English', async ({
  page,
}) => {
  const choices = AC_PATHS.worst.choices;
  await createTrainee(page, '邹宁', '3102');
  await takeCall(page, AC);
  await reply(page, AC, choices);
  await page.getByRole('button', { name: '查看复盘' }).click();

  const outcome = page.locator('.outcome-panel');
  await expect(outcome).toContainText('周先生没等事情谈完就中断了沟通。');
  await expect(outcome).toContainText('这次沟通没有走到周先生流露真正在意的事那一步。');
  for (const summary of endingSummaries) await expect(outcome).not.toContainText(summary['zh-CN']);
  // A critical mistake's line names its rule once: the link, then what it means.
  const critical = page.locator('.critical li');
  await expect(critical.first()).toBeVisible();
  for (const item of await critical.all()) {
    const headline = await item.locator('a').innerText();
    const line = await item.innerText();
    expect(line.split(headline).length - 1, line).toBe(1);
  }
  const total = page.getByLabel(`总分 ${AC_PATHS.worst.total}`);
  await expect(total).toBeVisible();
  await expect(page.getByText('这次没有涉及')).toHaveCount(0);
  await expect(page.getByRole('region', { name: '各项得分' })).toContainText('失分：');
  // Every skill's score says where it came from: the rules behind it, or why there are none.
  for (const skill of await page.locator('.dimension:not(.is-unused)').all())
    await expect(skill.locator('.evidence')).not.toHaveCount(0);
  await expectNoSentenceTwice(page);
  await expectMoodLabels(page, choices, 'zh-CN');
  await shoot(page, 'debrief-truth-poor-zh');

  // Skipping the question and answering it wrongly score the same.
  const cue = page.locator('.cue-spotting');
  await cue.getByRole('radio').first().check();
  await cue.getByRole('button', { name: '就是这句' }).click();
  await expect(page.locator('.cue-moment')).toContainText('不是这句');
  await expect(total).toBeVisible();

  await toEnglish(page);
  await expect(outcome).toContainText('Mr. Zhou broke off before anything was settled.');
  await expect(outcome).toContainText('never reached the point where Mr. Zhou let slip');
  for (const summary of endingSummaries) await expect(outcome).not.toContainText(summary.en);
  await expectNoSentenceTwice(page);
  await expectMoodLabels(page, choices, 'en');
  await shoot(page, 'debrief-truth-poor-en');
});
