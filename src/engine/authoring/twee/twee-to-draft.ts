import { BEHAVIOURS, type Behaviour } from '../../behaviours';
import { readJsonText } from '../../input/read-json';
import type {
  Choice,
  CustomerLine,
  LocalizedText,
  MoodCondition,
  Scenario,
  ScenarioNode,
} from '../../scenario-schema';
import { PACK_CAPS, TWEE_CAPS } from '../../validation/limits';
import type { Problem } from '../../validation/problem';
import { CUES, FORMAT_VERSION, OUTCOMES, type Cue, type Outcome } from '../../vocabulary';
import { blankCase, emptyText } from '../blank-case';
import { readBehaviours, readMood, readYes } from '../spreadsheet/cell-syntax';
import { BRANCH_LINE, readAnnotation, readText, type AnnotationKey } from './twee-annotations';
import { CASE_INFO, readCaseInfo, type CaseInfo } from './twee-case-info';
import { readCondition } from './twee-conditions';
import { linksIn, type TweeLink } from './twee-links';
import { locatedProblem, readPassages, type Passage, type TweeLine } from './twee-passages';

export type TweeDraft =
  { ok: true; draft: Scenario; warnings: Problem[] } | { ok: false; problems: Problem[] };

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** Passages of the story format's own (scripts, styles, SugarCube and Harlowe specials): skipped. */
const FORMAT_TAGS = new Set(['script', 'stylesheet', 'widget', 'header', 'footer', 'startup']);
const FORMAT_NAMES = new Set([
  'StoryInit',
  'StoryCaption',
  'StoryMenu',
  'StoryBanner',
  'StorySubtitle',
  'StoryAuthor',
  'StoryInterface',
  'StoryShare',
  'PassageReady',
  'PassageDone',
  'PassageHeader',
  'PassageFooter',
]);
const isFormatPassage = (p: Passage) =>
  FORMAT_NAMES.has(p.name) ||
  p.tags.some((t) => FORMAT_TAGS.has(t) || t.startsWith('debug-') || t === 'Twine.private');

/** A passage's name as a node id: itself when it is one, else a slug of it, else null. */
function idFromName(name: string): string | null {
  if (ID.test(name)) return name;
  const slug = name
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
    .replace(/[^a-z0-9-]/g, '')
    .replace(/^-+/, '')
    .slice(0, 64);
  return ID.test(slug) ? slug : null;
}

interface ReplyDraft {
  choice: Choice;
  link: TweeLink & { line: number };
  branches: Array<{ when: MoodCondition; link: TweeLink & { line: number } }>;
  /** The reply had a `tags:` line (passage tags of its target then do not apply). */
  tagged: boolean;
}

interface NodeDraft {
  passage: Passage;
  id: string;
  lines: CustomerLine[];
  replies: ReplyDraft[];
  outcome?: Outcome;
  summary?: LocalizedText;
}

/** Which text an `en:` line gives the English of. */
type Last =
  | { kind: 'line'; line: CustomerLine }
  | { kind: 'reply'; reply: ReplyDraft }
  | { kind: 'note'; reply: ReplyDraft }
  | { kind: 'summary'; node: NodeDraft }
  | null;

const ANNOTATION_NAMES: Record<AnnotationKey, LocalizedText> = {
  en: { en: 'en', 'zh-CN': 'en（英文）' },
  text: { en: 'text', 'zh-CN': 'text（回复）' },
  id: { en: 'id', 'zh-CN': 'id（编号）' },
  tags: { en: 'tags', 'zh-CN': 'tags（行为）' },
  mood: { en: 'mood', 'zh-CN': 'mood（情绪）' },
  expert: { en: 'expert', 'zh-CN': 'expert（推荐）' },
  send: { en: 'send', 'zh-CN': 'send（发出）' },
  note: { en: 'note', 'zh-CN': 'note（点评）' },
  sets: { en: 'sets', 'zh-CN': 'sets（设定事实）' },
  clears: { en: 'clears', 'zh-CN': 'clears（清除事实）' },
  cue: { en: 'cue', 'zh-CN': 'cue（线索）' },
  keyCue: { en: 'key-cue', 'zh-CN': 'key-cue（关键线索）' },
  when: { en: 'when', 'zh-CN': 'when（出现条件）' },
  unless: { en: 'unless', 'zh-CN': 'unless（除非）' },
  summary: { en: 'summary', 'zh-CN': 'summary（结局说明）' },
  outcome: { en: 'outcome', 'zh-CN': 'outcome（结局）' },
};

