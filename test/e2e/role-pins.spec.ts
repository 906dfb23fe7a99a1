import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { E2E_SETUP_CODE } from './support/setup-code';
import { createTrainee, passRoleGate, snap } from './support/steps';

const CODE = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/;
const WRONG_SETUP_CODE =
  '安装码不对，密码没有设置。安装码是 25 个字母和数字（5 组，每组 5 个），请向安装本应用的人核对后重新输入。';

/** The setup-code gate, kept for a person to look at outside the test output too. */
async function shoot(page: Page, name: string) {
  await snap(page, name);
  mkdirSync('/tmp/shots-pins', { recursive: true });
  await page.screenshot({ path: `/tmp/shots-pins/${name}.png`, fullPage: true });
}

test('a first visitor cannot set a staff PIN without the setup code; with it, the PIN locks out after five wrong tries and the recovery code gets back in', async ({
  page,
}) => {
  await createTrainee(page, '培训师小李', 'PIN1');
  await page.locator('.app-nav a[href="#/trainer"]').click();
  await expect(page.getByRole('heading', { name: '培训师专用' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '培训师工作台', exact: true })).toHaveCount(0);
  await expect(page.getByLabel('安装码')).toBeFocused();
  await shoot(page, 'setup-code-gate-1280');

  // The attacker: no setup code, then a made-up one. Neither sets a PIN.
  await page.getByLabel('新密码（6–12 位数字）').fill('246813');
  await page.getByLabel('再输一次新密码').fill('246813');
  await page.getByRole('button', { name: '设置密码', exact: true }).click();
  await expect(page.getByRole('alert')).toHaveText(WRONG_SETUP_CODE);
  await page.getByLabel('安装码').fill('AAAAA-BBBBB-CCCCC-DDDDD-EEEEE');
  await page.getByRole('button', { name: '设置密码', exact: true }).click();
  await expect(page.getByRole('alert')).toHaveText(WRONG_SETUP_CODE);
  await shoot(page, 'setup-code-refused-1280');
  await page.reload();
  await expect(page.getByRole('button', { name: '设置密码', exact: true })).toBeVisible();
  await expect(page.getByLabel('安装码')).toHaveValue('');

  // The installer's code, typed loosely; a PIN too short for a staff role; two PINs that differ.
  await page.getByLabel('安装码').fill(E2E_SETUP_CODE.toLowerCase().replace(/-/g, ' '));
  await page.getByLabel('新密码（6–12 位数字）').fill('24681');
  await page.getByLabel('再输一次新密码').fill('24681');
  await page.getByRole('button', { name: '设置密码', exact: true }).click();
  await expect(page.getByRole('alert')).toHaveText('密码至少要 6 位。');
  await page.getByLabel('新密码（6–12 位数字）').fill('246813');
  await page.getByLabel('再输一次新密码').fill('246814');
  await page.getByRole('button', { name: '设置密码', exact: true }).click();
  await expect(page.getByRole('alert')).toHaveText('两次输入的密码不一样。');
  await page.getByLabel('再输一次新密码').fill('246813');
  await page.getByRole('button', { name: '设置密码', exact: true }).click();

  const code = await page.locator('.recovery-code').innerText();
  expect(code).toMatch(CODE);
  await expect(page.getByRole('button', { name: '打印' })).toBeVisible();
  await snap(page, 'role-pins-recovery-code');
  await page.getByRole('button', { name: '我已妥善保存' }).click();
  await expect(page.getByRole('heading', { name: '培训师工作台', exact: true })).toBeVisible();

  await page.getByRole('button', { name: '锁定', exact: true }).click();
  await expect(page.getByRole('heading', { name: '培训师专用' })).toBeVisible();
  await expect(page.getByRole('button', { name: '锁定', exact: true })).toHaveCount(0);

  const pin = page.getByLabel('培训师密码', { exact: true });
  for (let left = 4; left >= 1; left--) {
    await pin.fill('111111');
    await page.getByRole('button', { name: '解锁', exact: true }).click();
    await expect(page.getByRole('alert')).toHaveText(`密码不对。还可以再试 ${left} 次。`);
  }
  await pin.fill('111111');
  await page.getByRole('button', { name: '解锁', exact: true }).click();
  await expect(page.getByRole('alert')).toHaveText('输错次数太多，已暂时锁定。');
  await expect(page.getByText(/^0:[0-3]\d 后可以再试/)).toBeVisible();
  await snap(page, 'role-pins-lockout');

  // The lockout is stored, not just shown: reloading does not lift it.
  await page.reload();
  await expect(page.getByRole('alert')).toHaveText('输错次数太多，已暂时锁定。');

  await page.getByRole('button', { name: '忘记密码？' }).click();
  await page.getByLabel('恢复码').fill(code.toLowerCase().replace(/-/g, ' '));
  await page.getByLabel('新密码（6–12 位数字）').fill('135790');
  await page.getByLabel('再输一次新密码').fill('135790');
  await page.getByRole('button', { name: '重设密码' }).click();
  const newCode = await page.locator('.recovery-code').innerText();
  expect(newCode).toMatch(CODE);
  expect(newCode).not.toBe(code);
  await page.getByRole('button', { name: '我已妥善保存' }).click();
  await expect(page.getByRole('heading', { name: '培训师工作台', exact: true })).toBeVisible();

  await page.getByRole('button', { name: '锁定', exact: true }).click();
  await pin.fill('135790');
  await page.getByRole('button', { name: '解锁', exact: true }).click();
  await expect(page.getByRole('heading', { name: '培训师工作台', exact: true })).toBeVisible();
});

