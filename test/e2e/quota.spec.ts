import { chromium, expect, test, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';
import {
  AC,
  AC_PATHS,
  createTrainee,
  reply,
  replyText,
  takeCall,
  transcriptTexts,
} from './support/steps';
import { readTables } from './support/read-tables';

/**
 * Fills the disk on demand: once `__diskFull` is set, the write that updates the attempt (the second
 * write of a step, after its step row) fails as a full disk does, so the step row must roll back.
 * This pins the one partial write a real quota error could leave (a step row without its attempt
 * update); the test below lets the browser itself refuse the space.
 */
const DISK_FULL = () => {
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (
    this: IDBObjectStore,
    ...args: Parameters<IDBObjectStore['put']>
  ) {
    if ((window as unknown as { __diskFull?: boolean }).__diskFull && this.name === 'attempts') {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
    return put.apply(this, args);
  };
};

test('when storage runs out mid-call, the trainee is told and no partial step is kept', async ({
  page,
}) => {
  await page.addInitScript(DISK_FULL);
  await createTrainee(page, '空间', 'QUOTA1');
  await takeCall(page, AC);
  await reply(page, AC, AC_PATHS.recommended.choices.slice(0, 1));
  const before = await transcriptTexts(page);
  const url = page.url();

  await page.evaluate(() => ((window as unknown as { __diskFull: boolean }).__diskFull = true));
  await page.getByRole('button', { name: replyText(AC, AC_PATHS.recommended.choices[1]!) }).click();
  await expect(page.getByRole('alert')).toContainText('存储空间已满');
  expect(await transcriptTexts(page)).toEqual(before);

  expect(await stepCount(page)).toBe(1);

  await page.goto(url);
  await page.reload();
  await expect(
    page.getByRole('button', { name: replyText(AC, AC_PATHS.recommended.choices[1]!) }),
  ).toBeVisible();
  expect(await transcriptTexts(page)).toEqual(before);
});

const diskFull = (page: Page, full: boolean) =>
  page.evaluate((on) => ((window as unknown as { __diskFull: boolean }).__diskFull = on), full);

/** The call the trainee has open, as stored (read straight from IndexedDB). */
const storedCall = async (page: Page) => {
  const attempts = (await readTables(page)).attempts!;
  return attempts.find((a) => a.status === 'active')!;
};

test('when storage is full before answering, a switch the trainee flips goes back and says why, and the next change saves once there is room', async ({
  page,
}) => {
  await page.addInitScript(DISK_FULL);
  await createTrainee(page, '开关', 'QUOTA3');
  await page
    .getByRole('article', { name: AC.title['zh-CN'] })
    .getByRole('button', { name: '接这通电话' })
    .click();
  const timed = page.getByRole('checkbox', { name: /^计时挑战/ });
  const typed = page.getByRole('checkbox', { name: /^自己说/ });
  await expect(timed).toBeChecked();
  await expect(typed).not.toBeChecked();

  // By keyboard, as a trainee tabbing through the panel does.
  await diskFull(page, true);
  await timed.focus();
  await page.keyboard.press('Space');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('存储空间已满，这项更改没能保存');
  await expect(alert).toContainText('通话的其他内容都没有变');
  await expect(timed).toBeChecked();
  await typed.focus();
  await page.keyboard.press('Space');
  await expect(typed).not.toBeChecked();
  await expect(alert).toHaveCount(1);
  expect(await storedCall(page)).toMatchObject({ timed: true, answeredAt: null });
  expect(await storedCall(page)).not.toHaveProperty('replyMode');

  await page.setViewportSize({ width: 390, height: 844 });
  await alert.scrollIntoViewIfNeeded();
  await page.screenshot({
    path: '/tmp/shots-storage/quota-ringing-switch-390.png',
    fullPage: true,
  });
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(
    true,
  );
  await page.locator('.language-switch').click();
  await expect(alert).toContainText('Storage is full, so this change could not be saved');
  await page.locator('.language-switch').click();
  await expect(alert).toContainText('存储空间已满');
  await page.setViewportSize({ width: 1280, height: 800 });

  // Space freed: the next flip saves, and the message goes.
  await diskFull(page, false);
  await typed.focus();
  await page.keyboard.press('Space');
  await expect(typed).toBeChecked();
  await expect(alert).toHaveCount(0);
  expect(await storedCall(page)).toMatchObject({ timed: true, replyMode: 'type' });
  await page.reload();
  await expect(page.getByRole('checkbox', { name: /^自己说/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /^计时挑战/ })).toBeChecked();
});

const stepCount = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('complaint-desk');
        open.onsuccess = () => {
          const count = open.result.transaction('steps').objectStore('steps').count();
          count.onsuccess = () => {
            open.result.close();
            resolve(count.result);
          };
        };
      }),
  );

/**
 * Chromium's own quota, shrunk through DevTools (`Storage.overrideQuotaForOrigin`), on a profile
 * on disk as a trainee's browser has.
 */
test('when the browser refuses more space mid-call, the trainee is told, nothing partial is kept, and the call goes on once there is room', async ({
  baseURL,
}) => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(join(tmpdir(), 'desk-quota-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: (await findChromium()) ?? undefined,
    args: CHROMIUM_ARGS,
    baseURL,
    viewport: { width: 1280, height: 800 },
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const devtools = await context.newCDPSession(page);
    const origin = new URL(baseURL!).origin;
    await createTrainee(page, '配额', 'QUOTA2');
    await page
      .getByRole('article', { name: AC.title['zh-CN'] })
      .getByRole('button', { name: '接这通电话' })
      .click();
    // Untimed, so the reply timer cannot answer for the trainee during the wait below.
    const timed = page.getByLabel(/计时挑战/);
    await timed.click();
    await expect(timed).not.toBeChecked();
    await page.getByRole('button', { name: '接听', exact: true }).click();
    await reply(page, AC, AC_PATHS.recommended.choices.slice(0, 1));
    const before = await transcriptTexts(page);

    await devtools.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1 });
    // IndexedDB keeps granting the space it last learned of for 30 s (Chromium's
    // BucketContext::kBucketSpaceCacheTimeLimit) before asking the quota manager again.
    await page.waitForTimeout(31_000);
    const next = page.getByRole('button', {
      name: replyText(AC, AC_PATHS.recommended.choices[1]!),
    });
    await next.click();
    await expect(page.getByRole('alert')).toContainText('存储空间已满');
    expect(await transcriptTexts(page)).toEqual(before);
    expect(await stepCount(page)).toBe(1);

    // Space freed (the trainee cleared other sites' data): the same reply now goes through.
    await devtools.send('Storage.overrideQuotaForOrigin', { origin });
    await next.click();
    await expect(next).toHaveCount(0);
    expect(await stepCount(page)).toBe(2);
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
