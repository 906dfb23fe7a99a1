import { expect, test, type Locator, type Page } from '@playwright/test';
import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { nextLink, type ChainLink } from '../../src/engine/ledger';
import { bundleSignature, provenanceOf, verifyChains, type Link } from '../support/chain-verifier';
import {
  AC,
  AC_PATHS,
  createTrainee,
  finishCall,
  passRoleGateIfShown,
  takeCall,
} from './support/steps';

const SHOTS = '/tmp/shots-sign';

/** Every row of the stores the chains cover, read from IndexedDB without the app's code. */
function readChains(page: Page) {
  return page.evaluate(
    () =>
      new Promise<Record<string, Array<Record<string, unknown>>>>((resolve, reject) => {
        const stores = [
          'profiles',
          'attempts',
          'observations',
          'awards',
          'overrides',
          'quizAttempts',
          'ledger',
        ];
        const open = indexedDB.open('complaint-desk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(stores, 'readonly');
          const out: Record<string, Array<Record<string, unknown>>> = {};
          for (const store of stores) {
            const all = tx.objectStore(store).getAll();
            all.onsuccess = () => (out[store] = all.result);
          }
          tx.oncomplete = () => {
            open.result.close();
            resolve(out);
          };
        };
      }),
  );
}

/** The panel itself at a desktop and a phone size, for a person to look at. */
async function shoot(page: Page, name: string, target: Locator) {
  mkdirSync(SHOTS, { recursive: true });
  for (const [w, h] of [
    [1280, 800],
    [390, 844],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await target.screenshot({ path: `${SHOTS}/${name}-${w}x${h}.png` });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

async function openHr(page: Page) {
  await page.goto('./#/hr');
  await passRoleGateIfShown(page, 'hr');
  await expect(page.getByRole('heading', { name: '合并记录包' })).toBeVisible();
}

/** JSON with every object's keys sorted: what a bundle's signature covers. */
function canonical(value: unknown): string {
  const sort = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(sort)
      : v && typeof v === 'object'
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, sort((v as Record<string, unknown>)[k])]),
          )
        : v;
  return JSON.stringify(sort(value));
}

/** The attacker's own key, never enrolled: signs a bundle the way the app does. */
function signAsStranger(body: Record<string, unknown>) {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const { kty, crv, x, y } = publicKey.export({ format: 'jwk' }) as Record<string, string>;
  const jwk = { kty: kty!, crv: crv!, x: x!, y: y! };
  const fingerprint = createHash('sha256')
    .update(canonical(jwk))
    .digest('hex')
    .slice(0, 32)
    .match(/.{4}/g)!
    .join('-');
  const withSource = { ...body, source: { fingerprint, publicKey: jwk } };
  const signature = sign('sha256', Buffer.from(canonical(withSource)), {
    key: privateKey,
    dsaEncoding: 'ieee-p1363',
  }).toString('base64');
  return { ...withSource, signature };
}

const FAR_FUTURE = Date.UTC(2036, 0, 1);