test('eight wrong HR PINs tried at once from eight tabs are all counted: four wrong, then the lockout', async ({
  page,
  context,
}) => {
  // Eight tabs each boot the whole app; on a loaded 2-core CI machine that alone can take a minute.
  test.setTimeout(180_000);
  await createTrainee(page, '人事小周', 'PIN4');
  await page.goto('./#/hr');
  await passRoleGate(page, 'hr');
  const tabs = await Promise.all(Array.from({ length: 8 }, () => context.newPage()));
  for (const [i, tab] of tabs.entries()) {
    await tab.goto('./#/hr');
    await tab.getByLabel('人事密码', { exact: true }).fill(`90000${i}`);
  }
  await Promise.all(
    tabs.map((tab) => tab.getByRole('button', { name: '解锁', exact: true }).click()),
  );
  const said = await Promise.all(
    tabs.map(async (tab) => {
      const alert = tab.getByRole('alert');
      await expect(alert).toHaveText(/密码不对|输错次数太多/);
      return alert.innerText();
    }),
  );
  expect(said.filter((text) => text === '输错次数太多，已暂时锁定。')).toHaveLength(4);
  expect(said.filter((text) => text.startsWith('密码不对')).sort()).toEqual(
    [1, 2, 3, 4].map((left) => `密码不对。还可以再试 ${left} 次。`),
  );
  // The lockout is stored: a tab opened now is locked out too, with no PIN field at all.
  const late = await context.newPage();
  await late.goto('./#/hr');
  await expect(late.getByRole('alert')).toHaveText('输错次数太多，已暂时锁定。');
  await expect(late.getByLabel('人事密码', { exact: true })).toHaveCount(0);
});

test('an HR PIN from before staff PINs needed 6 digits opens only after it is replaced', async ({
  page,
}) => {
  await createTrainee(page, '人事老吴', 'PIN5');
  await page.goto('./#/hr');
  await passRoleGate(page, 'hr');
  // The row an older version wrote for a 4-digit PIN: PBKDF2-SHA-256 over the stored salt.
  await page.evaluate(async (pin) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('complaint-desk');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const stored = await new Promise<Record<string, unknown>>((resolve) => {
      const get = db.transaction('secrets').objectStore('secrets').get('hr');
      get.onsuccess = () => resolve(get.result as Record<string, unknown>);
    });
    const salt = stored.salt as string;
    const key = await crypto.subtle.importKey(
      'raw',
      new TextEncoder().encode(pin),
      'PBKDF2',
      false,
      ['deriveBits'],
    );
    const bits = await crypto.subtle.deriveBits(
      {
        name: 'PBKDF2',
        hash: 'SHA-256',
        salt: Uint8Array.from(salt.match(/../g)!, (h) => parseInt(h, 16)),
        iterations: stored.iterations as number,
      },
      key,
      256,
    );
    const hash = Array.from(new Uint8Array(bits), (b) => b.toString(16).padStart(2, '0')).join('');
    await new Promise<void>((resolve) => {
      const tx = db.transaction('secrets', 'readwrite');
      tx.objectStore('secrets').put({ ...stored, hash });
      tx.oncomplete = () => resolve();
    });
    db.close();
  }, '2468');
  await page.reload();
  await page.getByLabel('人事密码', { exact: true }).fill('2468');
  await page.getByRole('button', { name: '解锁', exact: true }).click();
  await expect(page.getByRole('heading', { name: '请把人事密码换长一些' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '人事看板' })).toHaveCount(0);
  await page.getByLabel('新密码（6–12 位数字）').fill('8642');
  await page.getByLabel('再输一次新密码').fill('8642');
  await page.getByRole('button', { name: '换成新密码并进入' }).click();
  await expect(page.getByRole('alert')).toHaveText('密码至少要 6 位。');
  await page.getByLabel('新密码（6–12 位数字）').fill('864213');
  await page.getByLabel('再输一次新密码').fill('864213');
  await page.getByRole('button', { name: '换成新密码并进入' }).click();
  await expect(page.getByRole('heading', { name: '人事看板' })).toBeVisible();
  await page.reload();
  await page.getByLabel('人事密码', { exact: true }).fill('2468');
  await page.getByRole('button', { name: '解锁', exact: true }).click();
  await expect(page.getByRole('alert')).toHaveText('密码不对。还可以再试 4 次。');
  await passRoleGate(page, 'hr', '864213');
});

