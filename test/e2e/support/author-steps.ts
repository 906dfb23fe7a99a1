import { expect, type Locator, type Page } from '@playwright/test';
import type {
  Choice,
  LocalizedText,
  Scenario,
  ScenarioNode,
} from '../../../src/engine/scenario-schema';
import { zhCN } from '../../../src/ui/i18n/zh-CN';

const A = zhCN.author;

/** Types a text into both languages of the labelled field inside `scope`. */
export async function fillBoth(scope: Locator, legend: string, text: LocalizedText) {
  const group = scope.getByRole('group', { name: legend, exact: true });
  await group.getByLabel('中文', { exact: true }).fill(text['zh-CN']);
  await group.getByLabel('English', { exact: true }).fill(text.en);
}

/** Opens a node (or the case fields) from the outline. */
export async function openInOutline(page: Page, id: string) {
  const outline = page.getByRole('navigation', { name: A.outline });
  await outline.getByRole('button', { name: new RegExp(`^${id}`) }).click();
}

async function rename(field: Locator, id: string) {
  await field.fill(id);
  await field.press('Enter');
  await expect(field).toHaveValue(id);
}

/** Fills the case and customer fields. */
export async function writeCaseFields(page: Page, scenario: Scenario) {
  await openInOutline(page, A.caseItem);
  const main = page.locator('.editor-main');
  const f = A.fields;
  await main.getByLabel(f.id, { exact: true }).fill(scenario.id);
  await fillBoth(main, f.title, scenario.title);
  await fillBoth(main, f.briefing, scenario.briefing);
  await main.getByLabel(f.industry).selectOption(scenario.industry);
  await main.getByLabel(f.channel).selectOption(scenario.channel);
  await main.getByLabel(f.difficulty).fill(String(scenario.difficulty));
  await fillBoth(main, f.objective.replace('{{n}}', '1'), scenario.objectives[0]!);
  await main.getByLabel(f.source).fill(scenario.source.caseId);
  await main.getByLabel(f.sourceFile).fill(scenario.source.file);
  await fillBoth(main, f.notes, scenario.notes);
  const p = scenario.persona;
  await fillBoth(main, f.name, p.name);
  await fillBoth(main, f.profile, p.profile);
  await main.getByLabel(f.psychology).selectOption(p.psychology);
  await fillBoth(main, f.surfaceComplaint, p.surfaceComplaint);
  await fillBoth(main, f.realExpectation, p.realExpectation);
  await main.getByLabel(f.startingAnger).fill(String(p.startingMood.anger));
  await main.getByLabel(f.startingTrust).fill(String(p.startingMood.trust));
}

/** Adds nodes until the draft has one per node of `scenario`, named as there. */
export async function buildOutline(page: Page, scenario: Scenario, existing: readonly string[]) {
  const missing = scenario.nodes.filter((n) => !existing.includes(n.id));
  for (const node of missing) {
    await page
      .getByRole('button', { name: node.kind === 'decision' ? A.addDecision : A.addEnding })
      .click();
    await rename(page.locator('.node-editor').getByLabel(A.node.id, { exact: true }), node.id);
  }
}

async function writeReply(editor: Locator, choice: Choice, index: number) {
  const reply = editor.getByRole('region', {
    name: A.reply.heading.replace('{{n}}', String(index + 1)),
  });
  await rename(reply.getByLabel(A.reply.id, { exact: true }), choice.id);
  await fillBoth(reply, A.reply.text, choice.text);
  for (const behaviour of choice.behaviours) {
    await reply.getByLabel(A.reply.addBehaviour).selectOption(behaviour);
  }
  if (choice.mood.anger !== undefined)
    await reply.getByLabel(A.reply.anger).fill(String(choice.mood.anger));
  if (choice.mood.trust !== undefined)
    await reply.getByLabel(A.reply.trust).fill(String(choice.mood.trust));
  await fillBoth(reply, A.reply.note, choice.note);
  if (choice.recommended) await reply.getByLabel(A.reply.recommended).check();
  if (typeof choice.next === 'string') {
    await reply.getByLabel(A.reply.next, { exact: true }).selectOption(choice.next);
    return;
  }
  await reply.getByRole('button', { name: A.reply.addBranch }).click();
  for (const [k, branch] of choice.next.branches.entries()) {
    if (k > 0) await reply.getByRole('button', { name: A.reply.addBranch }).click();
    const group = reply.getByRole('group', {
      name: A.reply.branch.replace('{{n}}', String(k + 1)),
    });
    expect(branch.when).toEqual({ agitated: true });
    await group.getByLabel(A.reply.condition).selectOption('agitated');
    await group.getByLabel(A.reply.to, { exact: true }).selectOption(branch.to);
  }
  await reply.getByLabel(A.reply.otherwise).selectOption(choice.next.otherwise);
}

/** Writes one node's lines and replies (or outcome) as the scenario has them. */
export async function writeNode(page: Page, node: ScenarioNode) {
  await openInOutline(page, node.id);
  const editor = page.locator('.node-editor');
  await expect(editor.getByRole('heading', { level: 2 })).toContainText(node.id);
  for (const [l, line] of node.lines.entries()) {
    if (l > 0) await editor.getByRole('button', { name: A.node.addLine }).click();
    const block = editor.locator('.line-editor').nth(l);
    await fillBoth(block, A.node.line.replace('{{n}}', String(l + 1)), line.text);
    await block.getByLabel(A.node.cue).selectOption(line.cue ?? 'none');
    if (line.keyCue) await block.getByLabel(A.node.keyCue).check();
    else await block.getByLabel(A.node.keyCue).uncheck();
  }
  if (node.kind === 'ending') {
    await editor.getByLabel(A.node.outcome).selectOption(node.outcome);
    await fillBoth(editor, A.node.summary, node.summary);
    return;
  }
  for (let c = 2; c < node.choices.length; c += 1) {
    await editor.getByRole('button', { name: A.reply.add }).click();
  }
  for (const [c, choice] of node.choices.entries()) await writeReply(editor, choice, c);
}
