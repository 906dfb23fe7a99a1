import { expect, test, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { analysePaths } from '../../src/engine/analyse-paths';
import { packText } from '../../src/storage/custom-scenarios';
import { en } from '../../src/ui/i18n/en';
import { zhCN } from '../../src/ui/i18n/zh-CN';
import { AUTHORED_CASE } from './support/authored-case';
import {
  buildOutline,
  fillBoth,
  openInOutline,
  writeCaseFields,
  writeNode,
} from './support/author-steps';
import {
  createTrainee,
  openTrainerTool,
  passRoleGateIfShown,
  reply,
  replyText,
  snap,
  takeCall,
  transcriptTexts,
} from './support/steps';
import { seriousViolations } from './support/axe';

const A = zhCN.author;
const EXPERT = analysePaths(AUTHORED_CASE).recommended;

test('a trainer writes a case from scratch in both languages, test-plays and publishes it; trainees play it here and, from the exported pack, on a fresh profile', async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(240_000);
  await createTrainee(page, '林培训', 'AUTH1');
  await openTrainerTool(page, zhCN.trainerHub.tools.author.name);
  await page.getByRole('button', { name: A.newCase }).click();
  await expect(page.getByRole('heading', { name: A.untitled })).toBeVisible();
  await expect(page.getByRole('button', { name: A.publish })).toBeDisabled();
  await snap(page, 'author-blank-zh-1280');

  await writeCaseFields(page, AUTHORED_CASE);
  await buildOutline(page, AUTHORED_CASE, ['opening', 'satisfied', 'escalated']);
  for (const node of AUTHORED_CASE.nodes) await writeNode(page, node);
  await expect(page.locator('#publish-reason')).toHaveText(new RegExp(A.publishReady));
  await snap(page, 'author-ready-zh-1280');

  // Test-play from a middle node: an angry customer told the rules escalates.
  await openInOutline(page, 'need');
  await page.getByRole('button', { name: A.node.testPlayHere }).click();
  const testPlay = page.locator('.test-play');
  await testPlay.getByRole('button', { name: replyText(AUTHORED_CASE, 'policy') }).click();
  await expect(testPlay.getByRole('status')).toContainText(zhCN.outcome.escalated);
  await snap(page, 'author-test-play-zh-1280');

  await page.getByRole('button', { name: A.publish }).click();
  await expect(page.getByRole('status').filter({ hasText: '已发布为版本 1' })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: A.exportPack }).click();
  const packPath = testInfo.outputPath('authored.pack.json');
  await (await download).saveAs(packPath);
  const pack = JSON.parse(readFileSync(packPath, 'utf8')) as {
    scenarios: Array<{ version: number }>;
  };
  expect(pack.scenarios[0]!.version).toBe(1);

  // A trainee plays the published case from the library.
  await page.locator('.app-nav a[href="#/library"]').click();
  await takeCall(page, AUTHORED_CASE);
  await reply(page, AUTHORED_CASE, EXPERT.choices);
  const transcript = await transcriptTexts(page);
  await page.getByRole('button', { name: '查看复盘' }).click();
  await expect(page.getByLabel(`总分 ${EXPERT.total}`)).toBeVisible();

  // On a fresh profile in another browser, the exported pack plays identically.
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await createTrainee(other, '新学员', 'AUTH2');
  await openTrainerTool(other, '案例包');
  await other.getByLabel('选择案例包文件').setInputFiles(packPath);
  await expect(other.getByRole('status').filter({ hasText: '已导入 1 个案例' })).toBeVisible();
  await other.locator('.app-nav a[href="#/library"]').click();
  await takeCall(other, AUTHORED_CASE);
  await reply(other, AUTHORED_CASE, EXPERT.choices);
  expect(await transcriptTexts(other)).toEqual(transcript);
  await other.getByRole('button', { name: '查看复盘' }).click();
  await expect(other.getByLabel(`总分 ${EXPERT.total}`)).toBeVisible();
  await fresh.close();
});

