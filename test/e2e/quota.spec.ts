import { expect, test } from '@playwright/test';
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
 * (Chromium's quota override did not reach IndexedDB in this headless build, so the fault is
 * injected where the browser would raise it.)
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

  const steps = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('complaint-desk');
        open.onsuccess = () => {
          const count = open.result.transaction('steps').objectStore('steps').count();
          count.onsuccess = () => resolve(count.result);
        };
      }),
  );
  expect(steps).toBe(1);

  await page.goto(url);
  await page.reload();
  await expect(
    page.getByRole('button', { name: replyText(AC, AC_PATHS.recommended.choices[1]!) }),
  ).toBeVisible();
  expect(await transcriptTexts(page)).toEqual(before);
});
