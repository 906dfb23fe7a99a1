import { expect, test } from '@playwright/test';
import { AC, AC_PATHS, createTrainee, reply, snap, takeCall } from './support/steps';

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

/** The stores of schema v3 as the previous release created them (Dexie stores version × 10). */
const HOLD_V3_OPEN = () =>
  new Promise<void>((resolve, reject) => {
    const request = indexedDB.open('complaint-desk', 30);
    request.onupgradeneeded = () => {
      const db = request.result;
      const profiles = db.createObjectStore('profiles', { keyPath: 'id' });
      profiles.createIndex('employeeId', 'employeeId', { unique: true });
      profiles.createIndex('name', 'name');
      const attempts = db.createObjectStore('attempts', { keyPath: 'id' });
      attempts.createIndex('profileId', 'profileId');
      attempts.createIndex('[profileId+status]', ['profileId', 'status']);
      attempts.createIndex('[profileId+startedAt]', ['profileId', 'startedAt']);
      attempts.createIndex('scenarioId', 'scenarioId');
      db.createObjectStore('steps', { keyPath: ['attemptId', 'index'] }).createIndex(
        'attemptId',
        'attemptId',
      );
      db.createObjectStore('snapshots', { keyPath: 'attemptId' });
      db.createObjectStore('scenarios', { keyPath: 'id' }).createIndex('importedAt', 'importedAt');
      db.createObjectStore('recordings', { keyPath: 'key' }).createIndex(
        'scenarioId',
        'scenarioId',
      );
    };
    request.onsuccess = () => {
      // An old tab that never answers "versionchange": it keeps the upgrade waiting.
      (window as unknown as { __old: IDBDatabase }).__old = request.result;
      resolve();
    };
    request.onerror = () => reject(request.error);
  });

test('an upgrade blocked by an old tab tells the trainee to close it, then carries on by itself', async ({
  page,
  context,
}) => {
  const old = await context.newPage();
  await old.goto('./favicon.svg');
  await old.evaluate(HOLD_V3_OPEN);

  await page.goto('./');
  await expect(page.getByRole('heading', { name: '请先关闭其他标签页' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('请关闭其他标签页');
  await snap(page, 'upgrade-blocked-zh-1280');

  await old.evaluate(() => (window as unknown as { __old: IDBDatabase }).__old.close());
  await expect(page.getByRole('heading', { name: '我是谁？' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '请先关闭其他标签页' })).toHaveCount(0);
  await createTrainee(page, '升级后', 'TABS2');
});
