import type { LocalizedText } from '../../scenario-schema';
import { TWEE_CAPS } from '../../validation/limits';
import type { Problem } from '../../validation/problem';

/** One line of a passage's content, with where it stands in the file. */
export interface TweeLine {
  text: string;
  /** 1-based line number in the file. */
  line: number;
}

/** A passage of a Twee 3 file: `:: Name [tags] {metadata}` and the lines under it. */
export interface Passage {
  name: string;
  tags: string[];
  /** 1-based line number of the header. */
  line: number;
  body: TweeLine[];
}

export type ReadPassages = { ok: true; passages: Passage[] } | { ok: false; problems: Problem[] };

/** A problem at a line and column of the file, worded in both languages. */
export function locatedProblem(line: number, column: number, why: LocalizedText): Problem {
  const text = {
    en: `line ${line}, column ${column}: ${why.en}`,
    'zh-CN': `第 ${line} 行第 ${column} 列：${why['zh-CN']}`,
  };
  return { path: '$', message: text.en, text, at: { line, column, offset: 0 } };
}

/**
 * Reads the part of a header up to an unescaped stop character, undoing Twee's escapes (`\x` is
 * `x`). Returns the text and where reading stopped.
 */
function readEscaped(header: string, from: number, stops: string): { text: string; end: number } {
  let text = '';
  let i = from;
  while (i < header.length && !stops.includes(header[i]!)) {
    if (header[i] === '\\' && i + 1 < header.length) i += 1;
    text += header[i];
    i += 1;
  }
  return { text, end: i };
}

/** Whether a metadata block is the JSON object Twee 3 asks for (its content is not used). */
function isJsonObject(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value);
  } catch {
    return false;
  }
}

interface Header {
  name: string;
  tags: string[];
  /** A metadata block that is not a JSON object: Twee 3 says to warn and go on. */
  badMetadataAt?: number;
}

function readHeader(line: string): Header {
  const name = readEscaped(line, 2, '[{');
  let i = name.end;
  const tags: string[] = [];
  if (line[i] === '[') {
    const block = readEscaped(line, i + 1, ']');
    tags.push(...block.text.split(/\s+/).filter(Boolean));
    i = block.end + 1;
    while (line[i] === ' ' || line[i] === '\t') i += 1;
  }
  const header: Header = { name: name.text.trim(), tags };
  if (line[i] === '{') {
    const close = line.lastIndexOf('}');
    if (close < i || !isJsonObject(line.slice(i, close + 1))) header.badMetadataAt = i + 1;
  }
  return header;
}

/**
 * Splits Twee 3 text into passages. Line by line and without recursion, counting against the caps
 * as it goes so a hostile file stops at the first excess. Faults that make the file unreadable
 * (text before the first passage, a passage without a name, a name used twice, a cap passed) are
 * located problems; a metadata block that is not JSON is only reported in `warnings`, as Twee 3
 * asks (its content is never used).
 */
export function readPassages(text: string): ReadPassages & { warnings: Problem[] } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const passages: Passage[] = [];
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const seen = new Map<string, number>();
  const fail = () => ({ ok: false as const, problems, warnings });
  for (let n = 0; n < lines.length; n += 1) {
    const line = lines[n]!;
    const at = n + 1;
    if (line.length > TWEE_CAPS.lineChars) {
      problems.push(
        locatedProblem(at, TWEE_CAPS.lineChars + 1, {
          en: `the line is ${line.length} characters long; at most ${TWEE_CAPS.lineChars} are read`,
          'zh-CN': `这一行有 ${line.length} 个字符；最多读取 ${TWEE_CAPS.lineChars} 个`,
        }),
      );
      return fail();
    }
    if (line.startsWith('::')) {
      if (passages.length === TWEE_CAPS.passages) {
        problems.push(
          locatedProblem(at, 1, {
            en: `the story has more than ${TWEE_CAPS.passages} passages; a case has at most 500 nodes`,
            'zh-CN': `这个故事超过 ${TWEE_CAPS.passages} 个段落；一个案例最多 500 个节点`,
          }),
        );
        return fail();
      }
      const header = readHeader(line);
      if (header.badMetadataAt !== undefined) {
        warnings.push(
          locatedProblem(at, header.badMetadataAt, {
            en: 'the metadata block {…} is not JSON and was ignored',
            'zh-CN': '元数据 {…} 不是 JSON，已忽略',
          }),
        );
      }
      if (!header.name) {
        problems.push(
          locatedProblem(at, 3, {
            en: 'the passage has no name: write it after “::”',
            'zh-CN': '这个段落没有名字：请写在“::”后面',
          }),
        );
      } else if (seen.has(header.name)) {
        problems.push(
          locatedProblem(at, 3, {
            en: `a second passage is named “${header.name}” (the first is on line ${seen.get(header.name)}); names must differ`,
            'zh-CN': `又一个段落叫“${header.name}”（第一个在第 ${seen.get(header.name)} 行）；段落名不能重复`,
          }),
        );
      } else seen.set(header.name, at);
      passages.push({ name: header.name, tags: header.tags, line: at, body: [] });
      continue;
    }
    const current = passages.at(-1);
    if (!current) {
      if (line.trim() === '') continue;
      problems.push(
        locatedProblem(at, 1, {
          en: 'text before the first passage: a Twee file starts with a header such as “:: Start”',
          'zh-CN': '第一个段落之前有文字：Twee 文件以“:: Start”这样的段落标题开头',
        }),
      );
      return fail();
    }
    if (current.body.length === TWEE_CAPS.linesPerPassage) {
      problems.push(
        locatedProblem(at, 1, {
          en: `passage “${current.name}” has more than ${TWEE_CAPS.linesPerPassage} lines`,
          'zh-CN': `段落“${current.name}”超过 ${TWEE_CAPS.linesPerPassage} 行`,
        }),
      );
      return fail();
    }
    current.body.push({ text: line, line: at });
  }
  // Twee 3: trailing blank lines of a passage are not part of it.
  for (const passage of passages) {
    while (passage.body.length > 0 && passage.body.at(-1)!.text.trim() === '') passage.body.pop();
  }
  if (passages.length === 0) {
    problems.push(
      locatedProblem(1, 1, {
        en: 'no passages: a Twee file holds passages, each starting with a line such as “:: Start”',
        'zh-CN': '没有段落：Twee 文件由段落组成，每段以“:: Start”这样的一行开头',
      }),
    );
  }
  return problems.length > 0 ? fail() : { ok: true, passages, warnings };
}

/** A passage name as a Twee header writes it: `[`, `]`, `{`, `}` and `\` escaped. */
export function escapeName(name: string): string {
  return name.replace(/[[\]{}\\]/g, (c) => `\\${c}`);
}
