import { expect, test, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { DEFAULT_LISTS } from '../../src/engine/detect/default-lists';
import { en } from '../../src/ui/i18n/en';
import { zhCN } from '../../src/ui/i18n/zh-CN';
import { answerLabel, takeLabel } from './support/channel-words';
import { readTables } from './support/read-tables';
import { AC, createTrainee, openTrainerTool, snap } from './support/steps';

const words = zhCN.organisationLists;
/** A house apology the bundled lists do not hear, which the organisation adds. */
const HOUSE_LISTS = {
  id: 'acme-bank',
  version: '3',
  behaviours: { apologize: { 'zh-CN': ['赔个不是'] } },
  closings: { en: ['cheers then'] },
};
const MERGED = `${DEFAULT_LISTS.version}+acme-bank.3`;
const SAID =
  '周先生您好，我是投诉专席的小林。新买的空调就出毛病，换谁都会生气，给您赔个不是。您说说遥控器是怎么个不灵法？';

/** Every button and the file picker of the panel are at least a fingertip high (44 px). */
async function expectFingerSized(page: Page) {
  // The picker's face is the label beside its input (the input itself is hidden, still focusable).
  const picker = page.locator('.org-lists label:has(.file-field-button)');
  for (const control of await page.locator('.org-lists button').or(picker).all()) {
    expect((await control.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  }
}

/** Chooses a file in the panel's picker, reached by keyboard. */
async function chooseFile(page: Page, path: string, label = words.chooseFile) {
  const picker = page.getByLabel(label);
  await picker.focus();
  await expect(picker).toBeFocused();
  await picker.setInputFiles(path);
}

/** Drops a file on the panel's drop zone, as dragging it from the desktop does. */
async function dropFile(page: Page, path: string) {
  const content = readFileSync(path, 'utf8');
  const dataTransfer = await page.evaluateHandle(
    ([text, name]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], name, { type: 'application/json' }));
      return transfer;
    },
    [content, basename(path)] as const,
  );
  const zone = page.locator('.org-lists-drop');
  await zone.dispatchEvent('dragover', { dataTransfer });
  await zone.dispatchEvent('drop', { dataTransfer });
}

test("a trainer loads the organisation's phrase lists and a typed reply in its wording is graded and recorded with them", async ({
  page,
}, testInfo) => {
  const bad = testInfo.outputPath('bad.lists.json');
  writeFileSync(
    bad,
    JSON.stringify({ ...HOUSE_LISTS, behaviours: { apologize: { 'zh-CN': ['赔个(不是'] } } }),
  );
  const good = testInfo.outputPath('acme.lists.json');
  writeFileSync(good, JSON.stringify(HOUSE_LISTS));

  await createTrainee(page, '林自述', 'LISTS-1');
  await openTrainerTool(page, '案例包');
  const panel = page.locator('.org-lists');
  await expect(panel.getByRole('status').first()).toHaveText(
    words.inUseReleased.replace('{{version}}', DEFAULT_LISTS.version),
  );

  // A broken pattern: refused, located, in the trainer's language; nothing is kept.
  await chooseFile(page, bad);
  const alert = panel.getByRole('alert');
  await expect(alert).toContainText(words.rejected);
  await expect(alert).toContainText('$.behaviours.apologize["zh-CN"][0]');
  await expect(alert).toContainText('不是检测器能用的正则表达式');
  await alert.scrollIntoViewIfNeeded();
  await snap(page, 'org-lists-refused-zh-1280');

  // The good file, dragged onto the panel: the picker names it, not the refused one picked before;
  // a preview of what it adds and the version turns will record, then used.
  const pickerName = panel.locator('.file-field-name');
  await expect(pickerName).toHaveText('bad.lists.json');
  await dropFile(page, good);
  await expect(pickerName).toHaveText('acme.lists.json');
  const preview = panel.locator('.org-lists-preview');
  await expect(
    preview.getByRole('row', { name: `${zhCN.author.behaviour.apologize} 1 0` }),
  ).toBeVisible();
  await expect(preview).toContainText(words.recordedAs.replace('{{version}}', MERGED));
  await expectFingerSized(page);
  await snap(page, 'org-lists-preview-zh-1280');
  await panel.screenshot({ path: 'test-results/screens/org-lists-panel-preview-zh-1280.png' });
  await preview.getByRole('button', { name: words.use }).focus();
  await page.keyboard.press('Enter');
  await expect(panel.getByText(words.used.replace('{{version}}', MERGED))).toBeVisible();
  await expect(panel.locator('.org-lists-in-use')).toContainText(MERGED);
  await expect(panel.getByRole('button', { name: words.useReleased })).toBeVisible();

  // A trainee says the house apology in her own words: the grader hears it and records the version.
  await page.locator('.app-nav a[href="#/library"]').click();
  await page
    .getByRole('article', { name: AC.title['zh-CN'] })
    .getByRole('button', { name: takeLabel(AC.channel, 'zh-CN') })
    .click();
  await page.getByRole('checkbox', { name: zhCN.typedReply.call.mode }).check();
  await page.getByRole('button', { name: answerLabel(AC.channel, 'zh-CN'), exact: true }).click();
  const box = page.getByRole('textbox', { name: zhCN.typedReply.call.boxLabel });
  await expect(box).toBeFocused();
  await page.keyboard.insertText(SAID);
  await expect(
    page.locator('.heard-good', { hasText: zhCN.author.behaviour.apologize }),
  ).toBeVisible();
  await page.keyboard.press('Control+Enter');
  const which = page.getByRole('heading', { name: zhCN.typedReply.call.whichTitle });
  const said = page.locator('.bubble-trainee', { hasText: SAID });
  await expect(said.or(which)).toBeVisible();
  if (await which.isVisible()) await page.keyboard.press('1');
  await expect(said).toBeVisible();
  const { attempts } = await readTables(page);
  const typed = (
    attempts![0]!.turns as Array<{ typed?: { listsVersion: string; behaviours: string[] } }>
  )[0]!.typed!;
  expect(typed.listsVersion).toBe(MERGED);
  expect(typed.behaviours).toContain('apologize');
});

