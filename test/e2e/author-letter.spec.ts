import { expect, test } from '@playwright/test';
import { bundledScenario } from '../../src/scenarios/bundled';
import { zhCN } from '../../src/ui/i18n/zh-CN';
import { openInOutline } from './support/author-steps';
import { createTrainee, openTrainerTool, snap } from './support/steps';

const LETTER = bundledScenario('hospital-written-reply');
const A = zhCN.author;
const L = zhCN.letterAuthoring;

test('the editor shows and changes a written reply’s kind and Send marks by keyboard', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await createTrainee(page, '林编写', 'LETTER1');
  await openTrainerTool(page, zhCN.trainerHub.tools.author.name);
  await page.getByLabel(A.copyPick).selectOption(LETTER.id);
  await page.getByRole('button', { name: A.copyButton }).click();

  await openInOutline(page, A.caseItem);
  const main = page.locator('.editor-main');
  const kind = main.getByLabel(L.kind, { exact: true });
  await expect(kind).toHaveValue('written-reply');
  await expect(kind).toHaveAccessibleDescription(L.kindHint);

  // The slot after the explanation offers three paragraphs and "send it now".
  await openInOutline(page, 'what-next');
  const sends = main.getByRole('checkbox', { name: L.send });
  await expect(sends).toHaveCount(3);
  const sendNow = main.locator('[data-field$="choices[2].send"]');
  await expect(sendNow).toBeChecked();
  await expect(main.locator('[data-field$="choices[0].send"]')).not.toBeChecked();
  await sendNow.scrollIntoViewIfNeeded();
  await snap(page, 'author-letter-send-zh-1280');

  // By keyboard: Space unmarks and marks it again.
  await sendNow.focus();
  await page.keyboard.press('Space');
  await expect(sendNow).not.toBeChecked();
  await page.keyboard.press('Space');
  await expect(sendNow).toBeChecked();

  await page.setViewportSize({ width: 390, height: 844 });
  const box = await sendNow.locator('xpath=ancestor::label[1]').boundingBox();
  expect(box!.height).toBeGreaterThanOrEqual(44);
  expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  await snap(page, 'author-letter-send-zh-390');
  await page.setViewportSize({ width: 1280, height: 800 });

  // Made a call, the case has no Send marks to show.
  await openInOutline(page, A.caseItem);
  await kind.focus();
  await page.keyboard.press('ArrowUp');
  await expect(kind).toHaveValue('call');
  await openInOutline(page, 'what-next');
  await expect(sends).toHaveCount(0);
});
