import { analysePaths, MAX_PATHS } from '../analyse-paths';
import { readJsonBytes, readJsonText, type ReadJson } from '../input/read-json';
import { packSchema, scenarioSchema, type Pack, type Scenario } from '../scenario-schema';
import { FORMAT_VERSIONS, PACK_FORMAT } from '../vocabulary';
import { checkCaps } from './check-caps';
import { checkGraph } from './check-graph';
import { checkStages } from './check-stages';
import { countPaths } from './count-paths';
import { dangerousKeyProblem, findDangerousKey } from './dangerous-keys';
import { firstSeen } from './first-seen';
import { MAX_PACK_BYTES } from './limits';
import { problem, schemaProblems, type Advice, type Problem } from './problem';
import { adviseTeaching } from './teaching-advice';
import { checkTextCaps } from './text-length';

/**
 * The two gates. `problems` make a case unsound (it cannot be played as written, or breaks the
 * screen): they refuse an import and block publishing. `advice` is what the teaching checks
 * suggest: shown, never blocking.
 */
export type PackValidation =
  | { ok: true; pack: Pack; advice: Advice[] }
  | { ok: false; problems: Problem[]; advice?: Advice[] };

/** What one scenario's checks found, by gate. */
export interface ScenarioCheck {
  problems: Problem[];
  advice: Advice[];
}

export interface ValidationOptions {
  /**
   * Hold the case to the teaching checks as errors, as the bundled library is (`sim validate
   * --teaching`); off by default, when they come back as advice.
   */
  teaching?: boolean;
}

/** The teaching gate folded into the structural one when the options ask for it. */
const gated = (check: ScenarioCheck, options: ValidationOptions): ScenarioCheck =>
  options.teaching ? { problems: [...check.problems, ...check.advice], advice: [] } : check;

/**
 * Checks that play every path: reachability under real moods, lines never said, dead ends, the
 * reply caps; and, as advice, the teaching checks.
 */
export function checkPaths(scenario: Scenario, base: string): ScenarioCheck {
  const nodeAt = (id: string) => `${base}.nodes[${scenario.nodes.findIndex((n) => n.id === id)}]`;
  // Counted before a single path is played: a million-path case is refused in milliseconds.
  const bound = countPaths(scenario, MAX_PATHS);
  if (bound.paths > MAX_PATHS) {
    const at = bound.overflowAt ?? scenario.start;
    return {
      problems: [
        problem(nodeAt(at), {
          en: `from node "${at}" on, replies allow more than ${MAX_PATHS.toLocaleString('en')} different calls (the limit for a case): split the case or let branches meet again sooner`,
          'zh-CN': `从节点“${at}”起，不同的回答组合超过 ${MAX_PATHS.toLocaleString('en')} 种（一个案例的上限）：请拆分案例，或让分支尽早汇合`,
        }),
      ],
      advice: [],
    };
  }
  const analysis = analysePaths(scenario);
  const problems: Problem[] = [...checkTextCaps(scenario, base)];
  for (const id of analysis.unreachable) {
    problems.push(
      problem(
        nodeAt(id),
        {
          en: `node "${id}" is never reached by any sequence of replies`,
          'zh-CN': `无论怎么回答都走不到节点“${id}”`,
        },
        {
          en: 'check the mood or fact conditions of the branches leading to it, or remove it',
          'zh-CN': '检查通向它的分支的情绪或事实条件，或者删掉这个节点',
        },
      ),
    );
  }
  for (const key of analysis.unsaidLines) {
    const [id, index] = key.split('/') as [string, string];
    problems.push(
      problem(
        `${nodeAt(id)}.lines[${index}]`,
        {
          en: `no path reaches "${id}" with the facts this line needs: it is never said`,
          'zh-CN': `没有哪条路径带着这句台词需要的事实走到“${id}”：这句话永远说不出口`,
        },
        {
          en: 'change when the line is said, or remove it',
          'zh-CN': '修改这句话“什么时候说”，或者删掉它',
        },
      ),
    );
  }
  for (const id of analysis.deadEnds) {
    problems.push(
      problem(
        nodeAt(id),
        {
          en: `a call can get stuck at "${id}" without an ending`,
          'zh-CN': `通话可能卡在“${id}”，到不了结局`,
        },
        {
          en: 'let every branch from here lead on to an ending',
          'zh-CN': '让从这里出发的每个分支最终都能走到结局',
        },
      ),
    );
  }
  return { problems, advice: adviseTeaching(scenario, analysis, base) };
}

