import { expect, test, type Locator, type Page } from '@playwright/test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Scenario } from '../../src/engine/scenario-schema';
import { packText } from '../../src/storage/custom-scenarios';
import { fanOut, longChain, packOf } from '../hostile-packs';
import { readTables, type Row, type Tables } from './support/read-tables';
import {
  AC,
  AC_PATHS,
  finishCall,
  openTrainerTool,
  passRoleGateIfShown,
  takeCall,
} from './support/steps';

const OURS: Scenario = {
  ...AC,
  id: 'our-bom-case',
  title: { 'zh-CN': '本中心：带 BOM 的案例', en: 'Our centre: a case saved with a BOM' },
};
const VALID = packText([{ ...OURS, id: 'another-case' }]);

/** Line and column (from 1) of a byte offset, counting characters as an editor does. */
function lineColumn(bytes: Buffer, offset: number): string {
  const before = bytes.subarray(0, offset).toString('utf8').split('\n');
  return `${before.length}:${before.at(-1)!.length + 1}`;
}

/** Where a pack's text is cut: the end of the text, as line:column. */
function endOf(text: string): string {
  const lines = text.split('\n');
  return `${lines.length}:${lines.at(-1)!.length + 1}`;
}

/** Every imported case as stored, read straight from IndexedDB. */
const scenarioRows = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('complaint-desk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('scenarios').objectStore('scenarios').getAll();
          all.onsuccess = () => {
            resolve((all.result as unknown[]).map((r) => JSON.stringify(r)));
            open.result.close();
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );

interface Hostile {
  name: string;
  bytes: Buffer;
  /** What the alert says in Chinese, then in English: the place and the fault. */
  zh: Array<string | RegExp>;
  en: Array<string | RegExp>;
}

function hostileInputs(): Hostile[] {
  const valid = Buffer.from(VALID, 'utf8');
  // A byte no UTF-8 text holds, inside the case's title.
  const badAt = valid.indexOf(Buffer.from('带 BOM')) + 3;
  const invalidUtf8 = Buffer.concat([
    valid.subarray(0, badAt),
    Buffer.from([0xff]),
    valid.subarray(badAt),
  ]);
  // Cut at the end of a line, as a download that stopped would leave it.
  const cut = VALID.slice(0, VALID.lastIndexOf('\n', Math.floor(VALID.length * 0.6)));
  // Noise from a fixed generator; the first byte no text file holds is where the message points.
  let seed = 7;
  const garbage = Buffer.from(
    Array.from(
      { length: 2048 },
      () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) >> 16) & 0xff,
    ),
  );
  const firstControl = [...garbage].findIndex(
    (b) => (b < 0x20 && ![0x09, 0x0a, 0x0d].includes(b)) || b === 0x7f,
  );
  return [
    {
      name: '12000-node chain',
      bytes: Buffer.from(packOf(longChain(12_000))),
      zh: ['决策点 501（“又500”）', '有 12000 个节点，最多只能有 500 个'],
      en: ['decision point 501 (“And 500”)', '12000 nodes in this case; at most 500 are allowed'],
    },
    {
      name: 'million-path pack',
      bytes: Buffer.from(packOf(fanOut(20))),
      zh: ['决策点 14（“又13”）', '从节点“f13”起', '超过 50,000 种'],
      en: [
        'decision point 14 (“And 13”)',
        'from node "f13" on',
        'more than 50,000 different calls',
      ],
    },
    {
      name: 'invalid UTF-8',
      bytes: invalidUtf8,
      zh: [
        `不是有效的 UTF-8：第 ${badAt} 字节（0xFF）`,
        `位于第 ${lineColumn(invalidUtf8, badAt).replace(':', ' 行第 ')} 列`,
      ],
      en: [
        `not valid UTF-8: byte ${badAt} (0xFF) at line ${lineColumn(invalidUtf8, badAt).replace(':', ', column ')}`,
      ],
    },
    {
      name: 'UTF-16',
      bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(VALID, 'utf16le')]),
      zh: ['UTF-16（小端）', '另存为 UTF-8'],
      en: ['UTF-16 (little-endian)', 'save it as UTF-8'],
    },
    {
      name: 'binary garbage',
      bytes: garbage,
      zh: ['二进制数据', `第 ${firstControl} 字节`],
      en: ['binary data, not text', `byte ${firstControl} `],
    },
    {
      name: 'truncated JSON',
      bytes: Buffer.from(cut),
      zh: [`位于第 ${endOf(cut).replace(':', ' 行第 ')} 列`, '结束之前就断了'],
      en: [`invalid JSON at ${endOf(cut)}`, 'the file ends'],
    },
  ];
}