test('undo and redo step through edits, a missing translation leads to its field, and a draft survives a reload', async ({
  page,
}) => {
  await createTrainee(page, '林培训', 'AUTH3');
  await openTrainerTool(page, zhCN.trainerHub.tools.author.name);
  await page.getByRole('button', { name: A.newCase }).click();
  const main = page.locator('.editor-main');
  const title = main.getByRole('group', { name: A.fields.title, exact: true });
  const heading = page.locator('#editor-title');

  await title.getByLabel('中文', { exact: true }).fill('宽带断了');
  await expect(heading).toHaveText('宽带断了');
  await page.getByRole('button', { name: A.undo }).click();
  await expect(heading).toHaveText(A.untitled);
  await page.keyboard.press('Control+Shift+Z');
  await expect(heading).toHaveText('宽带断了');
  await page.getByRole('button', { name: A.addDecision }).click();
  await expect(page.locator('.node-editor')).toBeVisible();
  await page.keyboard.press('Control+Z');
  await expect(
    page.getByRole('navigation', { name: A.outline }).getByRole('button', { name: /^node-1/ }),
  ).toHaveCount(0);
  await page.getByRole('button', { name: A.redo }).click();
  await expect(
    page.getByRole('navigation', { name: A.outline }).getByRole('button', { name: /^node-1/ }),
  ).toHaveCount(1);

  // The title is written in Chinese only: the checks name the missing English and lead to it.
  const warnings = page.locator('.problem-warning');
  await expect(warnings.getByRole('button')).toHaveCount(1);
  await expect(warnings).toContainText('还没有英文译文');
  // The errors are worded in Chinese too, zod's own schema messages included.
  await expect(page.locator('.problem-error').first()).toContainText(/[\u4e00-\u9fff]/);
  await warnings.getByRole('button').click();
  const english = title.getByLabel('English', { exact: true });
  await expect(english).toBeFocused();

  // Typed and reloaded at once: the change is flushed when the page goes away.
  await english.fill('Broadband down');
  await page.reload();
  // A reload locks the trainer desk again (unlocks live in the tab's memory only).
  await passRoleGateIfShown(page, 'trainer');
  await expect(heading).toHaveText('宽带断了');
  await expect(english).toHaveValue('Broadband down');
  await expect(
    page.getByRole('navigation', { name: A.outline }).getByRole('button', { name: /^node-1/ }),
  ).toHaveCount(1);
});

