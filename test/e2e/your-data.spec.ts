import { expect, test } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { AC, AC_PATHS, createTrainee, passRoleGate, reply, takeCall } from './support/steps';

test('a trainee whose browser wiped the records restores them from a backup', async ({
  page,
}, testInfo) => {
  await createTrainee(page, '备份', 'BACKUP1');
  await takeCall(page, AC);
  await reply(page, AC, AC_PATHS.recommended.choices);
  await page.locator('.app-nav a[href="#/data"]').click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载备份' }).click();
  const file = testInfo.outputPath('backup.json');
  await (await downloading).saveAs(file);

  // The browser evicts the database; only the app's small marker outside IndexedDB survives.
  await page.goto('./favicon.svg');
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase('complaint-desk');
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error);
      }),
  );
  await page.goto('./#/library');
  await expect(page.getByRole('alert')).toContainText('似乎被浏览器清空了');
  await page.getByRole('alert').getByRole('link', { name: '从备份恢复' }).click();
  await passRoleGate(page, 'hr');
  await page.getByLabel('选择备份文件').setInputFiles(file);
  await page.getByRole('button', { name: '确认恢复' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已恢复' })).toBeVisible();
  await page.goto('./#/');
  await page.getByRole('button', { name: /备份/ }).click();
  await page.locator('.app-nav a[href="#/history"]').click();
  await expect(page.locator('.history-row')).toHaveCount(1);
  await expect(page.locator('.history-row')).toContainText('已完成');
});

test('a damaged backup is refused with the place of the problem, and nothing changes', async ({
  page,
}, testInfo) => {
  await createTrainee(page, '坏备份', 'BACKUP2');
  await page.locator('.app-nav a[href="#/data"]').click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载备份' }).click();
  const file = testInfo.outputPath('backup.json');
  await (await downloading).saveAs(file);
  const backup = JSON.parse(readFileSync(file, 'utf8'));
  backup.tables.profiles[0].name = '<img src=x onerror=alert(1)>'.repeat(10);
  writeFileSync(file, JSON.stringify(backup));
  await passRoleGate(page, 'hr');
  await page.getByLabel('选择备份文件').setInputFiles(file);
  await expect(page.getByRole('alert')).toContainText('记录没有任何改动');
  await expect(page.getByRole('alert')).toContainText('$.tables.profiles[0].name');
  await page.goto('./#/');
  await expect(page.getByRole('button', { name: /坏备份/ })).toBeVisible();
});

test('a profile name that looks like HTML is shown as text, never run', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  const hostile = '<img src=x onerror=alert(1)><svg onload=alert(2)>';
  await createTrainee(page, hostile.slice(0, 40), 'XSS1');
  await expect(page.getByText(hostile.slice(0, 40)).first()).toBeVisible();
  await page.goto('./#/');
  await expect(page.getByRole('button', { name: /img src=x/ })).toBeVisible();
  expect(await page.locator('img[src="x"], svg[onload]').count()).toBe(0);
  expect(dialogs).toBe(0);
});

test('the app runs under a Content-Security-Policy that allows only its own scripts', async ({
  page,
}) => {
  await page.addInitScript(() => {
    (window as unknown as { __violations: string[] }).__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __violations: string[] }).__violations.push(
        `${e.violatedDirective} ${e.blockedURI}`,
      ),
    );
  });
  await createTrainee(page, '策略', 'CSP1');
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  await takeCall(page, AC);
  await reply(page, AC, AC_PATHS.recommended.choices);
  await page.getByRole('button', { name: '查看复盘' }).click();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  expect(
    await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
  ).toEqual([]);
  const blocked = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true';
    document.body.append(script);
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(blocked).toBe(false);
});