/** A profile from the first screen, by the form's own text boxes (the screen also has a search). */
async function createProfile(page: Page, name: string, employeeId: string) {
  await page.goto('./');
  await page.getByRole('textbox', { name: '姓名', exact: true }).fill(name);
  await page.getByRole('textbox', { name: '工号', exact: true }).fill(employeeId);
  await page.getByRole('button', { name: '创建并进入' }).click();
  await expect(page.getByRole('heading', { name: '案例库' })).toBeVisible();
}

async function choose(page: Page, file: string) {
  await page.getByLabel(/选择案例包文件|Choose a pack file/).setInputFiles(file);
}

test('hostile pack files are refused on the packs screen, located, in both languages, and change nothing', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  await createProfile(page, '恶意文件', 'HOST1');
  await openTrainerTool(page, '案例包');

  // A valid pack saved with a byte-order mark is accepted.
  const bom = testInfo.outputPath('bom.pack.json');
  writeFileSync(
    bom,
    Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(packText([OURS]))]),
  );
  await choose(page, bom);
  await expect(page.getByRole('status').filter({ hasText: '已导入 1 个案例' })).toContainText(
    OURS.title['zh-CN'],
  );
  const before = await scenarioRows(page);
  expect(before).toHaveLength(1);

  const alert = page.getByRole('alert');
  for (const hostile of hostileInputs()) {
    const file = testInfo.outputPath(`${hostile.name.replace(/\W+/g, '-')}.json`);
    writeFileSync(file, hostile.bytes);
    await choose(page, file);
    await expect(alert, hostile.name).toContainText('这个案例包不能导入');
    for (const words of hostile.zh) await expect(alert, hostile.name).toContainText(words);
    await page.getByRole('button', { name: /English/ }).click();
    await expect(alert, hostile.name).toContainText('This pack cannot be imported');
    for (const words of hostile.en) await expect(alert, hostile.name).toContainText(words);
    if (hostile.name === 'million-path pack') {
      const shots = testInfo.outputPath('shots');
      mkdirSync(shots, { recursive: true });
      await alert.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${shots}/refused-en-1280x800.png` });
      await page.setViewportSize({ width: 390, height: 844 });
      await page.getByRole('button', { name: /中文/ }).click();
      await alert.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${shots}/refused-zh-390x844.png` });
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.getByRole('button', { name: /English/ }).click();
    }
    await page.getByRole('button', { name: /中文/ }).click();
    expect(await scenarioRows(page), hostile.name).toEqual(before);
  }
});

/**
 * Runs before the app: every worker the page starts is counted, and while `hold` is set the
 * request it is sent waits until the test releases it, so the test can use the page while a check
 * is surely still pending. The longest main-thread task since the last reset is kept too.
 */
const WATCH_CHECKS = `(() => {
  const watch = (window.__checks = { made: 0, hold: false, held: [], longest: 0 });
  const Original = window.Worker;
  window.Worker = class extends Original {
    constructor(...args) {
      super(...args);
      watch.made += 1;
    }
    postMessage(...args) {
      if (watch.hold) watch.held.push(() => super.postMessage(...args));
      else super.postMessage(...args);
    }
  };
  window.__releaseChecks = () => {
    watch.hold = false;
    for (const send of watch.held.splice(0)) send();
  };
  new PerformanceObserver((list) => {
    for (const task of list.getEntries()) watch.longest = Math.max(watch.longest, task.duration);
  }).observe({ type: 'longtask', buffered: false });
})();`;