test('on a phone, the lists in use, a kept version and the way back to the bundled lists, in English', async ({
  page,
}, testInfo) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const good = testInfo.outputPath('acme.lists.json');
  writeFileSync(good, JSON.stringify(HOUSE_LISTS));
  await createTrainee(page, 'Lin', 'LISTS-2');
  await openTrainerTool(page, '案例包');
  await page.getByRole('button', { name: /English/ }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const panel = page.locator('.org-lists');
  await chooseFile(page, good, en.organisationLists.chooseFile);
  await panel.getByRole('button', { name: en.organisationLists.use }).click();
  await expect(panel.locator('.org-lists-in-use')).toContainText(MERGED);
  await expect(panel.locator('.org-lists-kept')).toContainText(MERGED);
  await expectFingerSized(page);
  expect(
    await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    ),
  ).toBeLessThanOrEqual(0);
  await panel.scrollIntoViewIfNeeded();
  await snap(page, 'org-lists-in-use-en-390');
  await panel.screenshot({ path: 'test-results/screens/org-lists-panel-in-use-en-390.png' });
  await panel.getByRole('button', { name: en.organisationLists.useReleased }).focus();
  await page.keyboard.press('Enter');
  await expect(
    panel.getByText(
      en.organisationLists.usedReleased.replace('{{version}}', DEFAULT_LISTS.version),
    ),
  ).toBeVisible();
  // The kept version stays, to use again.
  await expect(panel.getByRole('button', { name: `Use "acme-bank" version 3` })).toBeVisible();
  await snap(page, 'org-lists-released-en-390');
});

/** Once `__listsFull` is set, every write of kept phrase lists fails as a full disk does. */
const LISTS_FULL = () => {
  const w = window as unknown as { __listsFull?: boolean };
  for (const method of ['add', 'put'] as const) {
    const original = IDBObjectStore.prototype[method];
    IDBObjectStore.prototype[method] = function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['add']>
    ) {
      if (w.__listsFull && this.name === 'organisationLists') {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return original.apply(this, args);
    };
  }
};

const listsFull = (page: Page, full: boolean) =>
  page.evaluate((on) => ((window as unknown as { __listsFull: boolean }).__listsFull = on), full);

test('a full disk when using the lists says so in the trainer’s words, keeps the lists in use, and Try again uses them once there is room', async ({
  page,
}, testInfo) => {
  await page.addInitScript(LISTS_FULL);
  const good = testInfo.outputPath('acme.lists.json');
  writeFileSync(good, JSON.stringify(HOUSE_LISTS));
  await createTrainee(page, '林满盘', 'LISTS-3');
  await openTrainerTool(page, '案例包');
  const panel = page.locator('.org-lists');
  await chooseFile(page, good);

  await listsFull(page, true);
  await panel.getByRole('button', { name: words.use }).focus();
  await page.keyboard.press('Enter');
  const alert = panel.getByRole('alert');
  await expect(alert).toContainText(zhCN.saveFeedback.phraseLists.quota);
  await expect(alert).not.toContainText('QuotaExceeded');
  await expect(panel.getByRole('status').first()).toHaveText(
    words.inUseReleased.replace('{{version}}', DEFAULT_LISTS.version),
  );
  expect((await readTables(page)).organisationLists).toEqual([]);
  await expectFingerSized(page);
  await page.locator('.language-switch').click();
  await expect(alert).toContainText(en.saveFeedback.phraseLists.quota);
  await page.locator('.language-switch').click();

  await listsFull(page, false);
  await alert.getByRole('button', { name: zhCN.saveFeedback.retry }).focus();
  await page.keyboard.press('Enter');
  await expect(panel.getByText(words.used.replace('{{version}}', MERGED))).toBeVisible();
  await expect(alert).toHaveCount(0);
});