/** Every check of one scenario object at `base` inside its file, by gate. */
export function checkScenarioValue(
  value: unknown,
  base = '$',
  options: ValidationOptions = {},
): ScenarioCheck {
  const rebased = (problems: Problem[]) =>
    problems.map((p) => ({ ...p, path: base + p.path.slice(1) }));
  const capped = checkCaps(value);
  if (capped.length > 0) return { problems: rebased(capped), advice: [] };
  const parsed = scenarioSchema.safeParse(value);
  if (!parsed.success) {
    return { problems: rebased(schemaProblems(scenarioSchema, value, parsed.error)), advice: [] };
  }
  return checkSoundScenario(parsed.data, base, options);
}

/** A scenario that passed the schema: its graph, then every path. */
function checkSoundScenario(
  scenario: Scenario,
  base: string,
  options: ValidationOptions,
): ScenarioCheck {
  const graph = [...checkGraph(scenario, base), ...checkStages(scenario, base)];
  if (graph.length > 0) return { problems: graph, advice: [] };
  return gated(checkPaths(scenario, base), options);
}

/**
 * Every check for one scenario object: the structural problems, with the teaching checks among
 * them only when `options.teaching` asks for them.
 */
export function validateScenarioValue(
  value: unknown,
  base = '$',
  options: ValidationOptions = {},
): Problem[] {
  return checkScenarioValue(value, base, options).problems;
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
    const { problems, advice } = checkScenarioValue(value, '$', options);
    if (problems.length > 0) return { ok: false, problems, advice };
    return {
      ok: true,
      pack: { format: PACK_FORMAT, formatVersion: 1, scenarios: [value as Scenario], media: {} },
      advice,
    };
  }
  const front = frontDoorProblem(value);
  if (front) return { ok: false, problems: [front] };
  const capped = checkCaps(value);
  if (capped.length > 0) return { ok: false, problems: capped };
  const parsed = packSchema.safeParse(value);
  if (!parsed.success) {
    return { ok: false, problems: schemaProblems(packSchema, value, parsed.error) };
  }
  const problems: Problem[] = [];
  const advice: Advice[] = [];
  const idSeen = firstSeen();
  parsed.data.scenarios.forEach((scenario, i) => {
    const base = `$.scenarios[${i}]`;
    const first = idSeen(scenario.id, i);
    if (first !== undefined) {
      problems.push(
        problem(`${base}.id`, {
          en: `duplicate scenario id "${scenario.id}" (first at $.scenarios[${first}])`,
          'zh-CN': `案例 id “${scenario.id}”重复（第一次出现在 $.scenarios[${first}]）`,
        }),
      );
    }
    const check = checkSoundScenario(scenario, base, options);
    problems.push(...check.problems);
    advice.push(...check.advice);
  });
  return problems.length > 0
    ? { ok: false, problems, advice }
    : { ok: true, pack: parsed.data, advice };
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

const NEWEST_FORMAT = Math.max(...FORMAT_VERSIONS);

/**
 * What a file that is not a pack this app can read is, said once instead of every field the
 * schema would miss: another kind of file (no pack format at all), or a pack made by a newer
 * version of the app, whose trainer needs to update the app, not to edit the file.
 */
function frontDoorProblem(value: object): Problem | null {
  const { format, formatVersion } = value as { format?: unknown; formatVersion?: unknown };
  if (format !== PACK_FORMAT) {
    return problem(
      '$.format',
      {
        'zh-CN': `这不是案例包：案例包的 format 是“${PACK_FORMAT}”`,
        en: `this is not a case pack: a case pack's format is "${PACK_FORMAT}"`,
      },
      {
        'zh-CN': '选择从本应用导出的案例包（.pack.json），或按 docs/authoring.md 写一个',
        en: 'choose a case pack exported from this app (.pack.json), or write one as docs/authoring.md shows',
      },
    );
  }
  if (typeof formatVersion === 'number' && formatVersion > NEWEST_FORMAT) {
    return problem(
      '$.formatVersion',
      {
        'zh-CN': `这个案例包由较新版本的应用生成（格式第 ${formatVersion} 版；本应用只认到第 ${NEWEST_FORMAT} 版）`,
        en: `this pack was made by a newer version of the app (format version ${formatVersion}; this app knows up to ${NEWEST_FORMAT})`,
      },
      {
        'zh-CN': '先更新这台机器上的应用（刷新页面，或按提示更新），再导入；文件本身不用改',
        en: 'update the app on this machine first (reload the page, or follow the update prompt), then import it again; the file itself needs no change',
      },
    );
  }
  return null;
}
