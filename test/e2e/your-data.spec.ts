import { expect, test } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import {
  AC,
  AC_PATHS,
  createTrainee,
  passRoleGate,
  passRoleGateIfShown,
  reply,
  takeCall,
} from './support/steps';

test('a trainee’s backup holds no secret and no one else’s records; the whole backup is HR’s', async ({
  page,
}, testInfo) => {
  const LRS_SECRET = 'lrs-secret-8f2c1d';
  // A colleague with a call, and HR with the LRS set up and a PIN.
  await createTrainee(page, '同事甲', 'LEAK-A');
  await takeCall(page, AC);
  await reply(page, AC, AC_PATHS.recommended.choices.slice(0, 2));
  await page.goto('./#/lms');
  await passRoleGateIfShown(page, 'hr');
  await page.getByLabel('xAPI 地址（endpoint）').fill('https://lrs.example.com/xAPI/');
  await page.getByLabel('密钥名（key）').fill('desk-key-77');
  await page.getByLabel('密钥（secret）', { exact: true }).fill(LRS_SECRET);
  await page.getByRole('button', { name: '保存设置' }).click();
  await expect(page.getByText('已保存。')).toBeVisible();
  await expect(page.getByText('不会写进任何备份')).toBeVisible();

  // The attacker: another trainee in a fresh tab (HR locked), downloading what they can.
  await page.reload();
  await createTrainee(page, '学员乙', 'LEAK-B');
  await takeCall(page, AC);
  await reply(page, AC, AC_PATHS.recommended.choices);
  await page.locator('.app-nav a[href="#/data"]').click();
  await expect(page.getByRole('button', { name: '下载全部记录的备份' })).toHaveCount(0);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载备份' }).click();
  const file = testInfo.outputPath('mine.json');
  await (await downloading).saveAs(file);
  const text = readFileSync(file, 'utf8');
  const mine = JSON.parse(text);
  expect(mine.scope.kind).toBe('profile');
  expect(mine.tables.profiles.map((p: { employeeId: string }) => p.employeeId)).toEqual(['LEAK-B']);
  expect(mine.tables.attempts).toHaveLength(1);
  for (const leak of ['LEAK-A', '同事甲', LRS_SECRET, 'desk-key-77', 'lrs.example.com'])
    expect(text).not.toContain(leak);
  for (const table of ['secrets', 'settings', 'outbox', 'cohorts', 'machines'])
    expect(mine.tables[table] ?? []).toEqual([]);
  expect(text).not.toMatch(/"hash":"[0-9a-f]{64}","iterations"/);

  // HR's whole backup has everyone, and still no PIN hash and no LRS key or secret.
  await passRoleGate(page, 'hr');
  const downloadingAll = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载全部记录的备份' }).click();
  const allFile = testInfo.outputPath('all.json');
  await (await downloadingAll).saveAs(allFile);
  const allText = readFileSync(allFile, 'utf8');
  const all = JSON.parse(allText);
  expect(all.tables.profiles.map((p: { employeeId: string }) => p.employeeId)).toEqual(
    expect.arrayContaining(['LEAK-A', 'LEAK-B']),
  );
  expect(all.tables.secrets).toBeUndefined();
  for (const leak of [LRS_SECRET, 'desk-key-77']) expect(allText).not.toContain(leak);

  // Restoring it keeps this machine's PINs: the HR PIN still opens HR after a reload.
  await page.getByLabel('选择备份文件').setInputFiles(allFile);
  await expect(page.getByText('现有的密码和锁定都保持不变')).toBeVisible();
  await page.getByRole('button', { name: '确认恢复' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已恢复' })).toBeVisible();
  await page.goto('./#/hr');
  await page.reload();
  await expect(page.getByRole('button', { name: '解锁', exact: true })).toBeVisible();
  await passRoleGate(page, 'hr');
});

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
  // The emptied database has no HR PIN: the installation's setup code sets it again.
  expect(await passRoleGate(page, 'hr')).not.toBeNull();
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
