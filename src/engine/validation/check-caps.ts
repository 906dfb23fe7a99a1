import { PACK_CAPS } from './limits';
import { jsonPath, problem, type Problem } from './problem';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

function overCount(
  list: unknown,
  cap: number,
  where: PropertyKey[],
  what: { en: string; zh: string },
): Problem | null {
  if (!Array.isArray(list) || list.length <= cap) return null;
  // Located at the first item past the cap: where the author has to start cutting.
  return problem(jsonPath([...where, cap]), {
    en: `${list.length} ${what.en}; at most ${cap} are allowed`,
    'zh-CN': `有 ${list.length} 个${what.zh}，最多只能有 ${cap} 个`,
  });
}

/** The first text in a case longer than the cap, found without recursion. */
function overlongText(scenario: unknown, base: PropertyKey[]): Problem | null {
  const stack: Array<{ value: unknown; path: PropertyKey[] }> = [{ value: scenario, path: base }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') {
      const length = [...value].length;
      if (length > PACK_CAPS.textChars)
        return problem(jsonPath(path), {
          en: `this text has ${length} characters; at most ${PACK_CAPS.textChars} are allowed`,
          'zh-CN': `这段文字有 ${length} 个字符，最多只能有 ${PACK_CAPS.textChars} 个`,
        });
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i -= 1)
        stack.push({ value: value[i], path: [...path, i] });
    } else if (isObject(value)) {
      for (const key of Object.keys(value).reverse())
        stack.push({ value: value[key], path: [...path, key] });
    }
  }
  return null;
}

function scenarioCaps(scenario: unknown, base: PropertyKey[]): Problem[] {
  if (!isObject(scenario)) return [];
  const nodes = overCount(scenario.nodes, PACK_CAPS.nodes, [...base, 'nodes'], {
    en: 'nodes in this case',
    zh: '节点',
  });
  if (nodes) return [nodes];
  const problems: Problem[] = [];
  const list = Array.isArray(scenario.nodes) ? scenario.nodes : [];
  list.forEach((node: unknown, i) => {
    if (!isObject(node)) return;
    const at = [...base, 'nodes', i];
    const lines = overCount(node.lines, PACK_CAPS.linesPerNode, [...at, 'lines'], {
      en: 'customer lines at this node',
      zh: '客户台词',
    });
    if (lines) problems.push(lines);
    const choices = Array.isArray(node.choices) ? node.choices : [];
    choices.forEach((choice: unknown, c) => {
      if (!isObject(choice) || !isObject(choice.next)) return;
      const branches = overCount(
        choice.next.branches,
        PACK_CAPS.branchesPerReply,
        [...at, 'choices', c, 'next', 'branches'],
        { en: 'branches on this reply', zh: '分支' },
      );
      if (branches) problems.push(branches);
    });
  });
  const text = overlongText(scenario, base);
  return text ? [...problems, text] : problems;
}

/**
 * The stated caps (PACK_CAPS) on a parsed pack, or a bare scenario, before its schema: counting
 * is all it takes to refuse a 12,000-node chain, located at the first node past the cap.
 */
export function checkCaps(value: unknown): Problem[] {
  if (!isObject(value)) return [];
  if (!('format' in value) && 'nodes' in value) return scenarioCaps(value, []);
  const scenarios = value.scenarios;
  if (!Array.isArray(scenarios)) return [];
  const many = overCount(scenarios, PACK_CAPS.scenarios, ['scenarios'], {
    en: 'cases in this pack',
    zh: '案例',
  });
  if (many) return [many];
  return scenarios.flatMap((s, i) => scenarioCaps(s, ['scenarios', i]));
}
