import type { LocalizedText } from '../scenario-schema';

const w = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });

/** A case's own fields, named as the authoring screen labels them. */
export const CASE_FIELDS: Record<string, LocalizedText> = {
  id: w('案例编号', 'case id'),
  version: w('版本号', 'version'),
  formatVersion: w('格式版本（formatVersion）', 'format version (formatVersion)'),
  title: w('标题', 'title'),
  briefing: w('接听前简介', 'briefing'),
  industry: w('行业', 'industry'),
  channel: w('渠道', 'channel'),
  kind: w('案例类型（通话或书面回复）', 'case type (call or written reply)'),
  difficulty: w('难度', 'difficulty'),
  objectives: w('学习目标', 'learning objectives'),
  source: w('来源', 'source'),
  caseId: w('来源案例编号', 'source case id'),
  file: w('来源文件', 'source file'),
  notes: w('编写说明', 'authoring notes'),
  persona: w('客户', 'customer'),
  name: w('客户称呼', 'customer’s name'),
  profile: w('客户背景', 'customer background'),
  psychology: w('客户心理', 'customer psychology'),
  surfaceComplaint: w('表面诉求', 'surface complaint'),
  realExpectation: w('真实期望', 'real expectation'),
  startingMood: w('初始情绪', 'starting mood'),
  agitatedAt: w('怒气达到多少算情绪激动', 'anger that counts as agitated'),
  appearance: w('客户外貌', 'customer appearance'),
  protocol: w('银行柜台七步法', 'bank counter seven steps'),
  companyAtFault: w('公司确有过错', 'company at fault'),
  replySeconds: w('每次回答的秒数', 'seconds per reply'),
  moodModel: w('情绪模型', 'mood model'),
  reactions: w('顾客反应由谁计算', 'who writes the customer’s reactions'),
  branchMood: w('分支判断时机', 'when branches test the mood'),
  facts: w('事实', 'facts'),
  // A case spanning several contacts: its stages and the promises they check.
  stages: w('阶段', 'stage'),
  startNode: w('从哪个决策点开始', 'opens at'),
  elapsed: w('之前过了多久', 'time before it'),
  checks: w('承诺', 'promise'),
  fact: w('事实', 'fact'),
  keptWhen: w('兑现条件', 'counts as kept when'),
  text: w('内容', 'wording'),
  start: w('开场节点', 'opening node'),
  nodes: w('整个案例', 'the case as a whole'),
  format: w('案例包格式', 'pack format'),
  media: w('录音', 'recordings'),
  scenarios: w('案例列表', 'list of cases'),
};

/** Fields of a node, a line, a reply and a branch. */
export const PART_FIELDS: Record<string, LocalizedText> = {
  id: w('编号', 'id'),
  kind: w('节点类型', 'node type'),
  lines: w('客户说的话', 'customer lines'),
  text: w('文字', 'text'),
  cue: w('线索', 'cue'),
  keyCue: w('关键句', 'key cue'),
  when: w('什么时候说', 'when it is said'),
  unless: w('什么时候不说', 'when it is not said'),
  choices: w('回答', 'replies'),
  outcome: w('结局类型', 'ending type'),
  summary: w('结局说明', 'ending summary'),
  behaviours: w('行为标签', 'behaviours'),
  mood: w('对情绪的影响', 'mood effect'),
  anger: w('怒气', 'anger'),
  trust: w('信任', 'trust'),
  atLeast: w('至少', 'at least'),
  below: w('低于', 'below'),
  agitated: w('情绪激动', 'agitated'),
  fact: w('事实', 'fact'),
  note: w('点评', 'trainer’s note'),
  next: w('下一步', 'leads to'),
  branches: w('分支', 'branches'),
  otherwise: w('其余情况去', 'otherwise leads to'),
  to: w('去向', 'leads to'),
  recommended: w('专家回答', 'expert reply'),
  sets: w('确立的事实', 'facts it sets'),
  clears: w('撤销的事实', 'facts it clears'),
  send: w('发出回信', 'sends the letter'),
  description: w('说明', 'description'),
};

/** A reply's text is "回答文字", not just "文字": the field names that read better whole. */
export const REPLY_TEXT = w('回答文字', 'reply text');
export const LINE_TEXT = w('台词', 'line');
export const MOOD_DELTA: Record<string, LocalizedText> = {
  anger: w('怒气变化', 'anger change'),
  trust: w('信任变化', 'trust change'),
};
export const STARTING_MOOD: Record<string, LocalizedText> = {
  anger: w('初始怒气', 'starting anger'),
  trust: w('初始信任', 'starting trust'),
};
export const LANGUAGE: Record<string, LocalizedText> = {
  'zh-CN': w('中文', 'Chinese'),
  en: w('英文', 'English'),
};
