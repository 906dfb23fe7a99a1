import { getIn, parseFieldPath, type FieldPath } from '../authoring/field-path';
import { SCHEMA_MESSAGES, type LocalizedText } from '../scenario-schema';
import {
  CASE_FIELDS,
  LANGUAGE,
  LINE_TEXT,
  MOOD_DELTA,
  PART_FIELDS,
  REPLY_TEXT,
  STARTING_MOOD,
} from './field-words';
import type { Problem, SchemaIssue } from './problem';

/** A problem in a trainer's words: where it is, what is wrong, and what to do. */
export interface ProblemDescription {
  /** The decision point, reply and field, or the place in the file; null for the file as a whole. */
  where: LocalizedText | null;
  what: LocalizedText;
  todo: LocalizedText | null;
}

/** A problem with its description attached where what was checked is at hand (a worker). */
export type DescribedProblem = Problem & { described?: ProblemDescription };

/** Each problem with its description, for a screen that will not have `root`. */
export function describeAll<P extends Problem>(
  problems: readonly P[],
  root: unknown,
): Array<P & { described: ProblemDescription }> {
  return problems.map((p) => ({ ...p, described: describeProblem(p, root) }));
}

/** A problem's description: the one it brings, or one made now. */
export const descriptionOf = (p: DescribedProblem, root?: unknown): ProblemDescription =>
  p.described ?? describeProblem(p, root);

const w = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });
const both = (f: (lang: 'zh-CN' | 'en') => string): LocalizedText => ({
  'zh-CN': f('zh-CN'),
  en: f('en'),
});

/**
 * Words a validation problem for a trainer: which decision point (its number and the start of its
 * customer line), which reply (its number and the start of its words), which field (as the editor
 * labels it) and what to do, in both interface languages, with no JSON path and no schema
 * library's wording. `root` is what was checked: a draft, a bare scenario or a whole pack; without
 * it the place is still named, by number only.
 */
export function describeProblem(problem: Problem, root?: unknown): ProblemDescription {
  const segments = parseFieldPath(problem.path);
  const where = problem.at
    ? w(
        `文件第 ${problem.at.line} 行第 ${problem.at.column} 列`,
        `line ${problem.at.line}, column ${problem.at.column} of the file`,
      )
    : segments
      ? placeWords(segments, root)
      : null;
  const scenarioBase = segments ? scenarioPrefix(segments) : [];
  if (problem.schema && segments) {
    const worded = schemaWords(problem.schema, segments, problem.message, root);
    return { where, ...worded };
  }
  const own = problem.text ?? w(problem.message, problem.message);
  return {
    where,
    what: both((lang) => withoutPaths(own[lang], lang, scenarioBase, root)),
    todo: problem.todo ?? null,
  };
}

/** The place a path names, in words; null when it is the whole file. */
export function placeWords(segments: FieldPath, root: unknown): LocalizedText | null {
  const parts: LocalizedText[] = [];
  let rest = segments;
  let scenario = root;
  if (rest[0] === 'scenarios' && typeof rest[1] === 'number') {
    const index = rest[1];
    scenario = getIn(root, ['scenarios', index]);
    const count = getIn(root, ['scenarios', 'length']);
    if (rest.length === 2 || typeof count !== 'number' || count > 1)
      parts.push(caseLabel(index, scenario));
    rest = rest.slice(2);
  }
  if (rest[0] === 'nodes' && typeof rest[1] === 'number') {
    parts.push(nodeLabel(scenario, rest[1]));
    parts.push(...nodeParts(getIn(scenario, ['nodes', rest[1]]), rest.slice(2)));
  } else if (rest.length > 0) {
    parts.push(...fieldParts(rest, CASE_FIELDS));
  }
  if (parts.length === 0) return null;
  return both((lang) => parts.map((p) => p[lang]).join(' · '));
}

function caseLabel(index: number, scenario: unknown): LocalizedText {
  const title = getIn(scenario, ['title']);
  return both((lang) => {
    const number = lang === 'zh-CN' ? `案例 ${index + 1}` : `case ${index + 1}`;
    const named = quote(title, lang);
    return named ? bracket(number, named, lang) : number;
  });
}

/** "决策点 2（“我的空调…”）": decision points and endings are counted apart, as the outline lists them. */
function nodeLabel(scenario: unknown, index: number): LocalizedText {
  const nodes = getIn(scenario, ['nodes']);
  const node = getIn(nodes, [index]);
  const kind = getIn(node, ['kind']);
  const list = Array.isArray(nodes) ? nodes : [];
  const count = list.slice(0, index + 1).filter((n) => getIn(n, ['kind']) === kind).length;
  const id = getIn(node, ['id']);
  return both((lang) => {
    const name =
      kind === 'decision'
        ? lang === 'zh-CN'
          ? `决策点 ${count}`
          : `decision point ${count}`
        : kind === 'ending'
          ? lang === 'zh-CN'
            ? `结局 ${count}`
            : `ending ${count}`
          : lang === 'zh-CN'
            ? `第 ${index + 1} 个节点`
            : `node ${index + 1}`;
    const said = quote(getIn(node, ['lines', 0, 'text']), lang);
    const tag = said ?? (typeof id === 'string' && id ? id : null);
    return tag ? bracket(name, tag, lang) : name;
  });
}

