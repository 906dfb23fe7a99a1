import type { SheetRow } from './fill-sheet';

/** The case block of a small case a trainer writes in the template (field name → zh, en). */
export const SHEET_CASE: Record<string, [string, string?]> = {
  案例编号: ['parcel-left-outside'],
  标题: ['快递被放在门外', 'The parcel left outside'],
  简介: [
    '顾客的快递没有送到家，被放在楼道里丢了。',
    'A parcel was left in the hallway instead of delivered, and went missing.',
  ],
  行业: ['retail'],
  渠道: ['phone'],
  难度: ['1'],
  学习目标: ['先致歉，再给出补发时间。', 'Apologise first, then give a date for the replacement.'],
  作者备注: ['为测试编写的表格案例。', 'A spreadsheet case written for the test.'],
  顾客称呼: ['周女士', 'Ms Zhou'],
  顾客背景: ['在家办公的设计师。', 'A designer who works from home.'],
  心理类型: ['aggrieved'],
  表面诉求: ['把快递找回来。', 'Find the parcel.'],
  真实期望: ['尽快拿到东西，以后别再放门外。', 'Get the item soon, and never again left outside.'],
  起始怒气: ['55'],
  起始信任: ['40'],
  顾客反应: [''],
  分支判断时机: [''],
};

/**
 * The dialogue: one decision point and two endings. The second reply's English and its behaviours
 * are left blank on purpose, so the draft lists them as still missing.
 */
export const SHEET_ROWS: readonly SheetRow[] = [
  {
    节点: 'opening',
    '顾客说（中文）': '我人就在家，快递员却把包裹扔在楼道里，现在东西没了！',
    '顾客说（英文）':
      'I was home all day, yet the courier dumped my parcel in the hallway, and now it is gone!',
    关键线索: '是',
    '回复（中文）': '周女士，东西丢了真让人着急，对不起。我今天就为您补发，明天中午前送到您手上。',
    '回复（英文）':
      'Ms Zhou, losing it is upsetting; I am sorry. I will send a replacement today, in your hands by noon tomorrow.',
    行为标签: 'apologize, commit-deadline',
    情绪影响: '怒气 -20，信任 +15',
    下一步: 'settled',
    推荐: '是',
    '点评或结局说明（中文）': '先致歉，再给出明确的补发时间。',
    '点评或结局说明（英文）': 'An apology, then a clear date for the replacement.',
  },
  {
    '回复（中文）': '快递放门外是常有的事，您再找找吧。',
    行为标签: '',
    情绪影响: '怒气 +20',
    下一步: 'supervisor',
    '点评或结局说明（中文）': '把责任推回给顾客，只会让她更生气。',
    '点评或结局说明（英文）': 'Handing the problem back to her only makes her angrier.',
  },
  {
    节点: 'settled',
    '顾客说（中文）': '好，明天中午前我等着。',
    '顾客说（英文）': 'Fine, I will wait until noon tomorrow.',
    结局类型: 'resolved-satisfied',
    '点评或结局说明（中文）': '顾客接受了补发安排。',
    '点评或结局说明（英文）': 'The customer accepted the replacement.',
  },
  {
    节点: 'supervisor',
    '顾客说（中文）': '你这是什么态度？叫你们主管来！',
    '顾客说（英文）': 'What kind of attitude is that? Get me your supervisor!',
    结局类型: 'escalated',
    '点评或结局说明（中文）': '顾客要求升级投诉。',
    '点评或结局说明（英文）': 'The customer escalated the complaint.',
  },
];