const REPLY_KEYS = new Set<AnnotationKey>([
  'text',
  'id',
  'tags',
  'mood',
  'expert',
  'send',
  'note',
  'sets',
  'clears',
]);
const LINE_KEYS = new Set<AnnotationKey>(['cue', 'keyCue', 'when', 'unless']);

function factList(value: string): string[] | null {
  const ids = value.split(/[\s,，、;；]+/).filter(Boolean);
  return ids.length > 0 && ids.every((f) => ID.test(f)) && new Set(ids).size === ids.length
    ? ids
    : null;
}

/** Reads one node passage's lines into a node draft, reporting located problems. */
function readNode(passage: Passage, id: string, problems: Problem[]): NodeDraft {
  const node: NodeDraft = { passage, id, lines: [], replies: [] };
  let last: Last = null;
  const fault = (at: TweeLine, why: LocalizedText, column = 1) =>
    problems.push(locatedProblem(at.line, column, why));
  const addLine = (at: TweeLine, zh: string) => {
    if (node.lines.length === PACK_CAPS.linesPerNode) {
      fault(at, {
        en: `a node says at most ${PACK_CAPS.linesPerNode} customer lines`,
        'zh-CN': `一个节点最多 ${PACK_CAPS.linesPerNode} 句顾客的话`,
      });
      return;
    }
    const line: CustomerLine = { text: { 'zh-CN': zh, en: '' } };
    node.lines.push(line);
    last = { kind: 'line', line };
  };
  const addReply = (at: TweeLine, link: TweeLink) => {
    if (node.replies.length === PACK_CAPS.repliesPerNode) {
      fault(
        at,
        {
          en: `a node offers at most ${PACK_CAPS.repliesPerNode} replies; this is link ${node.replies.length + 1}`,
          'zh-CN': `一个节点最多 ${PACK_CAPS.repliesPerNode} 句回复；这是第 ${node.replies.length + 1} 个链接`,
        },
        link.column + 1,
      );
      return;
    }
    const reply: ReplyDraft = {
      choice: {
        id: '',
        text: { 'zh-CN': link.text, en: '' },
        behaviours: [],
        mood: {},
        note: emptyText(),
        next: link.target,
      },
      link: { ...link, line: at.line },
      branches: [],
      tagged: false,
    };
    node.replies.push(reply);
    last = { kind: 'reply', reply };
  };

  for (const at of passage.body) {
    const raw = at.text.trim();
    if (raw === '') continue;
    if (raw.startsWith('\\')) {
      addLine(at, readText(raw));
      continue;
    }
    const branch = BRANCH_LINE.exec(raw);
    if (branch) {
      const reply = node.replies.at(-1);
      const when = readCondition(branch[1]!);
      const { links } = linksIn(branch[2]!);
      const column = at.text.indexOf(branch[2]!) + 1;
      if (!reply) {
        fault(at, {
          en: 'a branch (“if …: [[…]]”) belongs under a reply’s link, and there is none above',
          'zh-CN': '分支（“如果 …：[[…]]”）要写在某句回复的链接下面，上面没有回复',
        });
      } else if (!when) {
        fault(at, {
          en: `“${branch[1]}” is not a condition; write e.g. “if anger>=60: [[escalated]]” (anger, trust, agitated, fact <id>, joined by “and”)`,
          'zh-CN': `“${branch[1]}”不是条件；请写成“如果 怒气>=60: [[escalated]]”这样（怒气、信任、激动、事实 <编号>，用“且”连接）`,
        });
      } else if (links.length !== 1) {
        fault(
          at,
          { en: 'a branch leads to exactly one passage', 'zh-CN': '一个分支只通向一个段落' },
          column,
        );
      } else if (reply.branches.length === PACK_CAPS.branchesPerReply) {
        fault(at, {
          en: `a reply has at most ${PACK_CAPS.branchesPerReply} branches`,
          'zh-CN': `一句回复最多 ${PACK_CAPS.branchesPerReply} 个分支`,
        });
      } else {
        const link = links[0]!;
        reply.branches.push({ when, link: { ...link, column: column - 1, line: at.line } });
      }
      continue;
    }
    const note = readAnnotation(raw);
    if (note) {
      readNote(note.key, readText(note.value), at);
      continue;
    }
    const { links, rest } = linksIn(at.text);
    if (rest) addLine(at, rest);
    for (const link of links) addReply(at, link);
  }
  return node;

  function readNote(key: AnnotationKey, value: string, at: TweeLine) {
    const current = last as Last;
    const name = ANNOTATION_NAMES[key];
    const misplaced = (what: LocalizedText) =>
      fault(at, {
        en: `“${name.en}:” belongs under ${what.en}, and there is none above it`,
        'zh-CN': `“${name['zh-CN']}:”要写在${what['zh-CN']}下面，上面没有`,
      });
    const bad = (why: LocalizedText) =>
      fault(at, { en: `“${name.en}:” ${why.en}`, 'zh-CN': `“${name['zh-CN']}:”${why['zh-CN']}` });
    if (key === 'en') {
      if (!current) return misplaced({ en: 'a text', 'zh-CN': '一段文字' });
      if (current.kind === 'line') current.line.text.en = value;
      else if (current.kind === 'reply') current.reply.choice.text.en = value;
      else if (current.kind === 'note') current.reply.choice.note.en = value;
      else current.node.summary!.en = value;
      return;
    }
    if (key === 'summary') {
      node.summary = { 'zh-CN': value, en: '' };
      last = { kind: 'summary', node };
      return;
    }
    if (key === 'outcome') {
      const word = value.toLowerCase();
      if ((OUTCOMES as readonly string[]).includes(word)) node.outcome = word as Outcome;
      else
        bad({
          en: `“${value}” is not an outcome; use one of ${OUTCOMES.join(', ')}`,
          'zh-CN': `“${value}”不是结局类型；请用 ${OUTCOMES.join('、')} 之一`,
        });
      return;
    }
    if (LINE_KEYS.has(key)) {
      if (current?.kind !== 'line')
        return misplaced({ en: 'a customer line', 'zh-CN': '顾客的一句话' });
      const line = current.line;
      if (key === 'cue') {
        if ((CUES as readonly string[]).includes(value)) line.cue = value as Cue;
        else
          bad({
            en: `“${value}” is not a cue; use one of ${CUES.join(', ')}`,
            'zh-CN': `“${value}”不是线索类型；请用 ${CUES.join('、')} 之一`,
          });
      } else if (key === 'keyCue') {
        const yes = readYes(value);
        if (!yes.ok) bad(yes.why);
        else if (yes.value) line.keyCue = true;
      } else if (ID.test(value)) {
        line[key === 'when' ? 'when' : 'unless'] = { fact: value };
      } else {
        bad({
          en: `“${value}” is not a fact id (lower-case letters, digits, hyphens)`,
          'zh-CN': `“${value}”不是事实编号（小写字母、数字、连字符）`,
        });
      }
      return;
    }
    if (!REPLY_KEYS.has(key)) return;
    const reply = current?.kind === 'reply' || current?.kind === 'note' ? current.reply : undefined;
    if (!reply) return misplaced({ en: 'a reply’s link', 'zh-CN': '回复的链接' });
    const choice = reply.choice;
    if (key === 'text') choice.text['zh-CN'] = value;
    else if (key === 'id') {
      if (ID.test(value)) choice.id = value;
      else
        bad({
          en: `“${value}” is not an id (lower-case letters, digits, hyphens)`,
          'zh-CN': `“${value}”不能做编号（小写字母、数字、连字符）`,
        });
    } else if (key === 'tags') {
      const tags = readBehaviours(value);
      reply.tagged = true;
      if (tags.ok) choice.behaviours = tags.value;
      else bad(tags.why);
    } else if (key === 'mood') {
      const mood = readMood(value);
      if (mood.ok) choice.mood = mood.value;
      else bad(mood.why);
    } else if (key === 'expert') {
      const yes = readYes(value);
      if (!yes.ok) bad(yes.why);
      else if (yes.value) choice.recommended = true;
      else delete choice.recommended;
    } else if (key === 'send') {
      const yes = readYes(value);
      if (!yes.ok) bad(yes.why);
      else if (yes.value) choice.send = true;
      else delete choice.send;
    } else if (key === 'note') {
      choice.note = { 'zh-CN': value, en: '' };
      last = { kind: 'note', reply };
    } else {
      const facts = factList(value);
      if (facts) choice[key === 'sets' ? 'sets' : 'clears'] = facts;
      else
        bad({
          en: 'lists fact ids (lower-case letters, digits, hyphens), each once, separated by commas',
          'zh-CN': '要列出事实编号（小写字母、数字、连字符），各写一次，用逗号隔开',
        });
    }
  }
}

