import { BEHAVIOURS, type Behaviour } from '../../behaviours';
import type { LocalizedText, MoodCondition, Next } from '../../scenario-schema';

/** A cell read as a value, or why it cannot be (what the cell should look like). */
export type Read<T> = { ok: true; value: T } | { ok: false; why: LocalizedText };

const fail = <T>(en: string, zh: string): Read<T> => ({ ok: false, why: { en, 'zh-CN': zh } });
const done = <T>(value: T): Read<T> => ({ ok: true, value });

const YES = new Set(['是', '对', '推荐', '√', '✓', '✔', 'y', 'yes', 'true', 'x', '1']);
const NO = new Set(['', '否', '不', 'n', 'no', 'false', '0']);

/** A yes/no cell: 是 / yes / ✓ / 1, or blank / 否 / no. */
export function readYes(cell: string): Read<boolean> {
  const word = cell.trim().toLowerCase();
  if (YES.has(word)) return done(true);
  if (NO.has(word)) return done(false);
  return fail(
    `write "yes" (是) or leave it blank, not "${cell}"`,
    `请写“是”（yes）或留空，而不是“${cell}”`,
  );
}

/** Commas (either width), the Chinese enumeration comma, semicolons and spaces all separate. */
const LIST = /[\s,，、;；]+/;

/** Behaviour tags from the vocabulary, in any case, separated by commas or spaces. */
export function readBehaviours(cell: string): Read<Behaviour[]> {
  const known = new Set<string>(BEHAVIOURS);
  const tags = cell
    .split(LIST)
    .map((t) => t.trim().toLowerCase())
    .filter(Boolean);
  const unknown = tags.filter((t) => !known.has(t));
  if (unknown.length > 0) {
    return fail(
      `${unknown.map((t) => `"${t}"`).join(', ')} ${unknown.length === 1 ? 'is not a behaviour tag' : 'are not behaviour tags'}; use the tags of the Vocabulary sheet`,
      `${unknown.map((t) => `“${t}”`).join('、')}不是行为标签；请用“词表”里的标签`,
    );
  }
  return done([...new Set(tags)] as Behaviour[]);
}

const MEASURES: Record<string, 'anger' | 'trust'> = {
  anger: 'anger',
  怒气: 'anger',
  愤怒: 'anger',
  trust: 'trust',
  信任: 'trust',
};
const MEASURE = '(anger|trust|怒气|愤怒|信任)';

/** Full-width digits and signs, as a Chinese input method types them, in their ASCII form. */
function narrow(text: string): string {
  return text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/＋/g, '+')
    .replace(/[－—–−]/g, '-')
    .replace(/＞/g, '>')
    .replace(/＜/g, '<')
    .replace(/＝/g, '=')
    .replace(/：/g, ':')
    .replace(/；/g, ';');
}

/** "怒气 -10，信任 +5" or "anger -10, trust +5"; blank for no change. */
export function readMood(cell: string): Read<{ anger?: number; trust?: number }> {
  const text = narrow(cell).trim().toLowerCase();
  const effect: { anger?: number; trust?: number } = {};
  if (text === '') return done(effect);
  const part = new RegExp(`${MEASURE}\\s*([+-]?)\\s*(\\d+)`, 'g');
  const left = text.replace(part, (_, measure: string, sign: string, digits: string) => {
    const amount = Number(`${sign}${digits}`);
    if (Math.abs(amount) <= 100) effect[MEASURES[measure]!] = amount;
    return Math.abs(amount) <= 100 ? ' ' : '!';
  });
  if (!/^[\s,，、;]*$/.test(left) || Object.keys(effect).length === 0) {
    return fail(
      `"${cell}" is not a mood effect; write e.g. "anger -10, trust +5" (each −100 to +100)`,
      `“${cell}”不是情绪影响；请写成“怒气 -10，信任 +5”这样（每项 −100 到 +100）`,
    );
  }
  return done(effect);
}

const OTHERWISE = /^(否则|其他|其它|else|otherwise)$/;
const AND = /\s*(?:且|并且|and|&&|&)\s*/;

/** One comparison of a branch condition, as a range of the schema (atLeast / below). */
function readComparison(text: string, into: MoodCondition): boolean {
  const agitated = /^(不激动|not agitated|激动|agitated)$/.exec(text);
  if (agitated) {
    into.agitated = !agitated[1]!.startsWith('不') && !agitated[1]!.startsWith('not');
    return true;
  }
  const match = new RegExp(`^${MEASURE}\\s*(>=|≥|>|<=|≤|<)\\s*(\\d+)$`).exec(text);
  if (!match) return false;
  const measure = MEASURES[match[1]!]!;
  const n = Number(match[3]);
  const range = { ...into[measure] };
  if (match[2] === '>=' || match[2] === '≥') range.atLeast = n;
  else if (match[2] === '>') range.atLeast = n + 1;
  else if (match[2] === '<') range.below = n;
  else range.below = n + 1;
  into[measure] = range;
  return true;
}

const branchHelp = (piece: string): LocalizedText => ({
  en: `"${piece}" is not a branch; write e.g. "anger>=60: escalated; else: calm-down"`,
  'zh-CN': `“${piece}”不是分支写法；请写成“怒气>=60: escalated; 否则: calm-down”这样`,
});

/**
 * Where a reply leads, with node names as the trainer wrote them: a name, or branches tried in
 * order — "anger>=60: escalated; trust<30: doubt; else: calm-down" (also 怒气、信任、激动、否则,
 * "and"/且 joining conditions) — which must end with the fallback.
 */
export function readNext(cell: string): Read<Next> {
  const text = narrow(cell).trim();
  if (text === '') return fail('write the node this reply leads to', '请写这句回复通向的节点');
  if (!/[:;\n]/.test(text)) return done(text);
  const branches: Array<{ when: MoodCondition; to: string }> = [];
  let otherwise: string | undefined;
  for (const piece of text
    .split(/[;\n]+/)
    .map((p) => p.trim())
    .filter(Boolean)) {
    const colon = piece.lastIndexOf(':');
    if (colon === -1 || otherwise !== undefined) return { ok: false, why: branchHelp(piece) };
    const condition = piece
      .slice(0, colon)
      .trim()
      .replace(/^(如果|若|if)\s*/i, '')
      .toLowerCase();
    const to = piece.slice(colon + 1).trim();
    if (!to) return { ok: false, why: branchHelp(piece) };
    if (OTHERWISE.test(condition)) {
      otherwise = to;
      continue;
    }
    const when: MoodCondition = {};
    const parts = condition.split(AND).filter(Boolean);
    if (parts.length === 0 || !parts.every((p) => readComparison(p.trim(), when))) {
      return { ok: false, why: branchHelp(piece) };
    }
    branches.push({ when, to });
  }
  if (otherwise === undefined) {
    return fail(
      'mood branches need a last "else: <node>" for when no condition holds',
      '情绪分支最后要有“否则: 节点名”，用于所有条件都不成立时',
    );
  }
  if (branches.length === 0) return done(otherwise);
  return done({ branches, otherwise });
}