test('a published case edited again gets the next version while earlier attempts keep theirs', async ({
  page,
}, testInfo) => {
  const file = testInfo.outputPath('authored.pack.json');
  writeFileSync(file, packText([AUTHORED_CASE]));
  await createTrainee(page, '林培训', 'AUTH4');
  await openTrainerTool(page, '案例包');
  await page.getByLabel('选择案例包文件').setInputFiles(file);
  await expect(page.getByRole('status').filter({ hasText: '已导入 1 个案例' })).toBeVisible();
  await page.locator('.app-nav a[href="#/library"]').click();
  await takeCall(page, AUTHORED_CASE);
  await reply(page, AUTHORED_CASE, EXPERT.choices);

  await openTrainerTool(page, zhCN.trainerHub.tools.author.name);
  await page.getByLabel(A.copyPick).selectOption(AUTHORED_CASE.id);
  await page.getByRole('button', { name: A.copyButton }).click();
  await expect(page.locator('#publish-reason')).toHaveText(new RegExp(A.publishReady));
  for (const [width, height, name] of [
    [1280, 800, 'desktop'],
    [390, 844, 'phone'],
  ] as const) {
    await page.setViewportSize({ width, height });
    await look(page, `author-case-${name}-zh`);
    await openInOutline(page, 'need');
    await look(page, `author-node-${name}-zh`);
    await openInOutline(page, A.caseItem);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  await page
    .locator('.editor-main')
    .getByRole('group', { name: A.fields.title, exact: true })
    .getByLabel('中文', { exact: true })
    .fill('三天没修好的宽带（修订）');
  await page.getByRole('button', { name: A.publish }).click();
  await expect(page.getByRole('status').filter({ hasText: '已发布为版本 2' })).toBeVisible();

  await openInOutline(page, 'closing');
  await page.getByRole('button', { name: A.node.testPlayHere }).click();
  await page
    .locator('.test-play')
    .getByRole('button', { name: replyText(AUTHORED_CASE, 'check-ok') })
    .click();
  await page.getByRole('button', { name: 'English' }).click();
  await look(page, 'author-test-play-desktop-en');
  await page.locator('.draft-graph').scrollIntoViewIfNeeded();
  await look(page, 'author-graph-desktop-en');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.locator('.outline').getByRole('button', { name: /^need/ }).click();
  await look(page, 'author-node-phone-en');
  await page.getByRole('button', { name: '中文' }).click();
  await page.setViewportSize({ width: 1280, height: 800 });
  expect(await seriousViolations(page)).toEqual([]);
  // The customer's look is set beside the face it gives, and kept with the draft.
  await openInOutline(page, A.caseItem);
  const face = page.getByRole('group', { name: A.appearance.title });
  await face.getByLabel(A.appearance.hair).selectOption('long');
  await face.getByLabel(A.appearance.glasses).check();
  await expect(page.getByText('已自动保存')).toBeVisible();
  await page.reload();
  await passRoleGateIfShown(page, 'trainer');
  await openInOutline(page, A.caseItem);
  await expect(face.getByLabel(A.appearance.hair)).toHaveValue('long');
  await expect(face.getByLabel(A.appearance.glasses)).toBeChecked();
  await expect(face.getByRole('img', { name: A.appearance.preview })).toBeVisible();
  await face.scrollIntoViewIfNeeded();
  await look(page, 'author-appearance-desktop-zh');
  // An edit after publishing stays the trainer's until published again, and the drafts list says so.
  await page
    .locator('.editor-main')
    .getByRole('group', { name: A.fields.title, exact: true })
    .getByLabel('中文', { exact: true })
    .fill('三天没修好的宽带（再改）');
  await expect(page.getByText('已自动保存')).toBeVisible();
  await page.getByRole('link', { name: A.back }).click();
  await expect(page.getByRole('heading', { name: A.drafts })).toBeVisible();
  await expect(page.locator('.draft-list .unpublished-changes')).toContainText('有未发布的修改');
  await look(page, 'author-drafts-desktop-zh');
  expect(await seriousViolations(page)).toEqual([]);

  await page.locator('.app-nav a[href="#/history"]').click();
  await expect(page.getByText('版本 1')).toBeVisible();
  await page.locator('.app-nav a[href="#/library"]').click();
  await expect(page.getByRole('article', { name: '三天没修好的宽带（修订）' })).toBeVisible();
});

/** A screenshot of what the viewport shows, for a person to look at. */
async function look(page: Page, name: string) {
  await page.screenshot({ path: `test-results/screens/${name}.png` });
}

test('a trainer names a fact, has a reply set it, makes a line depend on it and test-plays both sides', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  const F = A.facts;
  const VISIT = { 'zh-CN': '已约好今天上门', en: 'A visit is booked for today' };
  const VISIT_LABEL = `${VISIT['zh-CN']}（visit-booked）`;
  const BEFORE_FOUR = '四点前？万一又没人来呢？';
  const NO_DATE = {
    'zh-CN': '去查？那到底哪天能来人？',
    en: 'Look into it? So which day will someone come?',
  };
  const shot = (name: string) => page.screenshot({ path: `/tmp/shots-facts/${name}.png` });

  const file = testInfo.outputPath('authored.pack.json');
  writeFileSync(file, packText([AUTHORED_CASE]));
  await createTrainee(page, '林培训', 'AUTH5');
  await openTrainerTool(page, '案例包');
  await page.getByLabel('选择案例包文件').setInputFiles(file);
  await expect(page.getByRole('status').filter({ hasText: '已导入 1 个案例' })).toBeVisible();
  await openTrainerTool(page, zhCN.trainerHub.tools.author.name);
  await page.getByLabel(A.copyPick).selectOption(AUTHORED_CASE.id);
  await page.getByRole('button', { name: A.copyButton }).click();
  await expect(page.locator('#publish-reason')).toHaveText(new RegExp(A.publishReady));

  // Name the fact, by keyboard: it is reported at its id until a reply sets it.
  const facts = page.getByRole('region', { name: F.heading, exact: true });
  await facts.getByRole('button', { name: F.add }).focus();
  await page.keyboard.press('Enter');
  const factId = facts.getByLabel(F.id, { exact: true });
  await factId.fill('visit-booked');
  await factId.press('Enter');
  await fillBoth(facts, F.description, VISIT);
  await expect(facts.locator('.field-problems')).toContainText(
    '没有任何回答会确立事实“visit-booked”',
  );
  await expect(factId).toHaveAttribute('aria-describedby', /\S/);
  await expect(page.locator('.problem-error')).toContainText(
    '没有任何回答会确立事实“visit-booked”',
  );
  for (const [width, height] of [
    [1280, 800],
    [390, 844],
  ] as const) {
    await page.setViewportSize({ width, height });
    await facts.scrollIntoViewIfNeeded();
    await shot(`facts-panel-${width}`);
  }
  await page.setViewportSize({ width: 1280, height: 800 });

  // The reply that books the visit sets it; the one that only promises to look into it does not.
  await openInOutline(page, 'plan');
  const plan = page.locator('.node-editor');
  const booking = plan.getByRole('region', { name: A.reply.heading.replace('{{n}}', '1') });
  await booking.getByLabel(VISIT_LABEL).selectOption('sets');
  await expect(page.locator('.problem-error')).toHaveCount(0);

  // "Before four?" is true only after the visit was booked; a new line answers the other reply.
  await openInOutline(page, 'backup');
  const backup = page.locator('.node-editor');
  await backup
    .locator('.line-editor')
    .nth(0)
    .getByLabel(F.lineWhen)
    .selectOption('when:visit-booked');
  await expect(backup.locator('.field-problems').first()).toContainText(
    '有的路径上客户在这里一句话也不说',
  );
  await expect(page.locator('#publish-reason')).not.toHaveText(new RegExp(A.publishReady));
  await backup.getByRole('button', { name: A.node.addLine }).click();
  await fillBoth(backup, A.node.line.replace('{{n}}', '2'), NO_DATE);
  await backup
    .locator('.line-editor')
    .nth(1)
    .getByLabel(F.lineWhen)
    .selectOption('unless:visit-booked');
  await expect(backup.locator('.field-problems')).toHaveCount(0);
  await expect(page.locator('#publish-reason')).toHaveText(new RegExp(A.publishReady));

  // Test-play from the plan, both sides of the fact.
  await openInOutline(page, 'plan');
  await page.getByRole('button', { name: A.node.testPlayHere }).click();
  const testPlay = page.locator('.test-play');
  await testPlay.getByRole('button', { name: replyText(AUTHORED_CASE, 'today-visit') }).click();
  await expect(testPlay.locator('.is-latest')).toHaveText([new RegExp(BEFORE_FOUR)]);
  await expect(testPlay).toContainText(`此刻已确立：${VISIT_LABEL}`);
  await testPlay.getByRole('button', { name: A.restart.replace('{{id}}', 'plan') }).click();
  await testPlay.getByRole('button', { name: replyText(AUTHORED_CASE, 'will-check') }).click();
  await expect(testPlay.locator('.is-latest')).toHaveText([new RegExp(NO_DATE['zh-CN'])]);
  await expect(testPlay).toContainText(F.testPlayNoneNow);
  await expect(testPlay).not.toContainText(BEFORE_FOUR);

  // From the line's own node, with the fact ticked as already set.
  await openInOutline(page, 'backup');
  await page.getByRole('button', { name: A.node.testPlayHere }).click();
  await expect(testPlay.locator('.is-latest')).toHaveText([new RegExp(NO_DATE['zh-CN'])]);
  await testPlay.getByRole('checkbox', { name: VISIT_LABEL }).check();
  await expect(testPlay.locator('.is-latest')).toHaveText([new RegExp(BEFORE_FOUR)]);
  await testPlay.getByRole('button', { name: replyText(AUTHORED_CASE, 'hotspot') }).click();
  await expect(testPlay.locator('.test-play-log')).toContainText(BEFORE_FOUR);
  await expect(testPlay.locator('.test-play-log')).not.toContainText(NO_DATE['zh-CN']);

  // Every fact control is labelled, at least 44 px on a phone, and passes the accessibility scan.
  await page.setViewportSize({ width: 390, height: 844 });
  await openInOutline(page, 'plan');
  const targets = [
    booking.getByLabel(VISIT_LABEL),
    page.locator('.node-editor .line-editor').first().getByLabel(F.lineWhen),
    page.getByRole('button', { name: A.node.testPlayHere }),
  ];
  for (const target of targets) {
    const box = (await target.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);
    expect(box.width).toBeGreaterThanOrEqual(44);
  }
  await booking.getByLabel(VISIT_LABEL).scrollIntoViewIfNeeded();
  await shot('reply-facts-390');
  await openInOutline(page, 'backup');
  await page.locator('.node-editor .line-editor').first().scrollIntoViewIfNeeded();
  await shot('line-conditions-390');
  await page.getByRole('button', { name: A.node.testPlayHere }).click();
  const tick = testPlay.locator('.test-play-facts label');
  const tickBox = (await tick.boundingBox())!;
  expect(tickBox.height).toBeGreaterThanOrEqual(44);
  await testPlay.scrollIntoViewIfNeeded();
  await shot('test-play-facts-390');
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.locator('.node-editor .line-editor').first().scrollIntoViewIfNeeded();
  await shot('line-conditions-1280');
  await openInOutline(page, 'plan');
  await booking.getByLabel(VISIT_LABEL).scrollIntoViewIfNeeded();
  await shot('reply-facts-1280');
  expect(await seriousViolations(page)).toEqual([]);

  // In English the same controls speak English.
  await page.getByRole('button', { name: 'English' }).click();
  const bookingEn = plan.getByRole('region', {
    name: en.author.reply.heading.replace('{{n}}', '1'),
  });
  await expect(bookingEn.getByLabel(`${VISIT.en} (visit-booked)`)).toHaveValue('sets');
  await bookingEn.getByLabel(`${VISIT.en} (visit-booked)`).scrollIntoViewIfNeeded();
  await shot('reply-facts-1280-en');
  await page
    .getByRole('navigation', { name: en.author.outline })
    .getByRole('button', { name: en.author.caseItem })
    .click();
  await page
    .getByRole('region', { name: en.author.facts.heading, exact: true })
    .scrollIntoViewIfNeeded();
  await shot('facts-panel-1280-en');
  await page.getByRole('button', { name: '中文' }).click();

  await page.getByRole('button', { name: A.publish }).click();
  await expect(page.getByRole('status').filter({ hasText: '已发布为版本 2' })).toBeVisible();
});
