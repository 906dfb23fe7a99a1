import type {
  Choice,
  CustomerLine,
  LocalizedText,
  MoodModel,
  Next,
  Scenario,
  ScenarioNode,
} from '../../scenario-schema';
import { BRANCH_MOODS, CASE_KINDS, MOOD_REACTIONS } from '../../scenario-schema';
import { PACK_CAPS } from '../../validation/limits';
import { problem, type Problem } from '../../validation/problem';
import {
  CHANNELS,
  FORMAT_VERSION,
  INDUSTRIES,
  OUTCOMES,
  PSYCHOLOGIES,
  type Outcome,
} from '../../vocabulary';
import { blankCase, emptyText } from '../blank-case';
import { readBehaviours, readMood, readNext, readYes, type Read } from './cell-syntax';
import {
  CASE_FIELD_TEXT,
  caseFieldOf,
  columnLetter,
  DIALOGUE_HEADERS,
  dialogueColumnOf,
  namesStages,
  type CaseField,
  type DialogueColumn,
} from './columns';

export type SheetDraft = { ok: true; draft: Scenario } | { ok: false; problems: Problem[] };

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const REPLY_CELLS: readonly DialogueColumn[] = [
  'replyZh',
  'replyEn',
  'behaviours',
  'mood',
  'next',
  'recommended',
];

/** A cell as typed: outer spaces dropped, and the apostrophe a CSV writer puts before a formula. */
const clean = (cell: string | undefined) => {
  const text = (cell ?? '').trim();
  return /^'[=+\-@]/.test(text) ? text.slice(1) : text;
};

/** "row 7, column H (next)" in both languages. */
function atCell(row: number, column: number, name: DialogueColumn): LocalizedText {
  const header = DIALOGUE_HEADERS[name];
  return {
    en: `row ${row}, column ${columnLetter(column)} (${header.en})`,
    'zh-CN': `第 ${row} 行 ${columnLetter(column)} 列（${header.zh}）`,
  };
}

function located(where: LocalizedText, why: LocalizedText): Problem {
  return problem('$', {
    en: `${where.en}: ${why.en}`,
    'zh-CN': `${where['zh-CN']}：${why['zh-CN']}`,
  });
}

/** A case's stages have no place in a spreadsheet: said where the sheet tries to give them. */
const STAGES_REFUSED: LocalizedText = {
  en: 'a spreadsheet cannot hold the stages of a case spanning several contacts (each contact, the time before it, the promises it checks). Import the dialogue without this, then add the stages in the case editor (Stages), or import a Twine file exported from the editor, which keeps them',
  'zh-CN':
    '表格放不下分阶段案例的阶段（每次接触、之前过了多久、检查哪些承诺）。请去掉这一项导入对话，再在案例编辑器的“阶段”里添加；或者导入从编辑器导出的 Twine 文件，它会保留阶段',
};

/** A name a trainer gave a node, as an id the format accepts, or null when it has none. */
function idFromName(name: string): string | null {
  const slug = name
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
    .slice(0, 64);
  return ID.test(slug) ? slug : null;
}

/** A row whose first cell starts with # is help for the reader (the template's), never data. */
const isComment = (row: readonly string[]) => clean(row[0]).startsWith('#');

interface NodeDraft {
  name: string;
  firstRow: number;
  lines: CustomerLine[];
  replies: Array<{ choice: Choice; row: number; nextColumn: number; next: Next }>;
  /** A row of this node has an outcome cell (the node is an ending, even if the word is wrong). */
  ending: boolean;
  outcome?: Outcome;
  summary?: LocalizedText;
}

function readHeader(rows: readonly string[][]): {
  at: number;
  columns: Map<DialogueColumn, number>;
  problems: Problem[];
} | null {
  const at = rows.findIndex((row) => row.some((cell) => dialogueColumnOf(clean(cell)) === 'node'));
  if (at === -1) return null;
  const columns = new Map<DialogueColumn, number>();
  const problems: Problem[] = [];
  rows[at]!.forEach((raw, i) => {
    const cell = clean(raw);
    if (!cell) return;
    const name = dialogueColumnOf(cell);
    const where = {
      en: `row ${at + 1}, column ${columnLetter(i)}`,
      'zh-CN': `第 ${at + 1} 行 ${columnLetter(i)} 列`,
    };
    if (!name && namesStages(cell)) {
      problems.push(located(where, STAGES_REFUSED));
    } else if (!name) {
      problems.push(
        located(where, {
          en: `"${cell}" is not a column the importer reads; rename it as in the template or delete the column`,
          'zh-CN': `“${cell}”不是导入时读取的列；请按模板改名，或删掉这一列`,
        }),
      );
    } else if (columns.has(name)) {
      problems.push(
        located(where, {
          en: `a second "${DIALOGUE_HEADERS[name].en}" column; keep one`,
          'zh-CN': `第二个“${DIALOGUE_HEADERS[name].zh}”列；只保留一个`,
        }),
      );
    } else columns.set(name, i);
  });
  return { at, columns, problems };
}

