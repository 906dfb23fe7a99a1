import { chromium, expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';
import { AC, AC_PATHS, createTrainee, reply, takeCall } from './support/steps';

test('a trainee’s history survives closing and reopening the browser', async ({ baseURL }) => {
  const dir = mkdtempSync(join(tmpdir(), 'desk-profile-'));
  const launch = async () =>
    chromium.launchPersistentContext(dir, {
      executablePath: (await findChromium()) ?? undefined,
      args: CHROMIUM_ARGS,
      baseURL,
      viewport: { width: 1280, height: 800 },
    });
  try {
    const first = await launch();
    const page = first.pages()[0] ?? (await first.newPage());
    await createTrainee(page, '陈静', '5150');
    await takeCall(page, AC);
    await reply(page, AC, AC_PATHS.recommended.choices);
    await page.getByRole('button', { name: '查看复盘' }).click();
    await expect(page.getByRole('heading', { name: '逐句点评' })).toBeVisible();
    await first.close();

    const second = await launch();
    const again = second.pages()[0] ?? (await second.newPage());
    await again.goto('./#/history');
    const row = again.locator('.history-row');
    await expect(row).toHaveCount(1);
    await expect(row).toContainText(AC.title['zh-CN']);
    await expect(row).toContainText('已完成');
    await row.getByRole('link').click();
    await expect(again.getByRole('heading', { name: '逐句点评' })).toBeVisible();
    await second.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