interface Watch {
  made: number;
  hold: boolean;
  longest: number;
}
const watch = (page: Page) =>
  page.evaluate(() => {
    const { made, hold, longest } = (window as unknown as { __checks: Watch }).__checks;
    return { made, hold, longest };
  });

/** The records a restore or a merge would change, read straight from IndexedDB. */
const RECORD_TABLES = [
  'profiles',
  'attempts',
  'steps',
  'ledger',
  'scenarios',
  'observations',
  'overrides',
  'awards',
  'quizAttempts',
  'profileSummaries',
];
const records = (tables: Tables) =>
  Object.fromEntries(RECORD_TABLES.map((name) => [name, tables[name] ?? []]));

interface HostileRecords {
  name: string;
  file: object;
  /** The located problem: its JSON path, and its words in Chinese and in English where given. */
  path: string;
  zh?: string;
  en?: string;
}

async function download(
  page: Page,
  button: Locator,
  file: string,
): Promise<Record<string, unknown>> {
  const downloading = page.waitForEvent('download');
  await button.click();
  await (await downloading).saveAs(file);
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
}

/**
 * Brings one hostile file through its screen. The first is held in its worker while the
 * language is switched both ways (the page answers while the check is still pending); then it is
 * refused at its place, in both languages, checked in a worker of its own.
 */
async function refuse(
  page: Page,
  input: Locator,
  hostile: HostileRecords,
  words: { checking: [string, string]; refused: [string, string] },
  file: string,
  held: boolean,
) {
  writeFileSync(file, JSON.stringify(hostile.file));
  const made = (await watch(page)).made;
  await page.evaluate((hold) => {
    const checks = (window as unknown as { __checks: Watch }).__checks;
    checks.hold = hold;
    checks.longest = 0;
  }, held);
  await input.setInputFiles(file);
  if (held) {
    const checking = page.getByRole('status').filter({ hasText: words.checking[0] });
    await expect(checking, hostile.name).toBeVisible();
    await page.getByRole('button', { name: /English/ }).click();
    await expect(
      page.getByRole('status').filter({ hasText: words.checking[1] }),
      hostile.name,
    ).toBeVisible();
    await page.getByRole('button', { name: /中文/ }).click();
    await expect(checking, hostile.name).toBeVisible();
    await page.evaluate(() => (window as unknown as { __releaseChecks(): void }).__releaseChecks());
  }
  const alert = page.getByRole('alert').filter({ hasText: words.refused[0] });
  await expect(alert, hostile.name).toContainText(hostile.path);
  if (hostile.zh) await expect(alert, hostile.name).toContainText(hostile.zh);
  await page.getByRole('button', { name: /English/ }).click();
  const english = page.getByRole('alert').filter({ hasText: words.refused[1] });
  await expect(english, hostile.name).toContainText(hostile.path);
  if (hostile.en) await expect(english, hostile.name).toContainText(hostile.en);
  await page.getByRole('button', { name: /中文/ }).click();
  const after = await watch(page);
  expect(after.made, `${hostile.name}: checked in a worker of its own`).toBe(made + 1);
  console.log(`${hostile.name}: longest main-thread task ${after.longest.toFixed(0)} ms`);
}