test('a trainee protects their profile with a PIN; entering it asks for the PIN', async ({
  page,
}) => {
  await createTrainee(page, '小张', 'PIN2');
  await page.goto('./#/');
  await page.getByRole('button', { name: '设置档案密码' }).click();
  await page.getByLabel('新密码（4–12 位数字）').fill('8642');
  await page.getByLabel('再输一次新密码').fill('8642');
  await page.getByRole('button', { name: '设置密码', exact: true }).click();
  await expect(page.locator('.recovery-code')).toHaveText(CODE);
  await page.getByRole('button', { name: '我已妥善保存' }).click();
  await expect(page.getByText('“小张”的档案已有密码保护。')).toBeVisible();

  // A new tab (or a reload) has not been unlocked: the profile's pages send it back to ask.
  await page.reload();
  await page.goto('./#/history');
  await expect(page.getByRole('heading', { name: '我是谁？' })).toBeVisible();
  await page.getByRole('button', { name: /小张/ }).click();
  await expect(page.getByRole('heading', { name: '进入“小张”的档案' })).toBeVisible();
  await page.getByLabel('小张密码', { exact: true }).fill('0000');
  await page.getByRole('button', { name: '解锁', exact: true }).click();
  await expect(page.getByRole('alert')).toHaveText('密码不对。还可以再试 4 次。');
  await page.getByLabel('小张密码', { exact: true }).fill('8642');
  await page.getByRole('button', { name: '解锁', exact: true }).click();
  await expect(page.getByRole('heading', { name: '案例库' })).toBeVisible();
});

test('the PIN screens fit a phone and read in English', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await createTrainee(page, 'Li Ming', 'PIN3');
  await page.getByRole('button', { name: /English/ }).click();
  await page.locator('.app-nav a[href="#/trainer"]').click();
  await expect(page.getByRole('heading', { name: 'Trainer only' })).toBeVisible();
  await snap(page, 'role-pins-gate-en-390');
  await page.getByLabel('Setup code').fill('not the code');
  await page.getByLabel('New PIN (6–12 digits)').fill('12ab56');
  await page.getByLabel('New PIN again').fill('12ab56');
  await shoot(page, 'setup-code-gate-en-390');
  await page.getByRole('button', { name: 'Set PIN', exact: true }).click();
  await expect(page.getByRole('alert')).toHaveText('A PIN is digits only.');
  await page.getByLabel('New PIN (6–12 digits)').fill('975310');
  await page.getByLabel('New PIN again').fill('975310');
  await page.getByRole('button', { name: 'Set PIN', exact: true }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'That setup code is not right, so no PIN was set. It is 25 letters and digits (5 groups of 5); check it with whoever installed the app and type it again.',
  );
  await shoot(page, 'setup-code-refused-en-390');
  await page.getByLabel('Setup code').fill(E2E_SETUP_CODE);
  await page.getByRole('button', { name: 'Set PIN', exact: true }).click();
  await expect(page.locator('.recovery-code')).toHaveText(CODE);
  await snap(page, 'role-pins-code-en-390');
  const overflow = () =>
    page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
  expect(await overflow()).toBeLessThanOrEqual(0);
  await page.getByRole('button', { name: 'I have stored it' }).click();
  await page.locator('.app-nav a[href="#/data"]').click();
  await page.getByRole('button', { name: 'Verify records' }).click();
  await expect(page.locator('.verification').first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'HR only' })).toBeVisible();
  expect(await overflow()).toBeLessThanOrEqual(0);
  await snap(page, 'role-pins-data-en-390');
});
