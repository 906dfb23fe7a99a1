import type { LocalizedText } from '../../scenario-schema';

/** The columns of the dialogue table, one row per reply (or per ending, or per extra line). */
export const DIALOGUE_COLUMNS = [
  'node',
  'lineZh',
  'lineEn',
  'replyZh',
  'replyEn',
  'behaviours',
  'mood',
  'next',
  'recommended',
  'noteZh',
  'noteEn',
  'outcome',
  'keyCue',
  'send',
] as const;
export type DialogueColumn = (typeof DIALOGUE_COLUMNS)[number];

interface ColumnText {
  /** The header cell as the template writes it: Chinese first, then English. */
  zh: string;
  en: string;
  /** A sentence under the header in the instructions, saying what goes in the column. */
  help: LocalizedText;
}

export const DIALOGUE_HEADERS: Record<DialogueColumn, ColumnText> = {
  node: {
    zh: '节点',
    en: 'node',
    help: {
      'zh-CN':
        '这一步的名字（如 opening、ask-why）。同一节点的几行回复只在第一行写，下面留空即可。',
      en: 'The name of this step (e.g. opening, ask-why). Write it on the first row of the step; the rows below it may leave it blank.',
    },
  },
  lineZh: {
    zh: '顾客说（中文）',
    en: 'customer line (zh)',
    help: {
      'zh-CN': '顾客在这一步说的话。同一节点的第二行再写一句，就是顾客接着说的第二句。',
      en: 'What the customer says at this step. A line on a second row of the same node is a second thing they say.',
    },
  },
  lineEn: {
    zh: '顾客说（英文）',
    en: 'customer line (en)',
    help: { 'zh-CN': '同一句话的英文。', en: 'The same line in English.' },
  },
  replyZh: {
    zh: '回复（中文）',
    en: 'reply (zh)',
    help: {
      'zh-CN': '学员可以选的一句回复；每个节点 2–4 句，每句一行。',
      en: 'One reply the trainee may choose; 2–4 per node, one row each.',
    },
  },
  replyEn: {
    zh: '回复（英文）',
    en: 'reply (en)',
    help: { 'zh-CN': '同一句回复的英文。', en: 'The same reply in English.' },
  },
  behaviours: {
    zh: '行为标签',
    en: 'behaviours',
    help: {
      'zh-CN':
        '这句回复做了什么，用“词表”里的标签，逗号隔开（如 acknowledge-emotion, apologize）。评分只看标签。',
      en: 'What the reply does, as tags from the Vocabulary sheet, separated by commas (e.g. acknowledge-emotion, apologize). Grading reads only the tags.',
    },
  },
  mood: {
    zh: '情绪影响',
    en: 'mood effect',
    help: {
      'zh-CN':
        '这句回复让顾客的怒气、信任变多少，如“怒气 -10，信任 +5”或“anger -10, trust +5”。不变就留空。',
      en: 'How the reply moves anger and trust, e.g. "anger -10, trust +5" or "怒气 -10，信任 +5". Leave blank for no change.',
    },
  },
  next: {
    zh: '下一步',
    en: 'next',
    help: {
      'zh-CN':
        '选了这句回复后去哪个节点（写节点名）。按情绪分支：“怒气>=60: escalated; 否则: calm-down”，从左到右第一个成立的生效；默认按回复前的情绪判断（见案例信息“分支判断时机”）。',
      en: 'The node this reply leads to (its name). Mood branches: "anger>=60: escalated; else: calm-down", left to right, the first that holds wins; tested on the mood before the reply unless the case block\'s branch mood says after.',
    },
  },
  recommended: {
    zh: '推荐',
    en: 'recommended',
    help: {
      'zh-CN': '专家会选的回复写“是”；每个节点恰好一句。',
      en: 'Write "yes" on the reply an expert would choose; exactly one per node.',
    },
  },
  noteZh: {
    zh: '点评或结局说明（中文）',
    en: 'note or ending summary (zh)',
    help: {
      'zh-CN': '复盘时培训师对这句回复的点评；结局行写这次通话的结果说明。',
      en: "The trainer's comment on this reply in the debrief; on an ending row, what happened on the call.",
    },
  },
  noteEn: {
    zh: '点评或结局说明（英文）',
    en: 'note or ending summary (en)',
    help: { 'zh-CN': '同一段话的英文。', en: 'The same text in English.' },
  },
  outcome: {
    zh: '结局类型',
    en: 'outcome',
    help: {
      'zh-CN': '只在结局行填写（如 resolved-satisfied、escalated，见“词表”）；结局行不写回复。',
      en: 'Only on ending rows (e.g. resolved-satisfied, escalated; see the Vocabulary sheet); an ending row has no reply.',
    },
  },
  keyCue: {
    zh: '关键线索',
    en: 'key cue',
    help: {
      'zh-CN': '这一行顾客的话透露了顾客真正想要的，就写“是”（全案例一处）。',
      en: 'Write "yes" where the customer line gives away what they really want (one in the case).',
    },
  },
  send: {
    zh: '发出回信',
    en: 'sends the letter',
    help: {
      'zh-CN':
        '只用于书面回复（案例信息“案例类型”写 written-reply）：选这句就把回信按已写的段落发出，写“是”；从第 3 段起才提供。',
      en: 'Only in a written reply (case kind written-reply in the case block): write "yes" on a reply that sends the letter as written so far; offer it from paragraph 3 on.',
    },
  },
};

