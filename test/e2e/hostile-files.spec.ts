import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Scenario } from '../../src/engine/scenario-schema';
import { packText } from '../../src/storage/custom-scenarios';
import { fanOut, longChain, packOf } from '../hostile-packs';
import { AC, openTrainerTool } from './support/steps';

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
      en: ['decision point 14 (“And 13”)', 'from node "f13" on', 'more than 50,000 different calls'],
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
