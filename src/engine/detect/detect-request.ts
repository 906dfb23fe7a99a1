import { BEHAVIOURS, type Behaviour } from '../behaviours';
import { readJsonBytes } from '../input/read-json';
import type { Problem } from '../validation/problem';
import { LOCALES, type Locale } from '../vocabulary';

/** One reply to detect, as `sim detect` reads it; `case` names the case it was typed in. */
export interface DetectItem {
  readonly id: string;
  readonly lang: Locale;
  readonly reply: string;
  readonly customerSaid?: string;
  readonly case?: string;
}

export interface LabelledItem extends DetectItem {
  readonly behaviours: readonly Behaviour[];
  /** Which part of a labelled set the item belongs to, e.g. 'tune' or 'held'. */
  readonly split?: string;
}

/** A request file: 5 MB of replies is far more than any labelled set; more is hostile. */
export const MAX_DETECT_BYTES = 5 * 1024 * 1024;
/** Ten times the longest scripted Chinese reply: a typed turn longer than this is not a reply. */
export const MAX_REPLY_CHARS = 2000;

export type ReadItems<T> = { ok: true; items: T[] } | { ok: false; problems: Problem[] };

const problemAt = (path: string, en: string, zh: string): Problem => ({
  path,
  message: en,
  text: { en, 'zh-CN': zh },
});

function stringField(
  record: Record<string, unknown>,
  key: string,
  path: string,
  required: boolean,
  problems: Problem[],
  maxChars = MAX_REPLY_CHARS,
): string | undefined {
  const value = record[key];
  if (value === undefined && !required) return undefined;
  if (typeof value !== 'string') {
    problems.push(problemAt(`${path}.${key}`, 'must be a string', '必须是字符串'));
    return undefined;
  }
  if (value.length > maxChars) {
    problems.push(
      problemAt(
        `${path}.${key}`,
        `is ${value.length} characters; at most ${maxChars}`,
        `有 ${value.length} 个字符，最多 ${maxChars} 个`,
      ),
    );
    return undefined;
  }
  return value;
}

function readItem(value: unknown, path: string, labelled: boolean, problems: Problem[]) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push(problemAt(path, 'must be an object', '必须是对象'));
    return undefined;
  }
  const record = value as Record<string, unknown>;
  const before = problems.length;
  const id = stringField(record, 'id', path, true, problems, 200);
  const reply = stringField(record, 'reply', path, true, problems);
  const customerSaid = stringField(record, 'customerSaid', path, false, problems);
  const caseId = stringField(record, 'case', path, false, problems, 200);
  const split = labelled ? stringField(record, 'split', path, false, problems, 200) : undefined;
  const lang = record.lang;
  if (!LOCALES.includes(lang as Locale)) {
    problems.push(
      problemAt(
        `${path}.lang`,
        `must be one of ${LOCALES.join(', ')}`,
        `必须是 ${LOCALES.join('、')} 之一`,
      ),
    );
  }
  let behaviours: Behaviour[] = [];
  if (labelled) {
    const raw = record.behaviours;
    if (!Array.isArray(raw)) {
      problems.push(
        problemAt(`${path}.behaviours`, 'must be a list of behaviours', '必须是行为标签列表'),
      );
    } else {
      raw.forEach((b, i) => {
        if (!BEHAVIOURS.includes(b as Behaviour)) {
          problems.push(
            problemAt(
              `${path}.behaviours[${i}]`,
              `unknown behaviour ${JSON.stringify(b)}`,
              `未知的行为标签 ${JSON.stringify(b)}`,
            ),
          );
        }
      });
      behaviours = raw as Behaviour[];
    }
  }
  if (problems.length > before) return undefined;
  return {
    id: id!,
    lang: lang as Locale,
    reply: reply!,
    ...(customerSaid === undefined ? {} : { customerSaid }),
    ...(caseId === undefined ? {} : { case: caseId }),
    ...(labelled ? { behaviours } : {}),
    ...(split === undefined ? {} : { split }),
  };
}

function readItems(
  bytes: Uint8Array,
  labelled: boolean,
): ReadItems<DetectItem & { behaviours?: Behaviour[]; split?: string }> {
  const read = readJsonBytes(bytes, MAX_DETECT_BYTES);
  if (!read.ok) return { ok: false, problems: [read.problem] };
  if (!Array.isArray(read.value)) {
    return { ok: false, problems: [problemAt('$', 'must be a list of replies', '必须是回复列表')] };
  }
  const problems: Problem[] = [];
  const items: Array<DetectItem & { behaviours?: Behaviour[]; split?: string }> = [];
  const seen = new Set<string>();
  read.value.forEach((value: unknown, i) => {
    const item = readItem(value, `$[${i}]`, labelled, problems);
    if (!item) return;
    if (seen.has(item.id)) {
      problems.push(
        problemAt(
          `$[${i}].id`,
          `repeats id ${JSON.stringify(item.id)}`,
          `id ${JSON.stringify(item.id)} 重复`,
        ),
      );
    }
    seen.add(item.id);
    items.push(item);
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, items };
}

/** `[{id, lang, reply, customerSaid?, case?}]` under the hostile-input rules; problems are located. */
export const readDetectItems = (bytes: Uint8Array): ReadItems<DetectItem> =>
  readItems(bytes, false);

/** The same items with their hand labels, for measuring the detector. */
export const readLabelledItems = (bytes: Uint8Array): ReadItems<LabelledItem> =>
  readItems(bytes, true) as ReadItems<LabelledItem>;
