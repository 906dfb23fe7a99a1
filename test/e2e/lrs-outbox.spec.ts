import AxeBuilder from '@axe-core/playwright';
import xapiValidation from '@learninglocker/xapi-validation';
import { expect, test } from '@playwright/test';
import { E2E_PORT } from '../../playwright.config';
import { LRS_KEY, LRS_SECRET, startLoopbackLrs, type LoopbackLrs } from './support/loopback-lrs';
import {
  AC,
  AC_PATHS,
  createTrainee,
  passRoleGateIfShown,
  reply,
  snap,
  takeCall,
} from './support/steps';

const LRS_PORT = E2E_PORT + 100;
// The validator is CommonJS; Playwright's loader hands over the module object as its default.
const validateStatement =
  (xapiValidation as unknown as { default?: typeof xapiValidation }).default ?? xapiValidation;
let lrs: LoopbackLrs;

test.beforeAll(async () => {
  lrs = await startLoopbackLrs(LRS_PORT);
});
test.afterAll(() => lrs?.stop());

/** Statements still waiting in the app's outbox, read straight from IndexedDB. */
const waitingInOutbox = (page: import('@playwright/test').Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('complaint-desk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const count = open.result.transaction('outbox').objectStore('outbox').count();
          count.onsuccess = () => {
            resolve(count.result);
            open.result.close();
          };
        };
      }),
  );

test('HR connects an LRS; a call played partly offline reaches it whole, each statement once', async ({
  page,
  context,
}) => {
  await createTrainee(page, '李娜', 'LRS-001');

  await page.goto('./#/lms');
  await passRoleGateIfShown(page, 'hr');
  await expect(page.getByRole('heading', { name: '学习平台对接（LMS）' })).toBeVisible();
  await page.getByLabel('xAPI 地址（endpoint）').fill(lrs.endpoint);
  await page.getByLabel('密钥名（key）').fill(LRS_KEY);
  await page.getByLabel('密钥（secret）', { exact: true }).fill(LRS_SECRET);
  await page
    .getByLabel('机构主页（学员账号与活动 ID 的前缀）')
    .fill('https://training.example.com');
  await page.getByRole('button', { name: '保存设置' }).click();
  await expect(page.getByText('已保存。')).toBeVisible();
  await snap(page, 'lms-settings-zh-1280');

  // The LRS stores the first statement but its answer is lost: the app must resend the same id.
  let lostOne = false;
  await page.route('**/xAPI/statements?statementId=*', async (route) => {
    if (lostOne) return route.continue();
    lostOne = true;
    await route.fetch();
    await route.abort('connectionreset');
  });

  await page.goto('./#/library');
  await takeCall(page, AC);
  const registration = page.url().split('/call/')[1]!;
  const choices = AC_PATHS.recommended.choices;
  await reply(page, AC, choices.slice(0, 1));

  await context.setOffline(true);
  await reply(page, AC, choices.slice(1, 3));
  await expect.poll(() => waitingInOutbox(page)).toBeGreaterThanOrEqual(2);

  await context.setOffline(false);
  await reply(page, AC, choices.slice(3));

  // attempted + one answered per reply + completed + passed
  const expected = 1 + choices.length + 2;
  await expect
    .poll(async () => (await lrs.statementsFor(registration)).length, { timeout: 30_000 })
    .toBe(expected);
  await expect.poll(() => waitingInOutbox(page)).toBe(0);
  expect(lostOne).toBe(true);

  const stored = await lrs.statementsFor(registration);
  expect(new Set(stored.map((s) => s.id)).size).toBe(expected);
  const verbs = stored.map((s) => (s.verb as { id: string }).id.split('/').pop());
  expect(verbs).toEqual(['attempted', ...choices.map(() => 'answered'), 'completed', 'passed']);
  const responses = stored
    .filter((s) => (s.verb as { id: string }).id.endsWith('/answered'))
    .map((s) => (s.result as { response: string }).response);
  expect(responses).toEqual(choices);
  expect((stored[0]!.actor as { account: unknown }).account).toEqual({
    homePage: 'https://training.example.com',
    name: 'LRS-001',
  });
  for (const statement of stored) expect(validateStatement(statement)).toEqual([]);

  await page.goto('./#/lms');
  await passRoleGateIfShown(page, 'hr');
  await expect(page.getByText('发件箱是空的')).toBeVisible();
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(
    axe.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => v.id),
  ).toEqual([]);
  await page.setViewportSize({ width: 390, height: 844 });
  await snap(page, 'lms-settings-zh-390');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'Learning platform (LMS)' })).toBeVisible();
  await expect(page.getByText('The outbox is empty')).toBeVisible();
  await snap(page, 'lms-settings-en-390');
  await page.setViewportSize({ width: 1280, height: 800 });
  await snap(page, 'lms-settings-en-1280');
});