/** The fields of the case block above the dialogue table: one row each, 中文 then English. */
export const CASE_FIELDS = [
  'id',
  'title',
  'briefing',
  'industry',
  'channel',
  'kind',
  'difficulty',
  'objective',
  'notes',
  'personaName',
  'personaProfile',
  'psychology',
  'surfaceComplaint',
  'realExpectation',
  'startingAnger',
  'startingTrust',
  'moodReactions',
  'branchMood',
] as const;
export type CaseField = (typeof CASE_FIELDS)[number];

interface FieldText extends ColumnText {
  /** Written once (an id, a number, a word from the vocabulary) rather than in both languages. */
  single?: true;
}

export const CASE_FIELD_TEXT: Record<CaseField, FieldText> = {
  id: {
    zh: '案例编号',
    en: 'case id',
    single: true,
    help: {
      'zh-CN': '小写字母、数字和连字符，如 late-refund。',
      en: 'Lower-case letters, digits and hyphens, e.g. late-refund.',
    },
  },
  title: {
    zh: '标题',
    en: 'title',
    help: { 'zh-CN': '案例库卡片上的名字。', en: 'The name on the library card.' },
  },
  briefing: {
    zh: '简介',
    en: 'briefing',
    help: {
      'zh-CN': '接电话前学员看到的一两句话。',
      en: 'One or two sentences the trainee reads before the call.',
    },
  },
  industry: {
    zh: '行业',
    en: 'industry',
    single: true,
    help: { 'zh-CN': '见“词表”，如 retail。', en: 'See the Vocabulary sheet, e.g. retail.' },
  },
  channel: {
    zh: '渠道',
    en: 'channel',
    single: true,
    help: {
      'zh-CN': 'phone、counter、online 或 onsite。',
      en: 'phone, counter, online or onsite.',
    },
  },
  kind: {
    zh: '案例类型',
    en: 'case kind',
    single: true,
    help: {
      'zh-CN':
        'call（默认，通话）或 written-reply（书面回复：学员一段一段写回信，每个节点是一段，标“发出回信”的回复把信发出）。',
      en: 'call (the default) or written-reply (the trainee writes a letter paragraph by paragraph, one node per paragraph; a reply marked "sends the letter" sends it).',
    },
  },
  difficulty: {
    zh: '难度',
    en: 'difficulty',
    single: true,
    help: { 'zh-CN': '1 到 5。', en: '1 to 5.' },
  },
  objective: {
    zh: '学习目标',
    en: 'objective',
    help: {
      'zh-CN': '学员要练的一点；可以写多行“学习目标”。',
      en: 'One thing the trainee practises; several objective rows are allowed.',
    },
  },
  notes: {
    zh: '作者备注',
    en: 'author notes',
    help: {
      'zh-CN': '案例来源、哪些细节是补写的。',
      en: 'Where the case comes from, which details were made up.',
    },
  },
  personaName: {
    zh: '顾客称呼',
    en: 'customer name',
    help: { 'zh-CN': '如 王女士。', en: 'E.g. Ms Wang.' },
  },
  personaProfile: {
    zh: '顾客背景',
    en: 'customer profile',
    help: { 'zh-CN': '顾客是谁、为什么来电。', en: 'Who the customer is and why they call.' },
  },
  psychology: {
    zh: '心理类型',
    en: 'psychology',
    single: true,
    help: { 'zh-CN': '见“词表”，如 aggrieved。', en: 'See the Vocabulary sheet, e.g. aggrieved.' },
  },
  surfaceComplaint: {
    zh: '表面诉求',
    en: 'surface complaint',
    help: { 'zh-CN': '顾客嘴上说的要求。', en: 'What the customer says they want.' },
  },
  realExpectation: {
    zh: '真实期望',
    en: 'real expectation',
    help: { 'zh-CN': '顾客真正想要的。', en: 'What the customer really wants.' },
  },
  startingAnger: {
    zh: '起始怒气',
    en: 'starting anger',
    single: true,
    help: { 'zh-CN': '0 到 100。', en: '0 to 100.' },
  },
  startingTrust: {
    zh: '起始信任',
    en: 'starting trust',
    single: true,
    help: { 'zh-CN': '0 到 100。', en: '0 to 100.' },
  },
  moodReactions: {
    zh: '顾客反应',
    en: 'mood reactions',
    single: true,
    help: {
      'zh-CN':
        'engine（默认）：在您写的情绪影响之外，再加上模拟顾客自己的反应；author：您写的情绪影响已经是顾客的全部反应。',
      en: "engine (default): the simulated customer's own reactions are added to the effects you write; author: your effects already are the customer's whole reaction.",
    },
  },
  branchMood: {
    zh: '分支判断时机',
    en: 'branch mood',
    single: true,
    help: {
      'zh-CN':
        'before-reply（默认）：情绪分支按这句回复之前的情绪判断；after-reply：按加上这句回复的情绪影响之后判断。',
      en: "before-reply (default): mood branches test the mood before the reply; after-reply: the mood plus the reply's own effect.",
    },
  },
};