interface CaseValues {
  texts: Partial<Record<CaseField, LocalizedText & { row: number }>>;
  objectives: LocalizedText[];
  problems: Problem[];
}

function readCaseBlock(rows: readonly string[][]): CaseValues {
  const values: CaseValues = { texts: {}, objectives: [], problems: [] };
  rows.forEach((row, i) => {
    const label = clean(row[0]);
    const rest = row.slice(1, 3).map(clean);
    if (isComment(row) || (!label && rest.every((c) => !c))) return;
    // The block's own header row: 案例信息 case | 中文 | English.
    if (/^(案例信息|case)/i.test(label) && !caseFieldOf(label)) return;
    const field = caseFieldOf(label);
    if (!field && namesStages(label)) {
      values.problems.push(
        located({ en: `row ${i + 1}`, 'zh-CN': `第 ${i + 1} 行` }, STAGES_REFUSED),
      );
      return;
    }
    if (!field) {
      values.problems.push(
        problem('$', {
          en: `row ${i + 1}: "${label}" is not a case field; use the names of the template's case block`,
          'zh-CN': `第 ${i + 1} 行：“${label}”不是案例信息的字段；请用模板里案例信息的名称`,
        }),
      );
      return;
    }
    const text = { 'zh-CN': rest[0] ?? '', en: rest[1] ?? '', row: i + 1 };
    if (field === 'objective') {
      if (text['zh-CN'] || text.en) values.objectives.push({ 'zh-CN': text['zh-CN'], en: text.en });
      return;
    }
    values.texts[field] = text;
  });
  return values;
}

/** A single-value case field: the id, a number or a word of the vocabulary, in either column. */
function single(values: CaseValues, field: CaseField): { value: string; row: number } | null {
  const text = values.texts[field];
  const value = text ? text['zh-CN'] || text.en : '';
  return text && value ? { value, row: text.row } : null;
}

function fieldProblem(row: number, field: CaseField, why: LocalizedText): Problem {
  const name = CASE_FIELD_TEXT[field];
  return located({ en: `row ${row} (${name.en})`, 'zh-CN': `第 ${row} 行（${name.zh}）` }, why);
}

function pick<T extends string>(
  values: CaseValues,
  field: CaseField,
  allowed: readonly T[],
  fallback: T,
  problems: Problem[],
): T {
  const cell = single(values, field);
  if (!cell) return fallback;
  const word = cell.value.toLowerCase();
  if ((allowed as readonly string[]).includes(word)) return word as T;
  problems.push(
    fieldProblem(cell.row, field, {
      en: `"${cell.value}" is not one of ${allowed.join(', ')}`,
      'zh-CN': `“${cell.value}”不在可选项中：${allowed.join('、')}`,
    }),
  );
  return fallback;
}

function whole(
  values: CaseValues,
  field: CaseField,
  [low, high]: [number, number],
  fallback: number,
  problems: Problem[],
): number {
  const cell = single(values, field);
  if (!cell) return fallback;
  const n = Number(cell.value);
  if (Number.isInteger(n) && n >= low && n <= high) return n;
  problems.push(
    fieldProblem(cell.row, field, {
      en: `"${cell.value}" is not a whole number from ${low} to ${high}`,
      'zh-CN': `“${cell.value}”不是 ${low} 到 ${high} 之间的整数`,
    }),
  );
  return fallback;
}

function caseId(values: CaseValues, fileName: string, problems: Problem[]): string {
  const cell = single(values, 'id');
  if (cell) {
    if (ID.test(cell.value)) return cell.value;
    problems.push(
      fieldProblem(cell.row, 'id', {
        en: `"${cell.value}" is not an id: use lower-case letters, digits and hyphens (max 64)`,
        'zh-CN': `“${cell.value}”不能做编号：只能用小写字母、数字和连字符（最多 64 个）`,
      }),
    );
  }
  return idFromName(fileName.replace(/\.[^.]*$/, '')) ?? 'imported-case';
}

