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
