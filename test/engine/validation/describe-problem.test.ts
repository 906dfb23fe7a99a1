import { describe, expect, it } from 'vitest';
import { blankCase } from '../../../src/engine/authoring/blank-case';
import { checkDraft } from '../../../src/engine/authoring/check-draft';
import { getIn, setIn, type FieldPath } from '../../../src/engine/authoring/field-path';
import type { Scenario } from '../../../src/engine/scenario-schema';
import { describeProblem } from '../../../src/engine/validation/describe-problem';
import type { Problem } from '../../../src/engine/validation/problem';
import { validatePackValue } from '../../../src/engine/validation/validate-pack';
import { cloneScenario, fakeScenario } from '../../fakes';
import { oneDecisionCase } from '../../support/one-decision-case';

const problemAt = (draft: Scenario, path: string): Problem => {
  const found = checkDraft(draft).errors.find((p) => p.path === path);
  if (!found) throw new Error(`no problem at ${path}: ${JSON.stringify(checkDraft(draft).errors)}`);
  return found;
};

const set = (draft: Scenario, path: FieldPath, value: unknown) => setIn(draft, path, value);

describe('a problem in a trainer’s words', () => {
  it('names the decision point, the reply and the field of a reply with no behaviour', () => {
    const draft = set(oneDecisionCase(), ['nodes', 0, 'choices', 1, 'behaviours'], []);
    const told = describeProblem(problemAt(draft, '$.nodes[0].choices[1].behaviours'), draft);
    expect(told.where?.['zh-CN']).toBe(
      '决策点 1（“家里一滴水都没有，你们也不说…”） · 回答 2（“停水是自来水公司的事，您去问…”） · 行为标签',
    );
    expect(told.where?.en).toBe(
      'decision point 1 (“Not a drop of water and not…”) · reply 2 (“Water cuts are the water com…”) · behaviours',
    );
    expect(told.todo?.['zh-CN']).toContain('每个回答至少选一个行为标签');
    expect(told.todo?.en).toContain('Pick at least one behaviour for each reply');
  });

  it('names a text not yet written by its field and language', () => {
    const draft = blankCase('first-case');
    const told = describeProblem(problemAt(draft, '$.nodes[0].choices[0].text["zh-CN"]'), draft);
    expect(told.where).toEqual({
      'zh-CN': '决策点 1（opening） · 回答 1 · 回答文字（中文）',
      en: 'decision point 1 (opening) · reply 1 · reply text (Chinese)',
    });
    expect(told.what).toEqual({ 'zh-CN': '还没有写', en: 'is not written yet' });
  });

  it('words numbers out of range, closed lists and ids for their field', () => {
    const draft = oneDecisionCase();
    const high = set(draft, ['difficulty'], 9);
    expect(describeProblem(problemAt(high, '$.difficulty'), high)).toEqual({
      where: { 'zh-CN': '难度', en: 'difficulty' },
      what: { 'zh-CN': '不能大于 5', en: 'may not be above 5' },
      todo: { 'zh-CN': '改成 5 或更小的数', en: 'make it 5 or less' },
    });
    const fax = set(draft, ['channel'], 'fax');
    const channel = describeProblem(problemAt(fax, '$.channel'), fax);
    expect(channel.what.en).toBe('is not one of the allowed values');
    expect(channel.todo?.en).toMatch(/^choose one of: .*phone/);
    const badId = set(draft, ['nodes', 0, 'choices', 0, 'id'], 'Reply One');
    const id = describeProblem(problemAt(badId, '$.nodes[0].choices[0].id'), badId);
    expect(id.where?.['zh-CN']).toMatch(/ · 回答 1（“王先生，停水还没提前通知，确…”） · 编号$/);
    expect(id.what['zh-CN']).toContain('只能用小写字母、数字和连字符');
  });

  it('gives what to do for structural problems, and puts paths inside messages in words', () => {
    const draft = set(oneDecisionCase(), ['nodes', 0, 'choices', 0, 'next'], 'nowhere');
    const link = describeProblem(problemAt(draft, '$.nodes[0].choices[0].next'), draft);
    expect(link.where?.en).toMatch(/ · reply 1 \(.*\) · leads to$/);
    expect(link.todo?.en).toBe('choose an existing node it leads to');

    const twice = set(oneDecisionCase(), ['nodes', 2, 'id'], 'satisfied');
    const duplicate = describeProblem(problemAt(twice, '$.nodes[2].id'), twice);
    expect(duplicate.what['zh-CN']).toBe(
      '节点 id “satisfied”重复（第一次出现在结局 1（“好，那我等你们消息。”））',
    );
  });

  it('names the case within a pack of several, and the line and column of a file that does not parse', () => {
    const pack = {
      format: 'complaint-desk-pack',
      formatVersion: 1,
      scenarios: [fakeScenario(), fakeScenario()],
      media: {},
    };
    const result = validatePackValue(pack);
    if (result.ok) throw new Error('a repeated id must be refused');
    const told = describeProblem(result.problems[0]!, pack);
    expect(told.where?.en).toMatch(/^case 2 \(“.+”\) · case id$/);
    expect(told.what.en).toMatch(
      /^duplicate scenario id "fake-call" \(first at case 1 \(“.+”\)\)$/,
    );
    expect(
      describeProblem({ path: '$', message: 'x', at: { line: 3, column: 5, offset: 20 } }).where,
    ).toEqual({ 'zh-CN': '文件第 3 行第 5 列', en: 'line 3, column 5 of the file' });
  });

  it('words a missing translation by its field and language', () => {
    const draft = set(oneDecisionCase(), ['persona', 'name', 'en'], '');
    const [missing] = checkDraft(draft).warnings;
    expect(describeProblem(missing!, draft).where).toEqual({
      'zh-CN': '客户 · 客户称呼（英文）',
      en: 'customer · customer’s name (English)',
    });
  });

  it('never shows a JSON path or the schema library’s wording, for any field broken any way', () => {
    const cases: Scenario[] = [oneDecisionCase(), blankCase('first-case')];
    const breakages: unknown[] = [undefined, 'x', -1, 1.5, [], null];
    const zodWords =
      /\$\.|\.nodes\[|Invalid|Too (small|big)|expected [a-z]|Unrecognized|无效|数值过|期望 |期望：/;
    let described = 0;
    for (const scenario of cases) {
      for (const path of leaves(scenario)) {
        for (const value of breakages) {
          const broken = setIn(cloneScenario(scenario), path, value);
          const checked = validatePackValue(broken);
          const found = checked.ok
            ? checked.advice
            : [...checked.problems, ...(checked.advice ?? [])];
          for (const problem of found) {
            const { where, what, todo } = describeProblem(problem, broken);
            for (const text of [where, what, todo]) {
              if (!text) continue;
              expect(text['zh-CN'], `${problem.path}: ${problem.message}`).not.toMatch(zodWords);
              expect(text.en, `${problem.path}: ${problem.message}`).not.toMatch(zodWords);
            }
            described += 1;
          }
        }
      }
    }
    expect(described).toBeGreaterThan(1000);
  });
});

/** Every leaf and list of a value, as field paths. */
function leaves(value: unknown, at: FieldPath = []): FieldPath[] {
  const here = getIn(value, at);
  if (here === null || typeof here !== 'object') return [at];
  const keys = Array.isArray(here) ? here.map((_, i) => i) : Object.keys(here);
  return [at, ...keys.flatMap((k) => leaves(value, [...at, k]))].filter((p) => p.length > 0);
}

describe('a stage problem in words', () => {
  it('names the stage, the promise and the field as the editor labels them', () => {
    const where = describeProblem(
      { path: '$.stages[1].checks[0].keptWhen', message: 'm' },
      {},
    ).where!;
    expect(where).toEqual({
      'zh-CN': '阶段 2 · 承诺 1 · 兑现条件',
      en: 'stage 2 · promise 1 · counts as kept when',
    });
  });
});