/** The JSON held by a passage (StoryData, CaseInfo), or a located problem. */
function passageJson(passage: Passage, problems: Problem[]): unknown {
  const text = passage.body.map((l) => l.text).join('\n');
  if (text.length > TWEE_CAPS.jsonChars) {
    problems.push(
      locatedProblem(passage.line, 1, {
        en: `passage “${passage.name}” holds more than ${TWEE_CAPS.jsonChars} characters`,
        'zh-CN': `段落“${passage.name}”超过 ${TWEE_CAPS.jsonChars} 个字符`,
      }),
    );
    return undefined;
  }
  const read = readJsonText(text);
  if (read.ok) return read.value;
  // read-json locates the fault within the passage; the trainer needs it within the file.
  const inner = read.problem.at;
  problems.push(
    locatedProblem(passage.line + (inner?.line ?? 1), inner?.column ?? 1, {
      en: `passage “${passage.name}” is not valid JSON here`,
      'zh-CN': `段落“${passage.name}”在这里不是有效的 JSON`,
    }),
  );
  return undefined;
}

/**
 * Turns a Twee 3 story into a draft case (see docs/authoring.md, "From a Twine story"): each
 * passage a node, each link a reply, passages without links endings. What the story says wrongly
 * (a link to a passage that is not there, an annotation that cannot be read, a cap passed) refuses
 * it with problems at their line and column; what it leaves out becomes a draft whose draft checks
 * list what is missing. Line by line, with no recursion over the story's links.
 */
