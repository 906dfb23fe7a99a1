/**
 * The annotation lines of a node's passage: `key: value` under a customer line, a reply's link or
 * a note, from this closed list only (any other line is the customer's words). Keys are written in
 * English by the export and read in English or Chinese, with either width of colon.
 */
export const ANNOTATION_KEYS = {
  /** The English of the text just above (a customer line, a reply, a note or a summary). */
  en: ['en', 'english', '英文'],
  /** The reply's Chinese words when they cannot stand as a link's text. */
  text: ['text', '回复'],
  id: ['id', '编号'],
  tags: ['tags', 'behaviours', 'behaviors', '行为', '行为标签'],
  mood: ['mood', '情绪', '情绪影响'],
  expert: ['expert', 'recommended', '推荐', '专家'],
  /** In a written reply: this reply sends the letter. */
  send: ['send', '发出'],
  note: ['note', '点评'],
  sets: ['sets', '设定事实'],
  clears: ['clears', '清除事实'],
  cue: ['cue', '线索'],
  keyCue: ['key-cue', 'key cue', '关键线索'],
  when: ['when', '出现条件'],
  unless: ['unless', '除非'],
  summary: ['summary', '结局说明'],
  outcome: ['outcome', '结局'],
} as const;
export type AnnotationKey = keyof typeof ANNOTATION_KEYS;

const BY_WORD = new Map<string, AnnotationKey>(
  (Object.entries(ANNOTATION_KEYS) as Array<[AnnotationKey, readonly string[]]>).flatMap(
    ([key, words]) => words.map((w) => [w, key] as [string, AnnotationKey]),
  ),
);

/** A line read as an annotation (its key and value), or null when it is not one. */
export function readAnnotation(line: string): { key: AnnotationKey; value: string } | null {
  const match = /^([A-Za-z\u4e00-\u9fff][A-Za-z\u4e00-\u9fff -]{0,15}?)\s*[:：](.*)$/.exec(line);
  const key = match ? BY_WORD.get(match[1]!.toLowerCase()) : undefined;
  return key ? { key, value: match![2]!.trim() } : null;
}

/** A branch line: `if <condition>: [[target]]` (或 如果 …：[[…]]). */
export const BRANCH_LINE = /^(?:if|如果)\s*(.*?)\s*[:：]\s*(\[\[.*\]\])\s*$/i;

/**
 * A text as written after a backslash, for texts a plain line would not carry back unchanged
 * (line breaks, a leading backslash, words that read as markup): `\\` is a backslash, `\n` a line
 * break, `\r` a carriage return, and a backslash before any other character is dropped.
 */
export function escapeText(text: string): string {
  return `\\${text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r')}`;
}

/** A written text read back: unescaped when it starts with a backslash, else as it stands. */
export function readText(written: string): string {
  if (!written.startsWith('\\')) return written;
  let text = '';
  for (let i = 1; i < written.length; i += 1) {
    const c = written[i]!;
    if (c !== '\\' || i + 1 === written.length) {
      text += c;
      continue;
    }
    i += 1;
    const next = written[i]!;
    text += next === 'n' ? '\n' : next === 'r' ? '\r' : next;
  }
  return text;
}
