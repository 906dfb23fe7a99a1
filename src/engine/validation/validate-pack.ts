import { analysePaths, MAX_PATHS } from '../analyse-paths';
import { readJsonBytes, readJsonText, type ReadJson } from '../input/read-json';
import { packSchema, scenarioSchema, type Pack, type Scenario } from '../scenario-schema';
import { PACK_FORMAT } from '../vocabulary';
import { checkCaps } from './check-caps';
import { checkGraph } from './check-graph';
import { checkQuality } from './check-quality';
import { countPaths } from './count-paths';
import { dangerousKeyProblem, findDangerousKey } from './dangerous-keys';
import { MAX_PACK_BYTES } from './limits';
import { problem, schemaProblems, type Problem } from './problem';

export type PackValidation = { ok: true; pack: Pack } | { ok: false; problems: Problem[] };

export interface ValidationOptions {
  /** Also hold the case to the teaching thresholds (check-quality.ts); on by default. */
  quality?: boolean;
}

/** Checks that play every path: reachability under real moods and the expert path's total. */
export function checkPaths(
  scenario: Scenario,
  base: string,
  options: ValidationOptions = {},
): Problem[] {
  const nodeAt = (id: string) => `${base}.nodes[${scenario.nodes.findIndex((n) => n.id === id)}]`;
  // Counted before a single path is played: a million-path case is refused in milliseconds.
  const bound = countPaths(scenario, MAX_PATHS);
  if (bound.paths > MAX_PATHS) {
    const at = bound.overflowAt ?? scenario.start;
    return [
      problem(nodeAt(at), {
        en: `from node "${at}" on, replies allow more than ${MAX_PATHS.toLocaleString('en')} different calls (the limit for a case): split the case or let branches meet again sooner`,
        'zh-CN': `从节点“${at}”起，不同的回答组合超过 ${MAX_PATHS.toLocaleString('en')} 种（一个案例的上限）：请拆分案例，或让分支尽早汇合`,
      }),
    ];
  }
  const analysis = analysePaths(scenario);
  const problems: Problem[] = [];
  for (const id of analysis.unreachable) {
    problems.push(
      problem(nodeAt(id), {
        en: `node "${id}" is never reached by any sequence of replies`,
        'zh-CN': `无论怎么回答都走不到节点“${id}”`,
      }),
    );
  }
  for (const key of analysis.unsaidLines) {
    const [id, index] = key.split('/') as [string, string];
    problems.push(
      problem(`${nodeAt(id)}.lines[${index}]`, {
        en: `no path reaches "${id}" with the facts this line needs: it is never said`,
        'zh-CN': `没有哪条路径带着这句台词需要的事实走到“${id}”：这句话永远说不出口`,
      }),
    );
  }
  for (const id of analysis.deadEnds) {
    problems.push(
      problem(`${base}.nodes`, {
        en: `a call can get stuck at "${id}" without an ending`,
        'zh-CN': `通话可能卡在“${id}”，到不了结局`,
      }),
    );
  }
  if (analysis.recommended.total < analysis.best.total) {
    problems.push(
      problem(`${base}.nodes`, {
        en: `the recommended path totals ${analysis.recommended.total} but another path totals ${analysis.best.total}; the expert path must score best`,
        'zh-CN': `推荐路径共 ${analysis.recommended.total} 分，另一条路径却有 ${analysis.best.total} 分；专家路径必须得分最高`,
      }),
    );
  }
  return options.quality === false
    ? problems
    : [...problems, ...checkQuality(scenario, analysis, base)];
}

/** Every check, for one scenario object at `base` inside its file. */
export function validateScenarioValue(
  value: unknown,
  base = '$',
  options: ValidationOptions = {},
): Problem[] {
  const capped = checkCaps(value).map((p) => ({ ...p, path: base + p.path.slice(1) }));
  if (capped.length > 0) return capped;
  const parsed = scenarioSchema.safeParse(value);
  if (!parsed.success) {
    return schemaProblems(scenarioSchema, value, parsed.error).map((p) => ({
      ...p,
      path: base + p.path.slice(1),
    }));
  }
  const graph = checkGraph(parsed.data, base);
  return graph.length > 0 ? graph : checkPaths(parsed.data, base, options);
}

/** Validates a parsed pack (or a bare scenario, which authors often check on its own). */
export function validatePackValue(value: unknown, options: ValidationOptions = {}): PackValidation {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return {
      ok: false,
      problems: [
        problem('$', {
          en: 'expected a JSON object (a scenario pack)',
          'zh-CN': '这里应是一个 JSON 对象（案例包）',
        }),
      ],
    };
  }
  const dangerous = findDangerousKey(value);
  if (dangerous) {
    return {
      ok: false,
      problems: [dangerousKeyProblem(dangerous)],
    };
  }
  if (!('format' in value) && 'nodes' in value) {
    const problems = validateScenarioValue(value, '$', options);
    if (problems.length > 0) return { ok: false, problems };
    return {
      ok: true,
      pack: { format: PACK_FORMAT, formatVersion: 1, scenarios: [value as Scenario], media: {} },
    };
  }
  const capped = checkCaps(value);
  if (capped.length > 0) return { ok: false, problems: capped };
  const parsed = packSchema.safeParse(value);
  if (!parsed.success) {
    return { ok: false, problems: schemaProblems(packSchema, value, parsed.error) };
  }
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  parsed.data.scenarios.forEach((scenario, i) => {
    const base = `$.scenarios[${i}]`;
    const first = seen.get(scenario.id);
    if (first !== undefined) {
      problems.push(
        problem(`${base}.id`, {
          en: `duplicate scenario id "${scenario.id}" (first at $.scenarios[${first}])`,
          'zh-CN': `案例 id “${scenario.id}”重复（第一次出现在 $.scenarios[${first}]）`,
        }),
      );
    } else seen.set(scenario.id, i);
    const graph = checkGraph(scenario, base);
    problems.push(...(graph.length > 0 ? graph : checkPaths(scenario, base, options)));
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, pack: parsed.data };
}

const validateRead = (read: ReadJson, options: ValidationOptions): PackValidation =>
  read.ok ? validatePackValue(read.value, options) : { ok: false, problems: [read.problem] };

/** Validates the text of a pack file. */
export function validatePackText(text: string, options: ValidationOptions = {}): PackValidation {
  return validateRead(readJsonText(text), options);
}

/** Validates a pack file's bytes: decoded strictly, as every imported file is (input/). */
export function validatePackBytes(
  bytes: Uint8Array,
  options: ValidationOptions = {},
): PackValidation {
  return validateRead(readJsonBytes(bytes, MAX_PACK_BYTES), options);
}