test('a forged bundle gives no certificate and shows as refused or unverified; a genuine one from an enrolled machine merges as genuine with its source; once HR withdraws that machine its bundles are unverified, saying who withdrew it, when and why, until it is enrolled again', async ({
  browser,
}, testInfo) => {
  test.setTimeout(240_000);
  // Two browser contexts: two installations, each with its own database and signing key.
  const traineeMachine = await browser.newContext();
  const hrMachine = await browser.newContext();
  const a = await traineeMachine.newPage();
  const b = await hrMachine.newPage();

  // Machine A: a trainee takes a call; the machine shows its fingerprint; HR there exports.
  await createTrainee(a, '签名甲', 'SIGN01');
  await takeCall(a, AC);
  await finishCall(a, AC, AC_PATHS.recommended.choices);
  await a.goto('./#/data');
  const fingerprint = await a.locator('.fingerprint').getAttribute('data-fingerprint');
  expect(fingerprint).toMatch(/^[0-9a-f]{4}(-[0-9a-f]{4}){7}$/);
  await openHr(a);
  const downloading = a.waitForEvent('download');
  await a.getByRole('button', { name: '导出记录包' }).click();
  const genuineFile = testInfo.outputPath('genuine.json');
  await (await downloading).saveAs(genuineFile);
  const genuine = JSON.parse(readFileSync(genuineFile, 'utf8'));
  expect(bundleSignature(genuine)).toEqual({ holds: true, fingerprint });
  expect(verifyChains(genuine)).toEqual([]);
  const call = genuine.attempts[0];
  expect(call.status).toBe('finished');
  // A second call and a second bundle, signed by A while it is still enrolled: HR merges this one
  // only after withdrawing A.
  await a.goto('./#/library');
  await takeCall(a, AC);
  await finishCall(a, AC, AC_PATHS.recommended.choices);
  await openHr(a);
  const downloadingLater = a.waitForEvent('download');
  await a.getByRole('button', { name: '导出记录包' }).click();
  const laterFile = testInfo.outputPath('later.json');
  await (await downloadingLater).saveAs(laterFile);
  const laterCall = (
    JSON.parse(readFileSync(laterFile, 'utf8')).attempts as Array<{ id: string; status: string }>
  ).find((attempt) => attempt.id !== call.id)!;
  expect(laterCall.status).toBe('finished');

  // Machine B: HR enrols A by the fingerprint read off A's screen (typed in capitals, spaced).
  await b.goto('./');
  await b.getByLabel('姓名', { exact: true }).fill('人事机');
  await b.getByLabel('工号', { exact: true }).fill('HR0001');
  await b.getByRole('button', { name: '创建并进入' }).click();
  await expect(b.getByRole('heading', { name: '案例库' })).toBeVisible();
  await openHr(b);
  const machines = b.locator('.enrolled-machines');
  await machines.getByLabel('机器指纹').fill(fingerprint!.toUpperCase().replace(/-/g, ' '));
  await machines.getByLabel('机器名称').fill('培训室 1 号机');
  await machines.getByLabel('经办人').fill('人事 张');
  await machines.getByRole('button', { name: '登记这台机器' }).click();
  await expect(machines.locator(`[data-fingerprint="${fingerprint}"]`)).toContainText(
    '培训室 1 号机',
  );

  // The attacker's bundles, written with a text editor and the app's public code.
  const forgedCall = (id: string, profileId: string, choices: readonly string[]) => ({
    ...call,
    id,
    profileId,
    choices,
    score: { ...call.score, total: 100 },
  });
  const award = (profileId: string, employeeId: string) => ({
    id: `award-${employeeId}`,
    profileId,
    employeeId,
    level: 'complaint-seat',
    programVersion: 1,
    evidence: { attemptIds: [], scenarioVersions: {}, quizAttemptIds: [], observationIds: [] },
    awardedAt: Date.now(),
    expiresAt: FAR_FUTURE,
  });
  const person = (id: string, employeeId: string) => ({
    id,
    name: '伪造',
    employeeId,
    createdAt: 1,
  });
  // 1. Unsealed and unsigned: a 100-point call on replies that give far less, an award to 2036.
  const unsealed = {
    ...genuine,
    source: undefined,
    signature: undefined,
    profiles: [person('forged-1', 'FORGE1')],
    attempts: [forgedCall('forged-call-1', 'forged-1', AC_PATHS.worst.choices)],
    awards: [award('forged-1', 'FORGE1')],
    ledger: [],
  };
  // 2. The same, its chain rebuilt with the public link function and signed by a stranger's key;
  //    plus a call that does replay as claimed, which HR will accept on trust.
  const attempts2 = [
    forgedCall('forged-call-2', 'forged-2', AC_PATHS.worst.choices),
    { ...call, id: 'forged-call-3', profileId: 'forged-2' },
  ];
  const ledger2: ChainLink[] = [];
  for (const attempt of attempts2) {
    ledger2.push(nextLink(ledger2.at(-1) ?? null, 'forged-2', 'attempt', attempt, 1));
  }
  const award2 = award('forged-2', 'FORGE2');
  ledger2.push(nextLink(ledger2.at(-1)!, 'forged-2', 'award', award2, 1));
  const { signature: _genuineSignature, source: _genuineSource, ...genuineBody } = genuine;
  const rebuilt = signAsStranger({
    ...genuineBody,
    profiles: [person('forged-2', 'FORGE2')],
    attempts: attempts2,
    awards: [award2],
    ledger: ledger2,
  });
  expect(verifyChains(rebuilt as never)).toEqual([]);
  const files = {
    unsealed: testInfo.outputPath('forged-unsealed.json'),
    rebuilt: testInfo.outputPath('forged-rebuilt.json'),
  };
  writeFileSync(files.unsealed, JSON.stringify(unsealed));
  writeFileSync(files.rebuilt, JSON.stringify(rebuilt));

  const plan = b.locator('.merge-plan');
  const choose = (file: string) => b.getByLabel('选择记录包文件').setInputFiles(file);

  // The unsealed forgery: unverified (unsigned) or refused (its replies give another score).
  await choose(files.unsealed);
  await expect(plan.locator('.plan-source')).toContainText('记录包没有签名');
  await expect(plan.locator('.plan-genuine')).toContainText('0 条');
  await expect(plan.locator('.plan-refused [data-record="forged-call-1"]')).toContainText(
    '得分与记录不符',
  );
  await expect(plan.locator('.plan-certificates')).toContainText('1 张');
  await shoot(b, 'merge-plan-forged-unsealed', plan);
  await plan.getByRole('button', { name: '确认合并' }).click();
  await expect(plan.getByRole('status')).toContainText('已合并');

  // The rebuilt, stranger-signed forgery: the signer is not enrolled; HR accepts the one call that
  // replays as claimed, saying who and why; the 100-point call stays refused.
  await choose(files.rebuilt);
  await expect(plan.locator('.plan-source')).toContainText('未登记的机器');
  await expect(plan.locator('.plan-refused [data-record="forged-call-2"]')).toBeVisible();
  await expect(plan.locator('.plan-unverified [data-record="forged-call-3"]')).toContainText(
    '签名的机器未登记',
  );
  await plan.getByLabel('接受这 1 条未核实的记录').check();
  await expect(plan.getByRole('button', { name: '确认合并' })).toBeDisabled();
  await plan.getByLabel('经办人').fill('人事 张');
  await plan.getByLabel('理由').fill('当面核对过纸质记录');
  await shoot(b, 'merge-plan-forged-signed', plan);
  await plan.getByRole('button', { name: '确认合并' }).click();
  await expect(plan.getByRole('status')).toContainText('已合并');

  // The genuine bundle from the enrolled machine.
  await choose(genuineFile);
  await expect(plan.locator('.plan-source')).toContainText('已登记的机器“培训室 1 号机”');
  await expect(plan.locator('.plan-genuine')).toContainText('1 条');
  await expect(plan.locator('.plan-refused')).toContainText('0 条');
  await shoot(b, 'merge-plan-genuine', plan);
  await plan.getByRole('button', { name: '确认合并' }).click();
  await expect(plan.getByRole('status')).toContainText('已合并');

  // A's laptop is lost: HR withdraws it, by keyboard, saying who and why, after reading what it means.
  const machineA = machines.locator(`[data-fingerprint="${fingerprint}"]`);
  const withdrawButton = machineA.getByRole('button', {
    name: '撤销登记“培训室 1 号机”',
    exact: true,
  });
  await withdrawButton.focus();
  await b.keyboard.press('Enter');
  const withdrawForm = machineA.locator('.withdraw-form');
  // Escape closes it unchanged and gives focus back to the button; Enter opens it again.
  await expect(withdrawForm).toBeVisible();
  await b.keyboard.press('Escape');
  await expect(withdrawForm).toHaveCount(0);
  await expect(withdrawButton).toBeFocused();
  await b.keyboard.press('Enter');
  await expect(withdrawForm).toContainText('这台机器签名的记录包一律按未核实处理');
  await expect(withdrawForm).toContainText('撤销前签名、撤销后才合并的记录包也一样');
  await expect(withdrawForm).toContainText('已经从它合并进来的记录保持原样');
  await expect(withdrawForm.getByLabel('经办人')).toBeFocused();
  await b.keyboard.type('人事 李');
  // No reason yet: refused, nothing withdrawn.
  await b.keyboard.press('Enter');
  await expect(withdrawForm.getByRole('alert')).toContainText('请填写经办人和理由');
  await expect(machineA).toHaveAttribute('data-standing', 'enrolled');
  await b.keyboard.press('Tab');
  await expect(withdrawForm.getByLabel('理由')).toBeFocused();
  await b.keyboard.type('笔记本丢失');
  await expect(withdrawForm.getByRole('alert')).toHaveCount(0);
  // On a phone: every control of the list and the form at least 44 px tall, nothing wider than the screen.
  await b.setViewportSize({ width: 390, height: 844 });
  for (const control of await machines.locator('button, input').all()) {
    expect((await control.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  }
  expect(await machines.evaluate((panel) => panel.scrollWidth - panel.clientWidth)).toBe(0);
  expect(
    (await withdrawForm.boundingBox())!.x + (await withdrawForm.boundingBox())!.width,
  ).toBeLessThanOrEqual(390);
  await b.setViewportSize({ width: 1280, height: 800 });
  await shoot(b, 'machine-withdraw-form', machines);
  await expect(withdrawForm.getByLabel('理由')).toBeFocused();
  await b.keyboard.press('Enter');
  await expect(machineA).toHaveAttribute('data-standing', 'withdrawn');
  await expect(machineA).toContainText('已撤销');
  await expect(machineA).toContainText('人事 张 登记于');
  await expect(machineA).toContainText('人事 李 于');
  await expect(machineA).toContainText('撤销登记，理由：笔记本丢失');
  const withdrawnNote = machines.locator('.withdrawn-note');
  await expect(withdrawnNote).toContainText('已撤销登记“培训室 1 号机”');
  await expect(withdrawnNote).toBeFocused();
  await shoot(b, 'machine-withdrawn', machines);

  // The bundle A signed before the withdrawal, merged after it: unverified, saying why.
  await choose(laterFile);
  await expect(plan.locator('.plan-source')).toContainText('已撤销登记的机器“培训室 1 号机”');
  await expect(plan.locator('.plan-genuine')).toContainText('0 条');
  await expect(plan.locator('.plan-unverified')).toContainText('1 条');
  const laterListed = plan.locator(`.plan-unverified [data-record="${laterCall.id}"]`);
  await expect(laterListed).toContainText('签名的机器已撤销登记（人事 李 于');
  await expect(laterListed).toContainText('理由：笔记本丢失）');
  await shoot(b, 'merge-plan-withdrawn', plan);
  await b.getByRole('button', { name: /English/ }).click();
  await expect(plan.locator('.plan-source')).toContainText(
    'Signed by the withdrawn machine “培训室 1 号机”',
  );
  await expect(laterListed).toContainText('signed by a withdrawn machine (withdrawn by 人事 李 on');
  await expect(laterListed).toContainText(': 笔记本丢失)');
  await shoot(b, 'merge-plan-withdrawn-en', plan);
  await b.getByRole('button', { name: /中文/ }).click();
  await plan.getByRole('button', { name: '确认合并' }).click();
  await expect(plan.getByRole('status')).toContainText('已合并');
  // It waits for HR's review, saying why: who withdrew the machine, when and why.
  const waiting = b.locator(`.review-list [data-record="${laterCall.id}"]`);
  await expect(waiting).toContainText('签名的机器已撤销登记（人事 李 于');
  await expect(waiting).toContainText('理由：笔记本丢失）');

  // Nothing forged became a certificate.
  const stored = await readChains(b);
  expect(stored.awards).toEqual([]);
  expect(verifyChains(stored as never)).toEqual([]);
  const status = provenanceOf(stored.ledger as unknown as Link[]);
  expect(status.get(call.id)).toBe('genuine');
  expect(status.get(laterCall.id)).toBe('unverified');
  expect(status.get('forged-call-1')).toBe('refused');
  expect(status.get('forged-call-2')).toBe('refused');
  expect(status.get('forged-call-3')).toBe('accepted');

  // Verify tells genuine, accepted and refused apart, with the source.
  await b.goto('./#/data');
  await b.getByRole('button', { name: '核验记录' }).click();
  const report = b.locator('.provenance-list');
  await expect(report.locator(`[data-record="${call.id}"]`)).toHaveAttribute(
    'data-status',
    'genuine',
  );
  await expect(report.locator(`[data-record="${call.id}"]`)).toContainText('培训室 1 号机');
  await expect(report.locator('[data-record="forged-call-3"]')).toContainText('人事已接受');
  await expect(report.locator('[data-record="forged-call-3"]')).toContainText('当面核对过纸质记录');
  await expect(report.locator('[data-record="forged-call-1"]')).toContainText('已拒绝');
  await expect(report.locator(`[data-record="${laterCall.id}"]`)).toContainText(
    '签名的机器已撤销登记（人事 李 于',
  );
  await expect(b.locator('.verification.broken')).toHaveCount(0);
  // Every roster row matches the one rebuilt from the sealed records that count.
  await expect(b.locator('.summary-differs')).toHaveCount(0);
  await shoot(b, 'verify-provenance', b.locator('section[aria-labelledby="verify-title"]'));

  // The same in English.
  await b.getByRole('button', { name: /English/ }).click();
  await expect(report.locator(`[data-record="${call.id}"]`)).toContainText('Genuine');
  await expect(report.locator('[data-record="forged-call-3"]')).toContainText('Accepted by HR');
  await expect(report.locator('[data-record="forged-call-1"]')).toContainText(
    'replaying its recorded replies gives another score',
  );
  await shoot(b, 'verify-provenance-en', b.locator('section[aria-labelledby="verify-title"]'));
  await b.goto('./#/hr');
  await passRoleGateIfShown(b, 'hr');
  await b.getByLabel('Choose a bundle file').setInputFiles(files.rebuilt);
  await expect(plan.locator('.plan-source')).toContainText('not enrolled');
  await shoot(b, 'merge-plan-en', plan);

  // The laptop turns up: HR enrols A again; its earlier enrolment and withdrawal stay on record.
  await expect(machineA).toContainText('Withdrawn');
  await expect(machineA).toContainText('withdrawn by 人事 李 on');
  await machineA.getByRole('button', { name: 'Enrol “培训室 1 号机” again', exact: true }).click();
  await expect(machines.getByLabel('Machine fingerprint')).toHaveValue(fingerprint!);
  await expect(machines.getByLabel('Your name')).toBeFocused();
  await b.keyboard.type('HR Wang');
  await b.keyboard.press('Enter');
  await expect(machineA).toHaveAttribute('data-standing', 'enrolled');
  await expect(machineA).toContainText('enrolled by HR Wang');
  await expect(machineA).toContainText('Earlier enrolment: “培训室 1 号机”, enrolled by 人事 张');
  await expect(machineA).toContainText('withdrawn by 人事 李 on');
  await shoot(b, 'machine-enrolled-again-en', machines);
  await b.getByLabel('Choose a bundle file').setInputFiles(laterFile);
  await expect(plan.locator('.plan-source')).toContainText('Signed by the enrolled machine');

  // A's own chain, read back raw, is whole too.
  expect(verifyChains((await readChains(a)) as never)).toEqual([]);
  await traineeMachine.close();
  await hrMachine.close();
});
