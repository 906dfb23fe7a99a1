import { csvCell, UTF8_BOM } from '../../csv';
import type { LocalizedText } from '../../scenario-schema';
import {
  CASE_BLOCK_HEADER,
  CASE_FIELD_TEXT,
  CASE_FIELDS,
  DIALOGUE_COLUMNS,
  DIALOGUE_HEADERS,
  headerCell,
  type CaseField,
  type DialogueColumn,
} from './columns';

/** The example case the template comes filled with: its case block, field by field. */
const EXAMPLE_CASE: Record<CaseField, readonly [string, string?]> = {
  id: ['late-refund-example'],
  title: ['退款两周没到账', 'The refund two weeks late'],
  briefing: [
    '顾客退了网购的货，两周过去钱还没退回来，打电话来质问。',
    'A customer returned an online order two weeks ago, has not been refunded, and calls to demand why.',
  ],
  industry: ['retail'],
  channel: ['phone'],
  kind: ['call'],
  difficulty: ['2'],
  objective: [
    '先接住情绪，再查清卡在哪一步，给出到账时间并负责到底。',
    'Meet the feeling first, then find where the refund is stuck, give a date and own it.',
  ],
  notes: [
    '模板自带的示例案例，由本应用编写，可整行替换成您自己的内容。',
    "The template's example, written for this app; replace its rows with your own.",
  ],
  personaName: ['陈先生', 'Mr Chen'],
  personaProfile: [
    '三十多岁的上班族，退货后每天查一次账户。',
    'An office worker in his thirties who has checked his account every day since the return.',
  ],
  psychology: ['aggrieved'],
  surfaceComplaint: ['马上把钱退给我。', 'Give me my money back now.'],
  realExpectation: [
    '知道钱哪天能到，并且有一个人负责到底，不用再反复打电话。',
    'To know the day the money arrives, with one person owning it, so he need not call again.',
  ],
  startingAnger: ['65'],
  startingTrust: ['30'],
  moodReactions: ['engine'],
  branchMood: ['before-reply'],
};

type ExampleRow = Partial<Record<DialogueColumn, string>>;

/**
 * The example dialogue: two decision points, three endings, and a mood branch where the mood
 * differs by path (an angry customer refuses the voucher a calmer one grudgingly takes).
 */