/** The first row of the case block: field name, then the two language columns. */
export const CASE_BLOCK_HEADER = ['案例信息 case', '中文', 'English'] as const;

/** A header cell as the template writes it, both languages in one cell. */
export const headerCell = (text: { zh: string; en: string }) => `${text.zh} ${text.en}`;

/** A cell reduced to what identifies a header: no case, spaces or brackets of either width. */
const key = (cell: string) => cell.toLowerCase().replace(/[\s()（）·:：_-]/g, '');

function byAnyName<T extends string>(texts: Record<T, { zh: string; en: string }>): Map<string, T> {
  const names = new Map<string, T>();
  for (const [name, text] of Object.entries(texts) as Array<[T, { zh: string; en: string }]>) {
    for (const form of [text.zh, text.en, headerCell(text)]) names.set(key(form), name);
  }
  return names;
}

const DIALOGUE_NAMES = byAnyName(DIALOGUE_HEADERS);
const CASE_NAMES = byAnyName(CASE_FIELD_TEXT);

/** The dialogue column a header cell names, in Chinese, English or both, or undefined. */
export const dialogueColumnOf = (cell: string): DialogueColumn | undefined =>
  DIALOGUE_NAMES.get(key(cell));

/** The case field a row's first cell names, or undefined. */
export const caseFieldOf = (cell: string): CaseField | undefined => CASE_NAMES.get(key(cell));

/**
 * Whether a cell names a case's stages or the promises they check: a spreadsheet has no place for
 * them (they are read from the editor or a Twine file), so the import refuses them by name.
 */
export const namesStages = (cell: string): boolean =>
  /^(阶段|stages?|承诺|promises?)/.test(key(cell));

/** Spreadsheet column letters for a 0-based index: A … Z, AA … */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}