test('a hostile backup and records bundle are refused where they were brought, located, in both languages, with the page answering while a worker checks them; nothing is written', async ({
  page,
}, testInfo) => {
  test.setTimeout(300_000);
  await page.addInitScript(WATCH_CHECKS);
  await createProfile(page, '恶意备份', 'HOST2');
  await takeCall(page, AC);
  await finishCall(page, AC, AC_PATHS.recommended.choices);
  await page.goto('./#/hr');
  await passRoleGateIfShown(page, 'hr');
  const bundle = await download(
    page,
    page.getByRole('button', { name: '导出记录包' }),
    testInfo.outputPath('bundle.json'),
  );
  await page.goto('./#/data');
  const backup = await download(
    page,
    page.getByRole('button', { name: '下载全部记录的备份' }),
    testInfo.outputPath('backup.json'),
  );
  const before = records(await readTables(page));

  const tables = backup.tables as Record<string, Row[]>;
  const caseRow = (scenario: Scenario) => ({
    id: scenario.id,
    scenario,
    contentHash: 'a'.repeat(64),
    importedAt: 1,
  });
  const withTables = (changed: Record<string, Row[]>) => ({
    ...backup,
    tables: { ...tables, ...changed },
  });
  const profiles = tables.profiles!;
  const person = profiles.find((p) => p.employeeId === 'HOST2')!;
  const backups: HostileRecords[] = [
    {
      name: 'backup with a million-path case',
      file: withTables({ scenarios: [caseRow(fanOut(20))] }),
      path: '$.tables.scenarios[0].scenario.nodes[13]',
      zh: '超过 50,000 种',
      en: 'more than 50,000 different calls',
    },
    {
      name: 'backup with a 12000-node chain',
      file: withTables({ scenarios: [caseRow(longChain(12_000))] }),
      path: '$.tables.scenarios[0].scenario.nodes[500]',
      zh: '有 12000 个节点，最多只能有 500 个',
      en: '12000 nodes in this case; at most 500 are allowed',
    },
    {
      name: 'backup with one 工号 twice',
      file: withTables({ profiles: [...profiles, { ...person, id: `${String(person.id)}-copy` }] }),
      path: `$.tables.profiles[${profiles.length}].employeeId`,
      zh: '工号 HOST2 在备份里属于两个人',
      en: '工号 HOST2 is held by two people in the backup',
    },
    {
      // A machine whose app has not updated yet, given a newer machine's backup: said as that,
      // with what to do (shown under it), not as the rows' fields it does not know.
      name: 'backup from a newer version of the app',
      file: {
        ...withTables({ machines: [{ fingerprint: 'future', futureField: true }] }),
        schemaVersion: 99,
      },
      path: '$.schemaVersion',
      zh: '先更新这台机器上的应用',
      en: 'this file was made by a newer version of the app (records version 99',
    },
  ];
  const restoreInput = page.getByLabel('选择备份文件');
  for (const [i, hostile] of backups.entries()) {
    await refuse(
      page,
      restoreInput,
      hostile,
      {
        checking: ['正在检查备份文件……', 'Checking the backup file…'],
        refused: ['这个文件不能恢复', 'This file cannot be restored'],
      },
      testInfo.outputPath(`backup-${i}.json`),
      i === 0,
    );
  }

  // A bundle of a thousand copies of the call (tens of megabytes), the last one's turns a number.
  const attempts = bundle.attempts as Row[];
  const call = attempts.find((a) => a.status === 'finished')!;
  const copies: Row[] = Array.from({ length: 1000 }, (_, i) => ({
    ...call,
    id: `${String(call.id)}-${i}`,
  }));
  copies[999] = { ...copies[999]!, turns: 5 };
  const score = call.score as Record<string, unknown>;
  const bundles: HostileRecords[] = [
    {
      name: 'bundle of a thousand calls, the last malformed',
      file: { ...bundle, attempts: [...attempts, ...copies] },
      path: `$.attempts[${attempts.length + 999}].turns`,
    },
    {
      name: 'bundle with a score total written as text',
      file: { ...bundle, attempts: [{ ...call, score: { ...score, total: '100' } }] },
      path: '$.attempts[0].score.total',
    },
    {
      name: 'bundle from a newer version of the app',
      file: { ...bundle, schemaVersion: 99 },
      path: '$.schemaVersion',
      zh: '这个文件由较新版本的应用生成（记录格式第 99 版',
      en: 'update the app on this machine first',
    },
  ];
  await page.goto('./#/hr');
  await passRoleGateIfShown(page, 'hr');
  const mergeInput = page.getByLabel('选择记录包文件');
  for (const [i, hostile] of bundles.entries()) {
    await refuse(
      page,
      mergeInput,
      hostile,
      {
        checking: ['正在检查记录包……', 'Checking the bundle…'],
        refused: ['这个记录包不能合并', 'This bundle cannot be merged'],
      },
      testInfo.outputPath(`bundle-${i}.json`),
      i === 0,
    );
  }
  expect(records(await readTables(page))).toEqual(before);
});