const EXAMPLE_DIALOGUE: readonly ExampleRow[] = [
  {
    node: 'opening',
    lineZh: '我退货都两个星期了，钱还没回来！你们是不是想把钱扣下？',
    lineEn: 'I sent the goods back two weeks ago and still no money! Are you planning to keep it?',
    replyZh:
      '陈先生您好，我是客服小林。两周没见到退款，换谁都着急，让您久等了，对不起。方便说一下订单号吗？',
    replyEn:
      'Hello Mr Chen, this is Lin from customer service. Two weeks without a refund would worry anyone; sorry you have waited. Could you give me the order number?',
    behaviours: 'self-identify, acknowledge-emotion, apologize, ask-facts',
    mood: '怒气 -15，信任 +10',
    next: 'find-order',
    recommended: '是',
    noteZh: '先报身份、说出顾客的感受并道歉，再问订单号，情绪缓下来才好谈事情。',
    noteEn:
      'Say who you are, name his feeling and apologise, then ask for the order: facts land once he has calmed.',
  },
  {
    replyZh:
      '退款一般要 7 到 14 个工作日，系统会自动处理，到时候钱会原路退回您的账户，请您再耐心等一等。',
    replyEn:
      'Refunds usually take 7 to 14 working days; the system handles it and the money goes back to your account, so please be patient a little longer.',
    behaviours: 'policy-first, explain',
    mood: '怒气 +10，信任 -5',
    next: 'find-order',
    noteZh: '一上来就搬规定，顾客的着急没人接住，火气更大了。',
    noteEn: 'Quoting the rule first leaves his worry unanswered, and he gets angrier.',
  },
  {
    replyZh: '您先别激动，我帮您查一下。',
    replyEn: 'Please calm down first, and I will look into it.',
    behaviours: 'deny-emotion, investigate',
    mood: '怒气 +5',
    next: 'find-order',
    noteZh: '“别激动”是在否认顾客的情绪，容易火上浇油。',
    noteEn: '"Calm down" denies his feeling and tends to add fuel.',
  },
  {
    node: 'find-order',
    lineZh: '订单号是 2088 开头那个，你们自己查吧。',
    lineEn: 'The order number starts with 2088. Look it up yourselves.',
    replyZh:
      '您最想知道钱哪天到。我查到退款卡在仓库验收，今天就催，明天下午五点前给您准信，这件事我负责到底。',
    replyEn:
      'What you need is the day the money arrives. It is stuck at the warehouse check; I will chase it today and give you a firm date by 5 pm tomorrow. I own this.',
    behaviours: 'paraphrase, verify-facts, own-problem, commit-deadline',
    mood: '怒气 -20，信任 +20',
    next: 'satisfied',
    recommended: '是',
    noteZh: '先说出客户真正在意的事，再查清卡点、给出时间、有人负责，正好回应客户想要的。',
    noteEn:
      'Naming what he cares about, then the stuck step, a time and one owner, answers exactly what he wants.',
  },
  {
    lineZh: '我就想知道这钱到底哪天能到，别让我一遍遍打电话。',
    lineEn: 'I just want to know what day the money arrives, without calling again and again.',
    keyCue: '是',
    replyZh:
      '系统显示退款还在处理中，具体哪天到账我这边也看不到，您过几天再到 App 里看看，到了会有短信通知您的。',
    replyEn:
      'The system says the refund is still processing and I cannot see the exact day from here; check the app again in a few days, and a text message will tell you when it lands.',
    behaviours: 'premature-close',
    mood: '怒气 +15，信任 -10',
    next: 'escalated',
    noteZh: '没有时间、没有负责人，等于让顾客继续干等。',
    noteEn: 'No date and no owner: he is left waiting again.',
  },
  {
    replyZh: '给您申请一张 20 元优惠券作为补偿，您看行吗？',
    replyEn: 'I can request a 20-yuan voucher for you as compensation. Would that do?',
    behaviours: 'bounded-offer',
    mood: '怒气 -5',
    next: '怒气>=70: escalated; 否则: grudging',
    noteZh:
      '补偿没有回答钱哪天到：还在气头上的顾客觉得被打发，直接要找主管；气消了的也只是勉强接受。',
    noteEn:
      'A voucher does not say when the money arrives: still angry, he feels fobbed off and asks for a supervisor; calmer, he accepts it grudgingly.',
  },
  {
    node: 'satisfied',
    lineZh: '行，那我明天五点前等你电话。谢谢你。',
    lineEn: 'Fine, I will wait for your call before five tomorrow. Thank you.',
    outcome: 'resolved-satisfied',
    noteZh: '顾客知道了卡在哪里、哪天回电、谁负责，满意地挂了电话。',
    noteEn:
      'He knows where it is stuck, when he will hear back and who owns it, and hangs up satisfied.',
  },
  {
    node: 'grudging',
    lineZh: '优惠券我不稀罕……算了，我再等等吧。',
    lineEn: 'I do not care about a voucher… Never mind, I will wait some more.',
    outcome: 'resolved-grudging',
    noteZh: '顾客收下了补偿，但仍不知道钱哪天到，心里并不满意。',
    noteEn:
      'He took the voucher but still does not know when the money comes, and is not satisfied.',
  },
  {
    node: 'escalated',
    lineZh: '我不跟你说了，叫你们主管来！',
    lineEn: 'I am done talking to you. Get me your supervisor!',
    outcome: 'escalated',
    noteZh: '顾客觉得没人管这件事，要求找主管。',
    noteEn: 'He feels nobody is dealing with it and demands a supervisor.',
  },
];

