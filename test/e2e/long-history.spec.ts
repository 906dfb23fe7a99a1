import { expect, test, type Page } from '@playwright/test';
import { AC, AC_PATHS, createTrainee, finishCall, snap, takeCall } from './support/steps';
import { noHorizontalOverflow, switchTo } from './support/language-check';

const EARLIER = 59;

/**
 * A trainee who has practised for months: one call played here, and as many before it written
 * straight into the database as copies of it, each a second earlier than the last.
 */
async function traineeWithSixtyCalls(page: Page, name: string, employeeId: string) {
  await createTrainee(page, name, employeeId);
  await takeCall(page, AC);
  await finishCall(page, AC, AC_PATHS.recommended.choices);
  await page.evaluate(async (earlier) => {
    const open = indexedDB.open('complaint-desk');
    const db = await new Promise<IDBDatabase>(
      (resolve) => (open.onsuccess = () => resolve(open.result)),
    );
    const tx = db.transaction('attempts', 'readwrite');
    const attempts = tx.objectStore('attempts');
    const all = await new Promise<Array<{ id: string; startedAt: number }>>((resolve) => {
      const read = attempts.getAll();
      read.onsuccess = () => resolve(read.result);
    });
    const played = all[0]!;
    for (let i = 1; i <= earlier; i += 1)
      attempts.put({
        ...played,
        id: `${played.id}-earlier-${i}`,
        startedAt: played.startedAt - i * 1000,
      });
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  }, EARLIER);
}

test('a trainee with sixty calls sees the newest fifty and brings up the rest by keyboard, told if a read fails', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await traineeWithSixtyCalls(page, '史长练', 'LONG-1');
  await page.locator('.app-nav a[href="#/history"]').click();
  const rows = page.locator('.history-row');
  await expect(rows).toHaveCount(50);
  await expect(page.getByText('显示最近的 50 通，共 60 通')).toBeVisible();
  const more = page.getByRole('button', { name: '显示更早的 10 通' });
  // The first try finds the database refusing to read: she is told, and nothing is lost.
  await page.evaluate(() => {
    const w = window as unknown as { keptReads: unknown[] };
    w.keptReads = [IDBIndex.prototype.getAll, IDBIndex.prototype.openCursor];
    const refuse = () => {
      throw new DOMException('reads refused for the test', 'UnknownError');
    };
    IDBIndex.prototype.getAll = refuse;
    IDBIndex.prototype.openCursor = refuse;
  });
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toHaveText('没能读出更早的通话，请再试一次。');
  await expect(rows).toHaveCount(50);
  await page.evaluate(() => {
    const w = window as unknown as { keptReads: [IDBIndex['getAll'], IDBIndex['openCursor']] };
    [IDBIndex.prototype.getAll, IDBIndex.prototype.openCursor] = w.keptReads;
  });
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(rows).toHaveCount(60);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(more).toHaveCount(0);
  // Focus goes on to the first call just shown, the 51st.
  await expect(rows.nth(50).getByRole('link')).toBeFocused();
  await snap(page, 'long-history-zh-1280');
});

test('on a phone in English, the rest of a long history comes with a tap', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await traineeWithSixtyCalls(page, 'Long Practice', 'LONG-2');
  await switchTo(page, 'en');
  await page.locator('.app-nav a[href="#/history"]').click();
  await expect(page.locator('.history-row')).toHaveCount(50);
  await expect(page.getByText('Showing the latest 50 of 60')).toBeVisible();
  const more = page.getByRole('button', { name: 'Show 10 earlier' });
  const box = (await more.boundingBox())!;
  expect(box.height).toBeGreaterThanOrEqual(44);
  await noHorizontalOverflow(page);
  await more.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screens/long-history-more-en-390.png' });
  await more.click();
  await expect(page.locator('.history-row')).toHaveCount(60);
  await snap(page, 'long-history-en-390');
});
