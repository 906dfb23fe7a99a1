import { expect, test } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { AC, AC_PATHS, createTrainee, passRoleGate, reply, snap, takeCall } from './support/steps';
import { verifyChains } from '../support/chain-verifier';
import { nextLink, type SealableRecord } from '../../src/engine/ledger';

test('HR restoring a backup sees exactly the call whose score was edited, and the flag stays', async ({
  page,
}, testInfo) => {
  await createTrainee(page, '防篡改', 'TAMPER1');
  await takeCall(page, AC);
  await reply(page, AC, AC_PATHS.recommended.choices);
  await page.locator('.app-nav a[href="#/library"]').click();
  await takeCall(page, AC);
  await reply(page, AC, AC_PATHS.recommended.choices);

  await page.locator('.app-nav a[href="#/data"]').click();
  await page.getByRole('button', { name: '核验记录' }).click();
  await expect(page.locator('.verification', { hasText: '防篡改' })).toContainText(
    '已封存 2 条记录，链完整 ✓',
  );
  await expect(page.locator('.verification.broken')).toHaveCount(0);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载备份' }).click();
  const file = testInfo.outputPath('backup.json');
  await (await downloading).saveAs(file);
  const backup = JSON.parse(readFileSync(file, 'utf8'));
  // The verifier that shares no code with the app reads the same chains as whole.
  expect(verifyChains(backup.tables)).toEqual([]);
  const edited = backup.tables.attempts[0];
  edited.score.total = edited.score.total === 100 ? 99 : 100;
  expect(verifyChains(backup.tables)).toEqual([
    `${edited.profileId}: attempt:${edited.id} differs from its seal at link ${
      backup.tables.ledger.filter((l: { recordId: string }) => l.recordId === edited.id).at(-1).seq
    }`,
  ]);
  writeFileSync(file, JSON.stringify(backup));

  await passRoleGate(page, 'hr');
  await page.getByLabel('选择备份文件').setInputFiles(file);
  const preview = page.locator('.restore-preview');
  await expect(preview.getByRole('alert').first()).toContainText('有记录与封存时不一致');
  // Replayed from its recorded replies, the edited score is not what they give: it will not count.
  await expect(
    preview.getByRole('alert').filter({ hasText: '1 条记录的成绩不是它记录的回答' }),
  ).toContainText('不计入任何成绩和认证');
  await expect(preview.locator('.verification-problems li')).toHaveCount(1);
  await expect(preview.locator('.verification-problems li')).toHaveAttribute(
    'data-record',
    edited.id,
  );
  await expect(preview.locator('.verification-problems li')).toContainText('在封存后被改动过');
  await snap(page, 'tamper-evidence-preview');

  await page.getByRole('button', { name: '确认恢复' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已恢复' })).toBeVisible();
  await expect(page.locator('.verification-problems li')).toHaveAttribute('data-record', edited.id);

  // Verification recomputes from the records, so the flag is still there later.
  await page.reload();
  await page.getByRole('button', { name: '核验记录' }).click();
  await expect(page.locator('.verification.broken .verification-problems li')).toHaveCount(1);
  await expect(page.locator('.verification-problems li')).toHaveAttribute('data-record', edited.id);
  await snap(page, 'tamper-evidence-after');
});

test('a certificate added by hand to a personal backup, its chain rebuilt, is not restored', async ({
  page,
}, testInfo) => {
  await createTrainee(page, '伪证书', 'FORGE1');
  await takeCall(page, AC);
  await reply(page, AC, AC_PATHS.recommended.choices);
  await page.locator('.app-nav a[href="#/data"]').click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载备份' }).click();
  const file = testInfo.outputPath('personal.json');
  await (await downloading).saveAs(file);
  const backup = JSON.parse(readFileSync(file, 'utf8'));
  expect(backup.scope.kind).toBe('profile');
  const [person] = backup.tables.profiles;
  const now = Date.now();
  const award = {
    id: 'forged-award',
    profileId: person.id,
    employeeId: person.employeeId,
    level: 'complaint-seat',
    programVersion: 1,
    evidence: { attemptIds: [], scenarioVersions: {}, quizAttemptIds: [], observationIds: [] },
    awardedAt: now,
    expiresAt: now + 365 * 86_400_000,
  };
  backup.tables.awards.push(award);
  // Anyone can seal it: the chain has no secret, so it verifies after the edit.
  const head = backup.tables.ledger.at(-1);
  backup.tables.ledger.push(
    nextLink(head, person.id, 'award', award as unknown as SealableRecord, now),
  );
  expect(verifyChains(backup.tables)).toEqual([]);
  writeFileSync(file, JSON.stringify(backup));

  await passRoleGate(page, 'hr');
  await page.getByLabel('选择备份文件').setInputFiles(file);
  const preview = page.locator('.restore-preview');
  await expect(preview).toContainText('文件中的哈希链前后一致');
  await expect(preview.getByRole('alert')).toContainText('1 张证书不会恢复');
  await snap(page, 'forged-certificate-preview');
  await page.getByRole('button', { name: '确认恢复' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已恢复' })).toBeVisible();

  await page.locator('.app-nav a[href="#/hr"]').click();
  const row = page.locator('.roster-row').filter({ hasText: 'FORGE1' });
  await expect(row).toBeVisible();
  await expect(row).toContainText('未认证');
});