/** The instructions, paragraph by paragraph; the CSV carries them as # rows at the top. */
export const TEMPLATE_INSTRUCTIONS: readonly LocalizedText[] = [
  {
    'zh-CN': '用这张表写一个案例，再在“编写案例”页导入，它会变成一份草稿，并列出还缺什么。',
    en: 'Write a case in this sheet, then import it on the Writing cases page: it becomes a draft that lists what is still missing.',
  },
  {
    'zh-CN': '上面是案例信息，每个字段一行，中文写在 B 列、英文写在 C 列；D 列是说明，不会导入。',
    en: 'The case block comes first, one field a row: Chinese in column B, English in column C; column D is help and is not imported.',
  },
  {
    'zh-CN':
      '下面是对话表，每句回复一行。节点名只写在该节点的第一行；结局也是一行，写“结局类型”，不写回复。',
    en: "Below it is the dialogue table, one row per reply. Write a node's name on its first row only; an ending is a row too, with an outcome and no reply.",
  },
  {
    'zh-CN': '以 # 开头的行是说明，导入时跳过。示例行可以直接改写或删除。',
    en: 'Rows starting with # are help and are skipped on import. Rewrite or delete the example rows.',
  },
  {
    'zh-CN':
      '情绪分支：在“下一步”写“怒气>=60: escalated; 否则: calm-down”。从左到右第一个成立的条件生效，最后必须有“否则”。条件默认按这句回复之前的情绪判断；案例信息的“分支判断时机”写 after-reply，就按加上这句回复的影响之后判断。',
    en: 'Mood branches: write "anger>=60: escalated; else: calm-down" in next. The first condition that holds, left to right, wins, and an "else" must come last. Conditions test the mood before this reply, or after its own effect when the case block\'s branch mood says after-reply.',
  },
  {
    'zh-CN': '行为标签、结局类型、行业、渠道和心理类型都用“词表”里的英文标签。',
    en: 'Behaviours, outcomes, industry, channel and psychology use the tags of the Vocabulary sheet.',
  },
  {
    'zh-CN':
      '也可以导入 CSV：在 Excel 里“另存为”时选“CSV UTF-8（逗号分隔）”（普通 CSV 不是 UTF-8 编码，会被拒绝）。文件不超过 2 MB。',
    en: 'CSV works too: in Excel choose Save As "CSV UTF-8 (Comma delimited)" (plain CSV is not UTF-8 and is refused). Files up to 2 MB.',
  },
];

/** The help cell of the case block's header row. */
const HELP_HEADER = '说明（不导入） help (not imported)';

/**
 * The template's case sheet, row by row: the case block filled with the example, a blank row, the
 * dialogue table's header (both languages in each cell), a # row of help under each column, then
 * the example's dialogue. The CSV and the XLSX's case sheet are these same rows.
 */
export function templateRows(): string[][] {
  const rows: string[][] = [[...CASE_BLOCK_HEADER, HELP_HEADER]];
  for (const field of CASE_FIELDS) {
    const text = CASE_FIELD_TEXT[field];
    const [zh, en] = EXAMPLE_CASE[field];
    rows.push([headerCell(text), zh, en ?? '', `${text.help['zh-CN']} ${text.help.en}`]);
  }
  rows.push([]);
  rows.push(DIALOGUE_COLUMNS.map((c) => headerCell(DIALOGUE_HEADERS[c])));
  rows.push(
    DIALOGUE_COLUMNS.map((c, i) => {
      const help = DIALOGUE_HEADERS[c].help;
      return `${i === 0 ? '# ' : ''}${help['zh-CN']} ${help.en}`;
    }),
  );
  for (const example of EXAMPLE_DIALOGUE) rows.push(DIALOGUE_COLUMNS.map((c) => example[c] ?? ''));
  return rows;
}

/** The CSV template: the instructions as # rows, then the case sheet; UTF-8 with a BOM for Excel. */
export function templateCsv(): string {
  const rows = [
    ...TEMPLATE_INSTRUCTIONS.map((p) => [`# ${p['zh-CN']} ${p.en}`]),
    [],
    ...templateRows(),
  ];
  return `${UTF8_BOM}${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** The meanings of the closed lists, in both languages, for the template's vocabulary sheet. */
export interface TemplateVocabulary {
  behaviour: Record<string, LocalizedText>;
  outcome: Record<string, LocalizedText>;
  industry: Record<string, LocalizedText>;
  channel: Record<string, LocalizedText>;
  psychology: Record<string, LocalizedText>;
}

const VOCABULARY_KINDS: Record<keyof TemplateVocabulary, LocalizedText> = {
  behaviour: { 'zh-CN': '行为标签', en: 'behaviours' },
  outcome: { 'zh-CN': '结局类型', en: 'outcome' },
  industry: { 'zh-CN': '行业', en: 'industry' },
  channel: { 'zh-CN': '渠道', en: 'channel' },
  psychology: { 'zh-CN': '心理类型', en: 'psychology' },
};

/** The vocabulary sheet: a header, then one row per tag with its kind and meanings. */
export function vocabularyRows(vocabulary: TemplateVocabulary): string[][] {
  const rows: string[][] = [['列 column', '标签 tag', '中文', 'English']];
  for (const kind of Object.keys(VOCABULARY_KINDS) as Array<keyof TemplateVocabulary>) {
    const name = VOCABULARY_KINDS[kind];
    for (const [tag, meaning] of Object.entries(vocabulary[kind])) {
      rows.push([`${name['zh-CN']} ${name.en}`, tag, meaning['zh-CN'], meaning.en]);
    }
  }
  return rows;
}
