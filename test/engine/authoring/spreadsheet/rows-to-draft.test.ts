import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../../src/engine/authoring/check-draft';
import {
  DIALOGUE_COLUMNS,
  type DialogueColumn,
} from '../../../../src/engine/authoring/spreadsheet/columns';
import { rowsToDraft } from '../../../../src/engine/authoring/spreadsheet/rows-to-draft';
import { templateRows } from '../../../../src/engine/authoring/spreadsheet/template';
import { scenarioSchema } from '../../../../src/engine/scenario-schema';
import { checkGraph } from '../../../../src/engine/validation/check-graph';

/** The template's rows and where its dialogue table starts (a 0-based row index). */
function template() {
  const rows = templateRows();
  const header = rows.findIndex((r) => r[0] === '节点 node');
  const at = (column: DialogueColumn) => DIALOGUE_COLUMNS.indexOf(column);
  /** The template's example row n (0-based, under the help row). */
  const example = (n: number) => rows[header + 2 + n]!;
  return { rows, header, at, example };
}

const problemsOf = (rows: string[][]) => {
  const result = rowsToDraft(rows, 'case.csv');
  return result.ok ? [] : result.problems.map((p) => p.text!);
};

describe('a case spreadsheet as a draft', () => {
  it('reads the template with its example into a case that is structurally whole', () => {
    const result = rowsToDraft(templateRows(), 'case-template.xlsx');
    if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
    const parsed = scenarioSchema.safeParse(result.draft);
    expect(parsed.success).toBe(true);
    expect(checkGraph(result.draft, '$')).toEqual([]);
    expect(checkDraft(result.draft).warnings).toEqual([]);
    const findOrder = result.draft.nodes[1]!;
    expect(findOrder.lines.map((l) => l.keyCue ?? false)).toEqual([false, true]);
    expect(findOrder.kind === 'decision' && findOrder.choices.map((c) => c.id)).toEqual([
      'find-order-1',
      'find-order-2',
      'find-order-3',
    ]);
  });

  it('locates a link to a node that is not there by row and column, in both languages', () => {
    const { rows, at, header, example } = template();
    example(0)[at('next')] = 'find-ordr';
    const row = header + 3;
    expect(problemsOf(rows)).toEqual([
      {
        en: `row ${row}, column H (next): no node is named "find-ordr" (the nodes are: opening, find-order, satisfied, grudging, escalated)`,
        'zh-CN': `第 ${row} 行 H 列（下一步）：没有叫“find-ordr”的节点（现有节点：opening、find-order、satisfied、grudging、escalated）`,
      },
    ]);
  });

  it('refuses unreadable cells at their place and says how to write them', () => {
    const { rows, at, header, example } = template();
    example(1)[at('mood')] = 'angry +10';
    example(2)[at('behaviours')] = 'apologise';
    example(6)[at('outcome')] = 'happy';
    const problems = problemsOf(rows).map((p) => p.en);
    expect(problems).toEqual([
      expect.stringMatching(
        new RegExp(
          `^row ${header + 4}, column G \\(mood effect\\): "angry \\+10" is not a mood effect`,
        ),
      ),
      expect.stringMatching(
        new RegExp(
          `^row ${header + 5}, column F \\(behaviours\\): "apologise" is not a behaviour tag`,
        ),
      ),
      expect.stringMatching(
        new RegExp(`^row ${header + 9}, column L \\(outcome\\): "happy" is not an outcome`),
      ),
    ]);
  });

  it('refuses a column it does not read, naming it, rather than dropping what it holds', () => {
    const { rows, header } = template();
    rows[header]!.push('备注 remarks');
    expect(problemsOf(rows).map((p) => p.en)).toEqual([
      `row ${header + 1}, column O: "备注 remarks" is not a column the importer reads; rename it as in the template or delete the column`,
    ]);
  });

  it('refuses a reply on an ending row and a node with neither replies nor an outcome', () => {
    const { rows, at, header, example } = template();
    example(6)[at('replyZh')] = '好的';
    rows.push(['limbo', '顾客沉默了。']);
    expect(problemsOf(rows).map((p) => p['zh-CN'])).toEqual([
      `第 ${header + 9} 行 D 列（回复（中文））：结局行不写回复：回复请写在没有结局类型的节点下、各占一行`,
      `第 ${rows.length} 行 A 列（节点）：节点“limbo”既没有回复也没有结局类型：请写回复；如果通话在这里结束，请写结局类型`,
    ]);
  });

  it('gives nodes named in Chinese ids of their own and follows links by the name', () => {
    const rows = [
      ['节点', '顾客说（中文）', '回复（中文）', '下一步', '推荐', '结局类型'],
      ['开场', '你好', '您好，请讲', '满意', '是', ''],
      ['', '', '再见', '生气', '', ''],
      ['满意', '谢谢', '', '', '', 'resolved-satisfied'],
      ['生气', '哼', '', '', '', 'escalated'],
    ];
    const result = rowsToDraft(rows, '我的案例.csv');
    if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
    expect(result.draft.id).toBe('imported-case');
    expect(result.draft.start).toBe('node-1');
    const opening = result.draft.nodes[0]!;
    expect(opening.kind === 'decision' && opening.choices.map((c) => c.next)).toEqual([
      'node-2',
      'node-3',
    ]);
  });

  it('keeps what a sparse sheet leaves blank as blanks, for the draft checks to list', () => {
    const rows = [
      ['node', 'reply (en)', 'next', 'outcome'],
      ['start', 'Hello', 'done', ''],
      ['', 'Bye', 'done', ''],
      ['done', '', '', 'escalated'],
    ];
    const result = rowsToDraft(rows, 'quick-case.csv');
    if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
    expect(result.draft.id).toBe('quick-case');
    const check = checkDraft(result.draft);
    const paths = [...check.errors, ...check.warnings].map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        '$.title["zh-CN"]',
        '$.nodes[0].choices[0].text["zh-CN"]',
        '$.nodes[0].choices[0].behaviours',
      ]),
    );
  });

  it('reads the mood model the case block states, and leaves it out when blank', () => {
    const { rows } = template();
    const row = (label: string) => rows.find((r) => r[0] === label)!;
    row('顾客反应 mood reactions')[1] = 'author';
    row('分支判断时机 branch mood')[2] = 'after-reply';
    row('分支判断时机 branch mood')[1] = '';
    const stated = rowsToDraft(rows, 'a.csv');
    expect(stated.ok && stated.draft.moodModel).toEqual({
      reactions: 'author',
      branchMood: 'after-reply',
    });
    row('顾客反应 mood reactions')[1] = '';
    row('分支判断时机 branch mood')[2] = '';
    const blank = rowsToDraft(rows, 'a.csv');
    expect(blank.ok && 'moodModel' in blank.draft).toBe(false);
    row('顾客反应 mood reactions')[1] = 'customer';
    expect(problemsOf(rows).map((p) => p.en)).toEqual([
      `row ${rows.indexOf(row('顾客反应 mood reactions')) + 1} (mood reactions): "customer" is not one of engine, author`,
    ]);
  });

  it('reads the columns in any order, by their headers in either language', () => {
    const { rows, header } = template();
    rows.splice(header + 1, 1); // the # help row reads as help only while its first cell leads
    const order = [...rows[header]!.keys()].reverse();
    const reordered = rows.map((row, i) => (i >= header ? order.map((k) => row[k] ?? '') : row));
    const straight = rowsToDraft(rows, 'a.csv');
    const shuffled = rowsToDraft(reordered, 'a.csv');
    expect(shuffled).toEqual(straight);
  });
});
