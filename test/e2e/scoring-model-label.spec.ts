import { expect, test, type Page } from '@playwright/test';
import { SCORING_MODEL_VERSION } from '../../src/engine/scoring/model-version';
import {
  AC,
  AC_PATHS,
  createTrainee,
  passRoleGateIfShown,
  reply,
  snap,
  takeCall,
} from './support/steps';

const EARLIER = SCORING_MODEL_VERSION - 1;

/**
 * Stores the call as the app of the earlier scoring model left it: the same record, graded by that
 * model. Returns what the story needs of it: its owner and a customer line that is not the key cue.
 */
const gradedByEarlierModel = (page: Page, attemptId: string) =>
  page.evaluate(
    ([id, scoringModel]) =>
      new Promise<{ profileId: string; notTheCue: number }>((resolve, reject) => {
        const open = indexedDB.open('complaint-desk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('attempts', 'readwrite');
          const store = tx.objectStore('attempts');
          const read = store.get(id);
          let found: { profileId: string; notTheCue: number } | undefined;
          read.onsuccess = () => {
            const attempt = read.result as {
              profileId: string;
              transcript: { speaker: string; keyCue?: boolean }[];
            };
            found = {
              profileId: attempt.profileId,
              notTheCue: attempt.transcript.findIndex((e) => e.speaker === 'customer' && !e.keyCue),
            };
            store.put({ ...attempt, scoringModel });
          };
          tx.oncomplete = () => {
            open.result.close();
            resolve(found!);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [attemptId, EARLIER] as const,
  );

async function noHorizontalOverflow(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

/** The first screenful, where the debrief's header and its note are (the full page runs long). */
async function snapTop(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `test-results/screens/${name}.png` });
}

const totalOf = async (page: Page, label: string) => {
  const total = page.getByLabel(new RegExp(`^${label} \\d+$`)).first();
  await expect(total).toBeVisible();
  return (await total.getAttribute('aria-label'))!;
};

test('a call graded by the earlier scoring model keeps its grade and says so in History, the debrief and for HR, in Chinese and English', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await createTrainee(page, '陈静', 'MODEL-1');

  // Two calls: the first will be the one an earlier model graded, the second stays current.
  await takeCall(page, AC);
  await reply(page, AC, AC_PATHS.recommended.choices);
  await page.getByRole('button', { name: '查看复盘' }).click();
  await expect(page.getByRole('heading', { name: '逐句点评' })).toBeVisible();
  const oldId = page.url().split('/debrief/')[1]!;
  await page.goto('./#/library');
  await takeCall(page, AC);
  await reply(page, AC, AC_PATHS.recommended.choices);
  await expect(page.getByRole('button', { name: '查看复盘' })).toBeVisible();
  const { profileId, notTheCue } = await gradedByEarlierModel(page, oldId);
  expect(notTheCue).toBeGreaterThanOrEqual(0);

  const zhLabel = `按旧评分标准（v${EARLIER}）评分`;
  await page.goto('./#/history');
  const rows = page.locator('.history-row');
  await expect(rows).toHaveCount(2);
  await expect(page.locator('.tag-earlier-model')).toHaveCount(1);
  const oldRow = page.locator(`.history-row:has(a[href="#/debrief/${oldId}"])`);
  await expect(oldRow.locator('.tag-earlier-model')).toHaveText(zhLabel);
  await expect(oldRow.locator('.tag-earlier-model')).toHaveAttribute(
    'title',
    `评分标准已更新到 v${SCORING_MODEL_VERSION}；这通电话的成绩按当时的标准保留，没有重新评分。`,
  );
  await noHorizontalOverflow(page);
  await snap(page, 'scoring-model-history-zh-390');

  await oldRow.getByRole('link').click();
  await expect(page.locator('.debrief-header .tag-earlier-model')).toHaveText(zhLabel);
  await expect(page.getByRole('note').filter({ hasText: '成绩保留不变' })).toHaveText(
    `评分标准已更新到 v${SCORING_MODEL_VERSION}。这通电话按当时的 v${EARLIER} 标准评分，成绩保留不变；之后再标出的关键线索只作记录，不改动成绩。`,
  );
  const graded = await totalOf(page, '总分');
  // A wrong cue mark is recorded, and the grade the earlier model gave stays as it was.
  await page.locator(`input[name="cue"][value="${notTheCue}"]`).check();
  await page.getByRole('button', { name: '就是这句' }).click();
  await expect(page.getByText('不是这句。')).toBeVisible();
  expect(await totalOf(page, '总分')).toBe(graded);
  await noHorizontalOverflow(page);
  await snapTop(page, 'scoring-model-debrief-zh-390');

  await page.goto(`./#/hr/person/${profileId}`);
  await passRoleGateIfShown(page, 'hr');
  const calls = page.locator('.person-call');
  await expect(calls).toHaveCount(2);
  await expect(calls.locator('.tag-earlier-model')).toHaveCount(1);
  await expect(calls.locator('.tag-earlier-model')).toHaveText(zhLabel);
  await noHorizontalOverflow(page);
  await snap(page, 'scoring-model-hr-person-zh-390');

  await page.getByRole('button', { name: /English/ }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const enLabel = `Graded by the earlier scoring model (v${EARLIER})`;
  await expect(calls.locator('.tag-earlier-model')).toHaveText(enLabel);
  await snap(page, 'scoring-model-hr-person-en-390');
  await page.goto('./#/history');
  await expect(page.locator('.tag-earlier-model')).toHaveCount(1);
  await expect(oldRow.locator('.tag-earlier-model')).toHaveText(enLabel);
  await noHorizontalOverflow(page);
  await snap(page, 'scoring-model-history-en-390');

  await oldRow.getByRole('link').click();
  await expect(page.locator('.debrief-header .tag-earlier-model')).toHaveText(enLabel);
  await expect(page.getByRole('note').filter({ hasText: 'keeps those grades' })).toHaveText(
    `The scoring model has been updated to v${SCORING_MODEL_VERSION}. This call was graded by v${EARLIER}, as it stood then, and keeps those grades; a key cue marked now is recorded but does not change them.`,
  );
  expect(await totalOf(page, 'Total')).toBe(graded.replace('总分', 'Total'));
  await noHorizontalOverflow(page);
  await snapTop(page, 'scoring-model-debrief-en-390');
});

test('a call left unfinished before a scoring update is started afresh from the library, not continued (Chinese, 390×844)', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await createTrainee(page, '孙旧', 'MODEL-OPEN');
  await takeCall(page, AC);
  await reply(page, AC, AC_PATHS.recommended.choices.slice(0, 1));
  await expect(page).toHaveURL(/#\/call\/[^/]+$/);
  const oldCall = page.url().split('/').at(-1)!;
  await gradedByEarlierModel(page, oldCall);

  await page.locator('.app-nav a[href="#/library"]').click();
  const card = page.getByRole('article', { name: AC.title['zh-CN'] });
  await expect(card.locator('.status')).toHaveText('评分标准更新前未打完，请重新开始');
  await expect(card.getByRole('button', { name: '继续这个案例' })).toHaveCount(0);
  await card.screenshot({ path: 'test-results/screens/model-changed-card-zh-390.png' });
  const take = card.getByRole('button', { name: '接这通电话' });
  const box = await take.boundingBox();
  expect(box!.height).toBeGreaterThanOrEqual(44);
  await take.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/call\/[^/]+$/);
  expect(page.url()).not.toContain(oldCall);

  // The old call stays on record, given up; the new one is the case's call in progress.
  await page.locator('.app-nav a[href="#/history"]').click();
  const rows = page.locator('.history-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ has: page.locator(`[data-attempt="${oldCall}"]`) })).toContainText(
    '已放弃',
  );
  await page.locator('.app-nav a[href="#/library"]').click();
  await expect(card.locator('.status')).toHaveText('进行中');
});
