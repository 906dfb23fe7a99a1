import type { MoodCondition } from '../../scenario-schema';

const MEASURES: Record<string, 'anger' | 'trust'> = {
  anger: 'anger',
  怒气: 'anger',
  trust: 'trust',
  信任: 'trust',
};

/** Full-width signs and digits, as a Chinese input method types them, in their ASCII form. */
function narrow(text: string): string {
  return text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/＞/g, '>')
    .replace(/＜/g, '<')
    .replace(/＝/g, '=')
    .replace(/≥/g, '>=')
    .replace(/≤/g, '<=');
}

/** One part of a condition, added to `into`; false when it is not one. */
function readPart(part: string, into: MoodCondition): boolean {
  const agitated = /^(not agitated|不激动|agitated|激动)$/.exec(part);
  if (agitated) {
    into.agitated = !/^(not|不)/.test(agitated[1]!);
    return true;
  }
  const fact = /^(?:fact|事实)\s+([a-z0-9][a-z0-9-]{0,63})$/.exec(part);
  if (fact) {
    into.fact = fact[1]!;
    return true;
  }
  const compare = /^(anger|trust|怒气|信任)\s*(>=|>|<=|<)\s*(\d{1,3})$/.exec(part);
  if (!compare) return false;
  const measure = MEASURES[compare[1]!]!;
  const n = Number(compare[3]);
  const range = { ...into[measure] };
  if (compare[2] === '>=') range.atLeast = n;
  else if (compare[2] === '>') range.atLeast = n + 1;
  else if (compare[2] === '<') range.below = n;
  else range.below = n + 1;
  into[measure] = range;
  return true;
}

/**
 * A branch's condition as written after `if` (or 如果): comparisons of anger or trust (怒气, 信任),
 * `agitated` / `not agitated` (激动 / 不激动) and `fact <id>` (事实), joined by `and` (且).
 * Null when it cannot be read.
 */
export function readCondition(text: string): MoodCondition | null {
  const parts = narrow(text)
    .trim()
    .toLowerCase()
    .split(/\s+and\s+|\s*且\s*|\s*&&?\s*/)
    .filter(Boolean);
  const condition: MoodCondition = {};
  if (parts.length === 0 || !parts.every((p) => readPart(p.trim(), condition))) return null;
  return condition;
}

/** A condition as `readCondition` reads it back, in a fixed order. */
export function writeCondition(condition: MoodCondition): string {
  const parts: string[] = [];
  if (condition.agitated !== undefined)
    parts.push(condition.agitated ? 'agitated' : 'not agitated');
  for (const measure of ['anger', 'trust'] as const) {
    const range = condition[measure];
    if (range?.atLeast !== undefined) parts.push(`${measure}>=${range.atLeast}`);
    if (range?.below !== undefined) parts.push(`${measure}<${range.below}`);
  }
  if (condition.fact) parts.push(`fact ${condition.fact}`);
  return parts.join(' and ');
}
