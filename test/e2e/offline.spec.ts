import { expect, test } from '@playwright/test';
import { AC, AC_PATHS, createTrainee, reply, takeCall } from './support/steps';

// The suite blocks service workers (playwright.config.ts); these journeys are about it.
test.use({ serviceWorkers: 'allow' });

test('after one visit, the app reloads and plays a whole call with the network gone', async ({
  page,
  context,
}) => {
  await createTrainee(page, '离线', 'OFFLINE');
  await expect(page.getByRole('status').filter({ hasText: '断网也能继续练习' })).toBeVisible({
    timeout: 20_000,
  });
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { name: '案例库' })).toBeVisible();
  await takeCall(page, AC);
  await reply(page, AC, AC_PATHS.recommended.choices);
  await page.getByRole('button', { name: '查看复盘' }).click();
  await expect(page.getByLabel(`总分 ${AC_PATHS.recommended.total}`)).toBeVisible();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
});

test('the "works offline now" note waits until the trainee leaves the call it would cover', async ({
  page,
}) => {
  // The service worker's script is held back until the call is on screen, so the app becomes
  // ready for offline use in the middle of the call.
  let release!: () => void;
  const inCall = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/sw.js', async (route) => {
    await inCall;
    await route.continue();
  });
  await createTrainee(page, '离线提示', 'OFFLINE2');
  await takeCall(page, AC);
  await expect(page.locator('.reply').first()).toBeVisible();
  release();
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect(page.locator('.reply').first()).toBeVisible();
  const note = page.getByRole('status').filter({ hasText: '断网也能继续练习' });
  await expect(note).toHaveCount(0);
  await page.locator('.app-nav a[href="#/library"]').click();
  await expect(note).toBeVisible();
});
