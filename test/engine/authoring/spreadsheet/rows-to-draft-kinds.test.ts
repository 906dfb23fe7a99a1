import { describe, expect, it } from 'vitest';
import {
  CASE_FIELD_TEXT,
  DIALOGUE_COLUMNS,
  DIALOGUE_HEADERS,
  headerCell,
  type DialogueColumn,
} from '../../../../src/engine/authoring/spreadsheet/columns';
import { rowsToDraft } from '../../../../src/engine/authoring/spreadsheet/rows-to-draft';
import { templateRows } from '../../../../src/engine/authoring/spreadsheet/template';
import { checkGraph } from '../../../../src/engine/validation/check-graph';

type Row = Partial<Record<DialogueColumn, string>>;
const reply = (node: string, next: string, extra: Row = {}): Row => ({
  node,
  lineZh: `${node} 顾客`,
  lineEn: `${node} customer`,
  replyZh: '一段',
  replyEn: 'A paragraph',
  behaviours: 'apologize',
  next,
  recommended: '是',
  noteZh: '点评',
  noteEn: 'Note',
  ...extra,
});
const other = (next: string, extra: Row = {}): Row => ({
  replyZh: '另一段',
  replyEn: 'Another paragraph',
  behaviours: 'explain',
  next,
  noteZh: '点评',
  noteEn: 'Note',
  ...extra,
});
const ending = (node: string, outcome: string): Row => ({
  node,
  lineZh: '读完了',
  lineEn: 'Read it',
  outcome,
  noteZh: '结果',
  noteEn: 'What happened',
});

/** A three-paragraph letter: Send is offered at the third slot, as the library's letter check asks. */
const LETTER: Row[] = [
  reply('slot-1', 'slot-2'),
  other('slot-2'),
  reply('slot-2', 'slot-3'),
  other('slot-3'),
  reply('slot-3', 'sent', { send: '是' }),
  other('cold', { send: 'yes' }),
  ending('sent', 'resolved-satisfied'),
  ending('cold', 'escalated'),
];

function sheet(kind: string | null, dialogue: readonly Row[], extra: string[][] = []): string[][] {
  const caseBlock = [
    [headerCell(CASE_FIELD_TEXT.id), 'letter-draft'],
    ...(kind === null ? [] : [[headerCell(CASE_FIELD_TEXT.kind), kind]]),
    ...extra,
  ];
  return [
    ...caseBlock,
    [],
    DIALOGUE_COLUMNS.map((c) => headerCell(DIALOGUE_HEADERS[c])),
    ...dialogue.map((row) => DIALOGUE_COLUMNS.map((c) => row[c] ?? '')),
  ];
}

const texts = (rows: string[][]) => {
  const result = rowsToDraft(rows, 'letter.csv');
  return result.ok ? [] : result.problems.map((p) => p.text!);
};

describe('a spreadsheet of a written reply', () => {
  it('imports the case kind and the replies that send the letter, in a letter the library accepts', () => {
    const result = rowsToDraft(sheet('written-reply', LETTER), 'letter.csv');
    if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
    const { draft } = result;
    expect(draft.kind).toBe('written-reply');
    const sends = draft.nodes.flatMap((n) =>
      n.kind === 'decision' ? n.choices.filter((c) => c.send).map((c) => c.id) : [],
    );
    expect(sends).toEqual(['slot-3-1', 'slot-3-2']);
    expect(checkGraph(draft, '$')).toEqual([]);
  });

  it('reads a call when the kind is call or left out, and leaves the kind out', () => {
    const result = rowsToDraft(templateRows(), 'case.csv');
    expect(result.ok && 'kind' in result.draft).toBe(false);
    const plain = LETTER.map((row) => ({ ...row, send: '' }));
    const call = rowsToDraft(sheet(null, plain), 'call.csv');
    expect(call.ok && 'kind' in call.draft).toBe(false);
  });

  it('refuses a Send mark on a call, at its row and column, saying to set the kind', () => {
    const problems = texts(sheet('call', LETTER));
    const send = DIALOGUE_COLUMNS.indexOf('send');
    const column = String.fromCharCode(65 + send);
    expect(problems).toHaveLength(2);
    expect(problems[0]!.en).toBe(
      `row 9, column ${column} (sends the letter): only a written reply has a reply that sends the letter: write written-reply as the case kind in the case block, or clear this cell`,
    );
    expect(problems[1]!['zh-CN']).toContain(`第 10 行 ${column} 列（发出回信）`);
  });

  it('refuses a Send mark on an ending row and a case kind it does not know', () => {
    const marked = LETTER.map((row) => (row.outcome ? { ...row, send: '是' } : row));
    const problems = texts(sheet('letter', marked));
    expect(problems.map((p) => p.en)).toEqual([
      expect.stringContaining('an ending row sends nothing'),
      expect.stringContaining('an ending row sends nothing'),
      'row 2 (case kind): "letter" is not one of call, written-reply',
    ]);
  });
});

describe('a spreadsheet that tries to give stages', () => {
  it('refuses a stages row in the case block by its row, pointing to the editor and Twine', () => {
    const problems = texts(sheet('call', LETTER, [['阶段 stages', '柜台；回访电话']]));
    expect(problems).toHaveLength(3);
    expect(problems[0]!.en).toMatch(/^row 3: a spreadsheet cannot hold the stages/);
    expect(problems[0]!.en).toContain('case editor (Stages)');
    expect(problems[0]!['zh-CN']).toMatch(/^第 3 行：表格放不下分阶段案例的阶段/);
  });

  it('refuses a stage or promise column by its place', () => {
    const rows = sheet('written-reply', LETTER);
    const header = rows.findIndex((r) => r[0] === '节点 node');
    rows[header]!.push('承诺 promise');
    const problems = texts(rows);
    const column = String.fromCharCode(65 + DIALOGUE_COLUMNS.length);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.en).toMatch(
      new RegExp(`^row ${header + 1}, column ${column}: a spreadsheet cannot hold the stages`),
    );
  });
});
