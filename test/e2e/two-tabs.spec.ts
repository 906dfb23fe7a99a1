import { expect, test } from '@playwright/test';
import { AC, AC_PATHS, createTrainee, reply, takeCall } from './support/steps';

test('when a newer version opens the database in another tab, this tab stops writing and says to reload', async ({
  page,
  context,
}) => {
  await createTrainee(page, '两页', 'TABS1');
  await takeCall(page, AC);
  await reply(page, AC, AC_PATHS.recommended.choices.slice(0, 1));

  // Another tab upgrades the database, as a newly deployed version of the app would.
  const other = await context.newPage();
  await other.goto('./favicon.svg');
  await other.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('complaint-desk', 1000);
        request.onsuccess = () => {
          request.result.close();
          resolve();
        };
        request.onerror = () => reject(request.error);
      }),
  );

  await expect(page.getByRole('alert').filter({ hasText: '新版本' })).toBeVisible();
  await expect(page.getByRole('alert').getByRole('button', { name: '立即更新' })).toBeVisible();
});