/** The parts below a node: a line, a reply, a field. */
function nodeParts(node: unknown, rest: FieldPath): LocalizedText[] {
  const [head, index, ...tail] = rest;
  if (head === 'lines' && typeof index === 'number') {
    const line = both((lang) => (lang === 'zh-CN' ? `第 ${index + 1} 句` : `line ${index + 1}`));
    if (tail[0] === 'text') return [line, ...language(LINE_TEXT, tail.slice(1))];
    return [line, ...fieldParts(tail, PART_FIELDS)];
  }
  if (head === 'choices' && typeof index === 'number') {
    const choice = getIn(node, ['choices', index]);
    const reply = both((lang) => {
      const name = lang === 'zh-CN' ? `回答 ${index + 1}` : `reply ${index + 1}`;
      const said = quote(getIn(choice, ['text']), lang);
      return said ? bracket(name, said, lang) : name;
    });
    if (tail[0] === 'text') return [reply, ...language(REPLY_TEXT, tail.slice(1))];
    if (tail[0] === 'mood' && typeof tail[1] === 'string' && MOOD_DELTA[tail[1]])
      return [reply, MOOD_DELTA[tail[1]]!];
    return [reply, ...fieldParts(tail, PART_FIELDS)];
  }
  return fieldParts(rest, PART_FIELDS);
}

/** A field with its language, e.g. "回答文字（英文）". */
function language(field: LocalizedText, rest: FieldPath): LocalizedText[] {
  const lang = typeof rest[0] === 'string' ? LANGUAGE[rest[0]] : undefined;
  if (!lang) return [field];
  return [both((l) => bracket(field[l], lang[l], l))];
}

/** Field names for the remaining segments; a number counts within the field before it. */
function fieldParts(rest: FieldPath, table: Record<string, LocalizedText>): LocalizedText[] {
  const parts: LocalizedText[] = [];
  rest.forEach((segment, i) => {
    const last = parts.at(-1);
    if (typeof segment === 'number') {
      if (last) parts[parts.length - 1] = both((lang) => `${last[lang]} ${segment + 1}`);
      return;
    }
    if (LANGUAGE[segment] && last) {
      parts[parts.length - 1] = both((lang) => bracket(last[lang], LANGUAGE[segment]![lang], lang));
      return;
    }
    if (rest[i - 1] === 'startingMood' && STARTING_MOOD[segment]) {
      parts[parts.length - 1] = STARTING_MOOD[segment]!;
      return;
    }
    const known = Object.hasOwn(table, segment) ? table[segment] : undefined;
    parts.push(known ?? w(`“${segment}”`, `“${segment}”`));
  });
  return parts;
}

function bracket(name: string, inner: string, lang: 'zh-CN' | 'en'): string {
  return lang === 'zh-CN' ? `${name}（${inner}）` : `${name} (${inner})`;
}

/** The start of a text, quoted: in the language asked for, or else the other one. */
function quote(text: unknown, lang: 'zh-CN' | 'en'): string | null {
  const other = lang === 'zh-CN' ? 'en' : 'zh-CN';
  const pick = (l: string) => {
    const value = getIn(text, [l]);
    return typeof value === 'string' && value.trim() ? value.trim() : null;
  };
  const words = pick(lang) ?? pick(other);
  if (!words) return null;
  const chars = [...words];
  const most = /[\u3400-\u9fff]/.test(words) ? 14 : 28;
  return `“${chars.length > most ? chars.slice(0, most).join('').trimEnd() + '…' : words}”`;
}

/** `$.scenarios[n]` when the path is inside one case of a pack, for paths quoted in messages. */
function scenarioPrefix(segments: FieldPath): FieldPath {
  return segments[0] === 'scenarios' && typeof segments[1] === 'number' ? segments.slice(0, 2) : [];
}