export function tweeToDraft(text: string, fileName: string): TweeDraft {
  const read = readPassages(text);
  if (!read.ok) return read;
  const problems: Problem[] = [];
  const warnings = [...read.warnings];
  const byName = new Map(read.passages.map((p) => [p.name, p]));
  const title = byName.get('StoryTitle');
  const storyData = byName.get('StoryData');
  const caseInfoPassage = byName.get(CASE_INFO);

  let info: CaseInfo = {};
  if (caseInfoPassage) {
    const value = passageJson(caseInfoPassage, problems);
    if (value !== undefined) {
      const checked = readCaseInfo(value);
      if (checked.ok) info = checked.info;
      else {
        for (const why of checked.faults) {
          problems.push(
            locatedProblem(caseInfoPassage.line, 1, {
              en: `${CASE_INFO}: ${why.en}`,
              'zh-CN': `${CASE_INFO}：${why['zh-CN']}`,
            }),
          );
        }
      }
    }
  }
  let startName: string | undefined;
  if (storyData) {
    const value = passageJson(storyData, problems);
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const start = (value as Record<string, unknown>).start;
      if (typeof start === 'string') startName = start;
    }
  }

  const nodePassages = read.passages.filter(
    (p) => p !== title && p !== storyData && p !== caseInfoPassage && !isFormatPassage(p),
  );
  if (nodePassages.length > PACK_CAPS.nodes) {
    problems.push(
      locatedProblem(nodePassages[PACK_CAPS.nodes]!.line, 1, {
        en: `the story has ${nodePassages.length} passages for nodes; a case has at most ${PACK_CAPS.nodes}`,
        'zh-CN': `故事中有 ${nodePassages.length} 个节点段落；一个案例最多 ${PACK_CAPS.nodes} 个`,
      }),
    );
    return { ok: false, problems };
  }

  // Ids: a passage's own name when it is one, else its slug, else node-1, node-2… in file order.
  const ids = new Map<string, string>();
  const used = new Set<string>();
  let counter = 0;
  for (const passage of nodePassages) {
    let id = idFromName(passage.name);
    while (!id || used.has(id)) {
      counter += 1;
      id = `node-${counter}`;
    }
    ids.set(passage.name, id);
    used.add(id);
  }
  const nodes = nodePassages.map((p) => readNode(p, ids.get(p.name)!, problems));
  const resolve = (link: TweeLink & { line: number }): string => {
    const id = ids.get(link.target);
    if (id) return id;
    const names = nodePassages.map((p) => p.name);
    const list = names.slice(0, 12).join(', ') + (names.length > 12 ? ', …' : '');
    problems.push(
      locatedProblem(link.line, link.column + 1, {
        en: `the link leads to “${link.target}”, and no passage has that name (the passages are: ${list})`,
        'zh-CN': `链接通向“${link.target}”，但没有叫这个名字的段落（现有段落：${list.replaceAll(', ', '、')}）`,
      }),
    );
    return link.target;
  };
  const behaviourTags = (name: string): Behaviour[] => {
    const passage = byName.get(name);
    const known = new Set<string>(BEHAVIOURS);
    return passage ? (passage.tags.filter((t) => known.has(t)) as Behaviour[]) : [];
  };

  const replyIds = new Set<string>();
  for (const node of nodes)
    for (const r of node.replies) if (r.choice.id) replyIds.add(r.choice.id);
  const built: ScenarioNode[] = nodes.map((node): ScenarioNode => {
    const lines = node.lines.length > 0 ? node.lines : [{ text: emptyText() }];
    if (node.replies.length === 0) {
      const tagged = node.passage.tags.find((t) => (OUTCOMES as readonly string[]).includes(t));
      return {
        id: node.id,
        kind: 'ending',
        lines,
        outcome: node.outcome ?? (tagged as Outcome | undefined) ?? 'resolved-satisfied',
        summary: node.summary ?? emptyText(),
      };
    }
    if (node.summary || node.outcome) {
      problems.push(
        locatedProblem(node.passage.line, 1, {
          en: `passage “${node.passage.name}” has links, so it is a decision point, not an ending: take out its summary or outcome, or its links`,
          'zh-CN': `段落“${node.passage.name}”有链接，是决策点而不是结局：请删掉结局说明或结局类型，或删掉链接`,
        }),
      );
    }
    const choices = node.replies.map((reply, k): Choice => {
      let id = reply.choice.id;
      for (let n = k + 1; !id; n += 1) {
        const candidate = `${node.id.slice(0, 58)}-${n}`;
        if (!replyIds.has(candidate)) id = candidate;
      }
      replyIds.add(id);
      const otherwise = resolve(reply.link);
      const next =
        reply.branches.length === 0
          ? otherwise
          : {
              branches: reply.branches.map((b) => ({ when: b.when, to: resolve(b.link) })),
              otherwise,
            };
      const behaviours = reply.tagged ? reply.choice.behaviours : behaviourTags(reply.link.target);
      return { ...reply.choice, id, behaviours, next };
    });
    return { id: node.id, kind: 'decision', lines, choices };
  });

  let start = nodePassages.find((p) => p.name === 'Start') ?? nodePassages[0];
  if (startName !== undefined) {
    const named = nodePassages.find((p) => p.name === startName);
    if (named) start = named;
    else {
      problems.push(
        locatedProblem(storyData!.line, 1, {
          en: `StoryData starts the story at “${startName}”, and no passage has that name`,
          'zh-CN': `StoryData 把开始设在“${startName}”，但没有叫这个名字的段落`,
        }),
      );
    }
  }
  if (problems.length > 0) return { ok: false, problems };

  const blank = blankCase('draft');
  const storyTitle = title?.body.map((l) => l.text.trim()).find(Boolean) ?? '';
  const caseId =
    info.id ??
    idFromName(fileName.replace(/\.[^.]*$/, '')) ??
    idFromName(storyTitle) ??
    'imported-case';
  const draft: Scenario = {
    ...blank,
    formatVersion: FORMAT_VERSION,
    source: { caseId: 'twine', file: fileName || 'twine' },
    ...info,
    id: caseId,
    title: info.title ?? { 'zh-CN': storyTitle, en: '' },
    persona: { ...blank.persona, ...info.persona },
    start: start ? ids.get(start.name)! : blank.start,
    nodes: built,
  } as Scenario;
  return { ok: true, draft, warnings };
}