/** The case's mood model, only where the sheet states a setting (blank keeps the defaults). */
function moodModel(values: CaseValues, problems: Problem[]): { moodModel?: MoodModel } {
  const model: MoodModel = {};
  if (single(values, 'moodReactions')) {
    model.reactions = pick(values, 'moodReactions', MOOD_REACTIONS, 'engine', problems);
  }
  if (single(values, 'branchMood')) {
    model.branchMood = pick(values, 'branchMood', BRANCH_MOODS, 'before-reply', problems);
  }
  return Object.keys(model).length > 0 ? { moodModel: model } : {};
}

const textOf = (values: CaseValues, field: CaseField): LocalizedText => {
  const text = values.texts[field];
  return text ? { 'zh-CN': text['zh-CN'], en: text.en } : emptyText();
};

/**
 * Turns the rows of a case spreadsheet (row i is the sheet's row i + 1) into a draft case. Rows
 * above the dialogue table's header are the case block; below it each row is a reply, an ending or
 * one more customer line. What the file says wrongly (an unknown column or tag, a mood or branch
 * written in a way that cannot be read, a link to a node that is not there) refuses the file with
 * each problem at its row and column; what it leaves blank becomes a draft whose missing parts the
 * draft checks list.
 */
export function rowsToDraft(rows: readonly string[][], fileName: string): SheetDraft {
  const header = readHeader(rows);
  if (!header) {
    return {
      ok: false,
      problems: [
        problem('$', {
          en: 'no dialogue table: no row names the columns (节点 node, 顾客说 customer line, 回复 reply…); start from the template',
          'zh-CN': '找不到对话表：没有一行写着各列的名称（节点、顾客说、回复……）；请从模板开始填写',
        }),
      ],
    };
  }
  const problems = [...header.problems];
  const values = readCaseBlock(rows.slice(0, header.at));
  problems.push(...values.problems);
  const cell = (row: readonly string[], name: DialogueColumn) => {
    const i = header.columns.get(name);
    return i === undefined ? '' : clean(row[i]);
  };
  const col = (name: DialogueColumn) => header.columns.get(name) ?? 0;
  const fault = (row: number, name: DialogueColumn, why: LocalizedText) =>
    problems.push(located(atCell(row, col(name), name), why));
  function take<T>(row: number, name: DialogueColumn, read: Read<T>, fallback: T): T {
    if (read.ok) return read.value;
    fault(row, name, read.why);
    return fallback;
  }

  const nodes = new Map<string, NodeDraft>();
  const sendRows: number[] = [];
  let current: NodeDraft | undefined;
  for (let i = header.at + 1; i < rows.length; i += 1) {
    const row = rows[i]!;
    const r = i + 1;
    if (isComment(row) || row.every((c) => !clean(c))) continue;
    const name = cell(row, 'node');
    if (name) {
      const key = name.toLowerCase();
      current = nodes.get(key) ?? { name, firstRow: r, lines: [], replies: [], ending: false };
      nodes.set(key, current);
    }
    if (!current) {
      fault(r, 'node', {
        en: 'the first row of the table needs the name of its node',
        'zh-CN': '表格的第一行要写节点名',
      });
      continue;
    }
    const node = current;
    const line = { 'zh-CN': cell(row, 'lineZh'), en: cell(row, 'lineEn') };
    const keyCue = take(r, 'keyCue', readYes(cell(row, 'keyCue')), false);
    const send = take(r, 'send', readYes(cell(row, 'send')), false);
    const sendsNothing = (why: LocalizedText) => {
      if (send) fault(r, 'send', why);
    };
    if (line['zh-CN'] || line.en) {
      if (node.lines.length === PACK_CAPS.linesPerNode) {
        fault(r, 'lineZh', {
          en: `a node says at most ${PACK_CAPS.linesPerNode} lines`,
          'zh-CN': `一个节点最多 ${PACK_CAPS.linesPerNode} 句顾客的话`,
        });
      } else node.lines.push(keyCue ? { text: line, keyCue: true } : { text: line });
    } else if (keyCue) {
      fault(r, 'keyCue', {
        en: 'a key cue marks a customer line, and this row has none',
        'zh-CN': '关键线索标在顾客的话上，这一行没有顾客的话',
      });
    }
    const outcome = cell(row, 'outcome');
    const note = { 'zh-CN': cell(row, 'noteZh'), en: cell(row, 'noteEn') };
    const replyCell = REPLY_CELLS.find((c) => cell(row, c));
    if (outcome) {
      sendsNothing({
        en: 'an ending row sends nothing: mark the reply that sends the letter',
        'zh-CN': '结局行不发出回信：请在发出回信的那句回复上写“是”',
      });
      node.ending = true;
      if (!(OUTCOMES as readonly string[]).includes(outcome.toLowerCase())) {
        fault(r, 'outcome', {
          en: `"${outcome}" is not an outcome; use one of ${OUTCOMES.join(', ')}`,
          'zh-CN': `“${outcome}”不是结局类型；请用 ${OUTCOMES.join('、')} 之一`,
        });
      } else node.outcome = outcome.toLowerCase() as Outcome;
      if (replyCell) {
        fault(r, replyCell, {
          en: 'an ending row has no reply: put replies on rows of their own, under a node without an outcome',
          'zh-CN': '结局行不写回复：回复请写在没有结局类型的节点下、各占一行',
        });
      }
      if (node.replies.length > 0) {
        fault(r, 'outcome', {
          en: `node "${node.name}" has replies above, so it cannot also be an ending`,
          'zh-CN': `节点“${node.name}”上面已经有回复，不能同时是结局`,
        });
      }
      if (note['zh-CN'] || note.en) node.summary = note;
      continue;
    }
    if (!replyCell) {
      sendsNothing({
        en: '"sends the letter" marks a reply, and this row has none',
        'zh-CN': '“发出回信”标在回复上，这一行没有回复',
      });
      if ((note['zh-CN'] || note.en) && node.ending) node.summary = note;
      else if (note['zh-CN'] || note.en) {
        fault(r, 'noteZh', {
          en: 'a note belongs to a reply, and this row has none',
          'zh-CN': '点评属于某句回复，这一行没有回复',
        });
      }
      continue;
    }
    if (node.ending) {
      fault(r, replyCell, {
        en: `node "${node.name}" is an ending (it has an outcome), so it has no replies`,
        'zh-CN': `节点“${node.name}”是结局（写了结局类型），不能有回复`,
      });
      continue;
    }
    if (node.replies.length === PACK_CAPS.repliesPerNode) {
      fault(r, 'replyZh', {
        en: `a node offers at most ${PACK_CAPS.repliesPerNode} replies`,
        'zh-CN': `一个节点最多 ${PACK_CAPS.repliesPerNode} 句回复`,
      });
      continue;
    }
    const next = take<Next>(r, 'next', readNext(cell(row, 'next')), '');
    if (typeof next !== 'string' && next.branches.length > PACK_CAPS.branchesPerReply) {
      fault(r, 'next', {
        en: `a reply has at most ${PACK_CAPS.branchesPerReply} branches`,
        'zh-CN': `一句回复最多 ${PACK_CAPS.branchesPerReply} 个分支`,
      });
    }
    const recommended = take(r, 'recommended', readYes(cell(row, 'recommended')), false);
    const choice: Choice = {
      id: '',
      text: { 'zh-CN': cell(row, 'replyZh'), en: cell(row, 'replyEn') },
      behaviours: take(r, 'behaviours', readBehaviours(cell(row, 'behaviours')), []),
      mood: take(r, 'mood', readMood(cell(row, 'mood')), {}),
      note,
      next,
      ...(recommended ? { recommended: true } : {}),
      ...(send ? { send: true } : {}),
    };
    if (send) sendRows.push(r);
    node.replies.push({ choice, row: r, nextColumn: col('next'), next });
  }

  if (nodes.size === 0) {
    problems.push(
      problem('$', {
        en: `the dialogue table under row ${header.at + 1} is empty`,
        'zh-CN': `第 ${header.at + 1} 行下面的对话表是空的`,
      }),
    );
  }
  if (nodes.size > PACK_CAPS.nodes) {
    problems.push(
      problem('$', {
        en: `the table names ${nodes.size} nodes; a case has at most ${PACK_CAPS.nodes}`,
        'zh-CN': `表中有 ${nodes.size} 个节点；一个案例最多 ${PACK_CAPS.nodes} 个`,
      }),
    );
  }

  // Ids: a node's own name when it is one, otherwise node-1, node-2… in order of appearance.
  const ids = new Map<string, string>();
  const used = new Set<string>();
  let counter = 0;
  for (const [key, node] of nodes) {
    let id = idFromName(node.name);
    while (!id || used.has(id)) {
      counter += 1;
      id = `node-${counter}`;
    }
    ids.set(key, id);
    used.add(id);
  }
  const resolve = (name: string, row: number, column: number): string => {
    const id = ids.get(name.toLowerCase());
    if (id) return id;
    const known = [...nodes.values()].map((n) => n.name);
    const list = known.slice(0, 12).join(', ') + (known.length > 12 ? ', …' : '');
    problems.push(
      located(atCell(row, column, 'next'), {
        en: `no node is named "${name}" (the nodes are: ${list})`,
        'zh-CN': `没有叫“${name}”的节点（现有节点：${list.replaceAll(', ', '、')}）`,
      }),
    );
    return name;
  };

  const built: ScenarioNode[] = [];
  for (const [key, node] of nodes) {
    const id = ids.get(key)!;
    const lines = node.lines.length > 0 ? node.lines : [{ text: emptyText() }];
    if (node.ending) {
      built.push({
        id,
        kind: 'ending',
        lines,
        // A wrong outcome word has been reported; the draft is not handed on then.
        outcome: node.outcome ?? 'escalated',
        summary: node.summary ?? emptyText(),
      });
      continue;
    }
    if (node.replies.length === 0) {
      problems.push(
        located(atCell(node.firstRow, col('node'), 'node'), {
          en: `node "${node.name}" has no replies and no outcome: give it replies, or an outcome if the call ends there`,
          'zh-CN': `节点“${node.name}”既没有回复也没有结局类型：请写回复；如果通话在这里结束，请写结局类型`,
        }),
      );
      continue;
    }
    const choices = node.replies.map(({ choice, row, nextColumn, next }, k): Choice => {
      const to = (name: string) => resolve(name, row, nextColumn);
      return {
        ...choice,
        id: `${id.slice(0, 60)}-${k + 1}`,
        next:
          typeof next === 'string'
            ? to(next)
            : {
                branches: next.branches.map((b) => ({ when: b.when, to: to(b.to) })),
                otherwise: to(next.otherwise),
              },
      };
    });
    built.push({ id, kind: 'decision', lines, choices });
  }

  const first = [...nodes.values()][0];
  if (first?.ending) {
    problems.push(
      located(atCell(first.firstRow, col('node'), 'node'), {
        en: 'the first node of the table is where the call starts, so it cannot be an ending',
        'zh-CN': '表中第一个节点是通话的开始，不能是结局',
      }),
    );
  }
  const kindProblems = problems.length;
  const kind = pick(values, 'kind', CASE_KINDS, 'call', problems);
  // A kind the sheet misspelt is reported once; its Send marks are not refused on top of it.
  if (kind !== 'written-reply' && problems.length === kindProblems) {
    for (const r of sendRows)
      fault(r, 'send', {
        en: 'only a written reply has a reply that sends the letter: write written-reply as the case kind in the case block, or clear this cell',
        'zh-CN':
          '只有书面回复才有“发出回信”的回复：请在案例信息的“案例类型”写 written-reply，或清空这一格',
      });
  }
  const blank = blankCase('draft');
  const draft: Scenario = {
    ...blank,
    formatVersion: FORMAT_VERSION,
    id: caseId(values, fileName, problems),
    title: textOf(values, 'title'),
    briefing: textOf(values, 'briefing'),
    industry: pick(values, 'industry', INDUSTRIES, blank.industry, problems),
    channel: pick(values, 'channel', CHANNELS, blank.channel, problems),
    ...(kind === 'written-reply' ? { kind } : {}),
    difficulty: whole(values, 'difficulty', [1, 5], blank.difficulty, problems),
    objectives: values.objectives.length > 0 ? values.objectives : [emptyText()],
    source: { caseId: 'spreadsheet', file: fileName || 'spreadsheet' },
    notes: textOf(values, 'notes'),
    persona: {
      name: textOf(values, 'personaName'),
      profile: textOf(values, 'personaProfile'),
      psychology: pick(values, 'psychology', PSYCHOLOGIES, blank.persona.psychology, problems),
      surfaceComplaint: textOf(values, 'surfaceComplaint'),
      realExpectation: textOf(values, 'realExpectation'),
      startingMood: {
        anger: whole(values, 'startingAnger', [0, 100], blank.persona.startingMood.anger, problems),
        trust: whole(values, 'startingTrust', [0, 100], blank.persona.startingMood.trust, problems),
      },
    },
    ...moodModel(values, problems),
    start: first ? ids.get(first.name.toLowerCase())! : blank.start,
    nodes: built,
  };
  return problems.length > 0 ? { ok: false, problems } : { ok: true, draft };
}