const PATH_IN_TEXT = / ?\$?(?:\.(?:nodes|scenarios)(?:\[\d+\]|\.[A-Za-z_][\w-]*|\["[^"]*"\])*|\$)/g;

/** A check's own words with any JSON path it quotes (".nodes[3]", "$.scenarios[0]") put in words. */
function withoutPaths(text: string, lang: 'zh-CN' | 'en', base: FieldPath, root: unknown): string {
  return text.replace(PATH_IN_TEXT, (match) => {
    // Chinese runs a place into the sentence; English keeps the space before it.
    const space = match.startsWith(' ') && lang === 'en' ? ' ' : '';
    const found = match.trimStart();
    const absolute = found.startsWith('$');
    const segments = parseFieldPath(absolute ? found : `$${found}`);
    if (!segments) return match;
    const place = placeWords(absolute ? segments : [...base, ...segments], root);
    return space + (place ? place[lang] : lang === 'zh-CN' ? '文件' : 'the file');
  });
}

// Schema failures, worded for the field they concern.

const ID_RULE = w(
  '只能用小写字母、数字和连字符，以字母或数字开头，最多 64 个字符',
  'may use only lower-case letters, digits and hyphens, starting with a letter or digit, at most 64 characters',
);

/** The last named field of a path: "behaviours" for `…choices[0].behaviours[2]`. */
function fieldName(segments: FieldPath): string | undefined {
  const names = segments.filter((s): s is string => typeof s === 'string' && !LANGUAGE[s]);
  return names.at(-1);
}

function schemaWords(
  issue: SchemaIssue,
  segments: FieldPath,
  message: string,
  root: unknown,
): Omit<ProblemDescription, 'where'> {
  const field = fieldName(segments);
  const lastIsIndex = typeof segments.at(-1) === 'number';
  // Without what was checked, a wrong type is not taken for a missing field.
  const missing = root !== undefined && getIn(root, segments) === undefined;
  const isText = typeof segments.at(-1) === 'string' && LANGUAGE[segments.at(-1) as string];
  const { minimum: min, maximum: max } = issue;

  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string' || isText)
        return {
          what: w('还没有写', 'is not written yet'),
          todo: w('写上这段文字（中文和英文都要写）', 'write it (both Chinese and English)'),
        };
      if (issue.origin === 'array') return tooFew(field, min ?? 1);
      return {
        what: w(`不能小于 ${min}`, `may not be below ${min}`),
        todo: w(`改成 ${min} 或更大的数`, `make it ${min} or more`),
      };
    case 'too_big':
      if (issue.origin === 'array')
        return {
          what:
            field === 'choices'
              ? w(
                  `一个决策点最多只能有 ${max} 个回答`,
                  `a decision point may have at most ${max} replies`,
                )
              : w(`最多只能有 ${max} 项`, `may have at most ${max} items`),
          todo: w('删掉多出来的', 'remove the extra ones'),
        };
      if (issue.origin === 'string')
        return {
          what: w(`太长了，最多 ${max} 个字符`, `is too long: at most ${max} characters`),
          todo: w('把它缩短', 'shorten it'),
        };
      return {
        what: w(`不能大于 ${max}`, `may not be above ${max}`),
        todo: w(`改成 ${max} 或更小的数`, `make it ${max} or less`),
      };
    case 'invalid_format':
      return {
        what: field === 'id' || lastIsIndex ? ID_RULE : w('写法不对', 'is not written as expected'),
        todo: w('改成像 refund-asked 这样的编号', 'write it like refund-asked'),
      };
    case 'invalid_value':
      return chooseFrom(field, issue.values ?? []);
    case 'unrecognized_keys':
      return {
        what: w(
          `有案例格式里没有的字段：${(issue.keys ?? []).join('、')}`,
          `has fields the case format does not know: ${(issue.keys ?? []).join(', ')}`,
        ),
        todo: w('删掉它们，或检查拼写', 'remove them, or check their spelling'),
      };
    case 'invalid_union':
      if (field === 'next' || field === 'to' || field === 'otherwise')
        return {
          what: w(
            '下一步应是一个节点，或一组按条件走的分支',
            'should be a node, or branches with conditions',
          ),
          todo: w('在“下一步”里选一个节点', 'choose a node under “leads to”'),
        };
      return {
        what: w('这个节点的类型不对', 'this node’s type is not one the format knows'),
        todo: w('把它设为决策点或结局', 'make it a decision point or an ending'),
      };
    case 'invalid_type':
      if (missing)
        return {
          what: isText ? w('还没有写', 'is not written yet') : w('缺少这一项', 'is missing'),
          todo: isText
            ? w('写上这段文字（中文和英文都要写）', 'write it (both Chinese and English)')
            : w('把它填上', 'fill it in'),
        };
      return wrongType(issue.expected);
    case 'custom':
      return customWords(message);
    default:
      return fallback();
  }
}

function tooFew(field: string | undefined, min: number): Omit<ProblemDescription, 'where'> {
  switch (field) {
    case 'behaviours':
      return {
        what: w('这个回答还没有行为标签', 'this reply has no behaviour yet'),
        todo: w(
          '每个回答至少选一个行为标签：评分只看标签',
          'Pick at least one behaviour for each reply: grading reads only the behaviours',
        ),
      };
    case 'choices':
      return {
        what: w(
          `一个决策点至少要有 ${min} 个回答`,
          `a decision point needs at least ${min} replies`,
        ),
        todo: w('添加回答', 'add a reply'),
      };
    case 'lines':
      return {
        what: w('客户一句话也没说', 'the customer says nothing here'),
        todo: w('添加一句客户的话', 'add a customer line'),
      };
    case 'nodes':
      return {
        what: w(`案例至少要有 ${min} 个节点`, `a case needs at least ${min} nodes`),
        todo: w('添加决策点或结局', 'add a decision point or an ending'),
      };
    case 'objectives':
      return {
        what: w('还没有学习目标', 'there is no learning objective yet'),
        todo: w('至少写一个学习目标', 'write at least one learning objective'),
      };
    case 'branches':
      return {
        what: w('按条件走的下一步里还没有分支', 'the branching next step has no branch'),
        todo: w('添加一个分支，或改成只去一个节点', 'add a branch, or lead to one node'),
      };
    case 'sets':
    case 'clears':
      return {
        what: w('事实列表是空的', 'the list of facts is empty'),
        todo: w('选一个事实，或选“不改变”', 'choose a fact, or “no change”'),
      };
    default:
      return {
        what: w(`至少要有 ${min} 项`, `needs at least ${min} items`),
        todo: w('添加缺少的项', 'add what is missing'),
      };
  }
}

function chooseFrom(field: string | undefined, values: readonly string[]) {
  if (field === 'behaviours')
    return {
      what: w('不是评分用的行为标签', 'is not one of the grading behaviours'),
      todo: w('从行为标签列表里选一个', 'choose one from the list of behaviours'),
    };
  if (field === 'kind')
    return {
      what: w('节点类型只能是决策点或结局', 'a node is either a decision point or an ending'),
      todo: w('把它设为决策点或结局', 'make it a decision point or an ending'),
    };
  const listed = values.length > 0 && values.length <= 12;
  return {
    what: w('不是可选的值', 'is not one of the allowed values'),
    todo: listed
      ? w(`从这些里选一个：${values.join('、')}`, `choose one of: ${values.join(', ')}`)
      : w('从列表里选一个', 'choose one from the list'),
  };
}

function wrongType(expected: string | undefined) {
  const kinds: Record<string, LocalizedText> = {
    number: w('应是一个数', 'should be a number'),
    int: w('应是一个整数', 'should be a whole number'),
    string: w('应是文字', 'should be text'),
    boolean: w('应是“是”或“否”', 'should be yes or no'),
    array: w('应是一组内容', 'should be a list'),
    object: w('应是一组字段', 'should be a group of fields'),
  };
  return {
    what: (expected && kinds[expected]) || w('内容的类型不对', 'has the wrong kind of content'),
    todo: w('按这一项的说明改正', 'correct it as the field asks'),
  };
}

const CUSTOM: Record<string, Omit<ProblemDescription, 'where'>> = {
  [SCHEMA_MESSAGES.nonBlank.en]: {
    what: w('还没有写', 'is not written yet'),
    todo: w('写上这段文字', 'write it'),
  },
  [SCHEMA_MESSAGES.moodRange.en]: {
    what: w('这个条件还没有数值', 'this condition has no value yet'),
    todo: w('填上“至少”或“低于”的数值', 'give an “at least” or a “below” value'),
  },
  [SCHEMA_MESSAGES.condition.en]: {
    what: w('这个分支还没有条件', 'this branch has no condition yet'),
    todo: w(
      '选一个条件：情绪激动、怒气、信任或某个事实',
      'choose a condition: agitated, anger, trust or a fact',
    ),
  },
  [SCHEMA_MESSAGES.factsNeedV2.en]: {
    what: w('案例用到了事实，需要格式版本 2', 'the case uses facts, which need format version 2'),
    todo: w('把 formatVersion 改成 2', 'set formatVersion to 2'),
  },
  [SCHEMA_MESSAGES.scenarioNewerThanPack.en]: {
    what: w('案例的格式版本比案例包新', 'a case has a newer format version than its pack'),
    todo: w(
      '把案例包的 formatVersion 改成和案例一样',
      'raise the pack’s formatVersion to the case’s',
    ),
  },
  'behaviours repeat': {
    what: w('同一个行为标签选了两次', 'a behaviour is picked twice'),
    todo: w('去掉重复的标签', 'remove the repeated one'),
  },
  'facts repeat': {
    what: w('同一个事实出现了两次', 'a fact appears twice'),
    todo: w('去掉重复的事实', 'remove the repeated one'),
  },
};

function customWords(message: string) {
  return CUSTOM[message] ?? fallback();
}

function fallback(): Omit<ProblemDescription, 'where'> {
  return {
    what: w('这一项填得不符合案例格式', 'is not filled in as the case format expects'),
    todo: w('对照案例编写说明修改这一项', 'check it against the authoring guide'),
  };
}
