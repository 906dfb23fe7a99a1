import { analysePaths } from '../engine/analyse-paths';
import { UnavailableChoiceError, type Turn } from '../engine/call-progress';
import { replayChoices } from '../engine/replay';
import { playSaid, type SaidLine } from './say';
import type { Scenario, Stage } from '../engine/scenario-schema';
import { POLICIES } from '../engine/policies';
import { DIMENSIONS } from '../engine/scoring/dimensions';
import { SEVERITY_BANDS } from '../engine/scoring/grade-turn';
import { SCORING_MODEL_VERSION } from '../engine/scoring/model-version';
import { CRITICAL_CAP, OUTCOME_CAPS } from '../engine/scoring/outcome-caps';
import { ALL_RULES } from '../engine/scoring/rules';
import { NO_CRITICAL_FLOOR } from '../engine/scoring/score-attempt';
import { promiseOutcomes, stageOf, stageOpeningAt, stagesPlayed } from '../engine/stages';
import { LOCALES, PACK_FORMAT, FORMAT_VERSION } from '../engine/vocabulary';
import { BUNDLED_SCENARIOS, findBundledScenario } from '../scenarios/bundled';
import { checkLibrary } from './catalog-source';
import { expandInputs, loadPackFile, resolveScenario } from './load-input';

/** What a command prints and how the process should exit. */
export interface CommandResult {
  code: number;
  out: string[];
}

const json = (value: unknown) => JSON.stringify(value, null, 2);

export function list(asJson: boolean): CommandResult {
  const rows = BUNDLED_SCENARIOS.map((s) => ({
    id: s.id,
    version: s.version,
    title: s.title,
    industry: s.industry,
    channel: s.channel,
    difficulty: s.difficulty,
    locales: [...LOCALES],
  }));
  if (asJson) return { code: 0, out: [json(rows)] };
  return {
    code: 0,
    out: rows.map(
      (r) =>
        `${r.id}\tv${r.version}\t${r.industry}\t${r.channel}\t难度 ${r.difficulty}\t${r.title['zh-CN']} / ${r.title.en}`,
    ),
  };
}

/**
 * `sim validate`: structural problems as `<file>: <json-path>: <message>` and exit 1; the teaching
 * checks as `advice: <file>: <json-path>: <message> (why: …)` lines that leave the exit code at 0,
 * unless `teaching` holds them as errors (the bundled library is always held so).
 */
export async function validate(
  inputs: readonly string[],
  { teaching = false }: { teaching?: boolean } = {},
): Promise<CommandResult> {
  const out: string[] = [];
  let failed = false;
  if (inputs.length === 0) {
    const library = await checkLibrary();
    return library.ok
      ? { code: 0, out: library.cases.map((c) => `bundled:${c.id}: ok`) }
      : { code: 1, out: library.lines };
  }
  for (const file of await expandInputs(inputs)) {
    const loaded = await loadPackFile(file, { teaching });
    if (loaded.ok) out.push(`${file}: ok (${loaded.pack.scenarios.length} scenario(s))`);
    else {
      failed = true;
      out.push(...loaded.problems.map((p) => `${file}: ${p.path}: ${p.message}`));
    }
    out.push(
      ...(loaded.advice ?? []).map(
        (a) => `advice: ${file}: ${a.path}: ${a.message} (why: ${a.why.en})`,
      ),
    );
  }
  return { code: failed ? 1 : 0, out };
}

export async function paths(
  ref: string,
  pick: string | undefined,
  asJson: boolean,
): Promise<CommandResult> {
  const resolved = await resolveScenario(ref, pick);
  if (!resolved.ok) return { code: 1, out: resolved.lines };
  const analysis = analysePaths(resolved.scenario);
  if (asJson) return { code: 0, out: [json(analysis)] };
  const reached = Object.entries(analysis.endings)
    .map(([id, ok]) => `${id}${ok ? '' : ' (unreachable)'}`)
    .join(', ');
  return {
    code: 0,
    out: [
      `${analysis.id}: ${analysis.pathCount} paths`,
      `endings: ${reached}`,
      `best ${analysis.best.total} (${analysis.best.outcome}), worst ${analysis.worst.total} (${analysis.worst.outcome}), recommended ${analysis.recommended.total} (${analysis.recommended.outcome})`,
      `unreachable: ${analysis.unreachable.join(', ') || 'none'}; dead ends: ${analysis.deadEnds.join(', ') || 'none'}`,
      `transitions exercised: ${analysis.transitions.exercised}/${analysis.transitions.total}`,
      ...(analysis.unsaidLines.length
        ? [`lines no path says: ${analysis.unsaidLines.join(', ')}`]
        : []),
    ],
  };
}

export async function play(
  ref: string,
  pick: string | undefined,
  choices: readonly (string | SaidLine)[],
  asJson: boolean,
): Promise<CommandResult> {
  const resolved = await resolveScenario(ref, pick);
  if (!resolved.ok) return { code: 1, out: resolved.lines };
  const { scenario } = resolved;
  let replay;
  try {
    replay = choices.every((c) => typeof c === 'string')
      ? replayChoices(scenario, choices)
      : playSaid(scenario, choices);
  } catch (error) {
    if (error instanceof UnavailableChoiceError)
      return { code: 1, out: [`${scenario.id}: ${error.message}`] };
    throw error;
  }
  const result = {
    id: scenario.id,
    version: scenario.version,
    complete: replay.complete,
    outcome: replay.outcome,
    turns: replay.turns.map((t) => ({
      node: t.node,
      choice: t.choice,
      grade: t.grade.grade,
      mood: t.mood,
      feedback: t.grade.feedback,
      rules: t.grade.rules,
      credits: t.grade.credits,
      reactions: t.reactions,
      ...(t.typed
        ? {
            typed: {
              text: t.typed.text,
              lang: t.typed.lang,
              behaviours: t.typed.behaviours,
              matchChosenBy: t.typed.matchChosenBy,
            },
          }
        : {}),
    })),
    score: { total: replay.score.total, dimensions: replay.score.dimensions },
    criticalErrors: replay.score.criticalErrors,
    ...(scenario.stages ? stagesOfPlay(scenario, replay.turns) : {}),
  };
  if (asJson) return { code: 0, out: [json(result)] };
  return {
    code: 0,
    out: [
      ...result.turns.flatMap((t, i) => [
        ...(scenario.stages && (i === 0 || stageOpeningAt(scenario, t.node))
          ? [stageHeading(stageOf(scenario, t.node)!)]
          : []),
        `${i + 1}. ${t.choice} → ${t.grade} (anger ${t.mood.anger}, trust ${t.mood.trust})`,
      ]),
      ...(result.promises ?? []).map((p) => `promise ${p.fact} (${p.stage}): ${p.status}`),
      `${result.complete ? result.outcome : 'in progress'}: total ${result.score.total}`,
    ],
  };
}

/** A case spanning several contacts: each turn's stage and what became of each promise. */
const stagesOfPlay = (scenario: Scenario, turns: readonly Turn[]) => ({
  stages: stagesPlayed(scenario, turns).map((s) => ({
    id: s.stage.id,
    reached: s.reached,
    turns: s.turns.length,
  })),
  promises: promiseOutcomes(scenario, turns).map((p) => ({
    fact: p.promise.fact,
    stage: p.stage.id,
    status: p.status,
  })),
});

const stageHeading = (stage: Stage) =>
  `— ${stage.id}: ${stage.title.en}${stage.elapsed ? ` (${stage.elapsed.en})` : ''} —`;

export function exportPack(id: string): CommandResult {
  const scenario = findBundledScenario(id);
  if (!scenario) {
    return {
      code: 1,
      out: [`unknown scenario "${id}"; bundled: ${BUNDLED_SCENARIOS.map((s) => s.id).join(', ')}`],
    };
  }
  return {
    code: 0,
    out: [
      json({
        format: PACK_FORMAT,
        formatVersion: FORMAT_VERSION,
        scenarios: [scenario],
        media: {},
      }),
    ],
  };
}

export function rubric(asJson: boolean): CommandResult {
  const result = {
    dimensions: DIMENSIONS.map(({ id, weight, name, description }) => ({
      id,
      weight,
      name,
      description,
    })),
    rules: ALL_RULES.map((rule) => ({
      id: rule.id,
      kind: rule.kind,
      // A major fault of omission grades in its own band, above a harmful one.
      ...(rule.kind !== 'credit' && rule.omission ? { omission: true } : {}),
      dimension: rule.dimension,
      weight: rule.weight,
      description: rule.description,
      handbook: rule.handbook,
    })),
    scoringModel: SCORING_MODEL_VERSION,
    severityBands: SEVERITY_BANDS,
    outcomeCaps: OUTCOME_CAPS,
    criticalCap: CRITICAL_CAP,
    noCriticalFloor: NO_CRITICAL_FLOOR,
    policies: POLICIES,
  };
  if (asJson) return { code: 0, out: [json(result)] };
  return {
    code: 0,
    out: [
      ...result.dimensions.map((d) => `${d.id}\t${d.weight}\t${d.name['zh-CN']} / ${d.name.en}`),
      '',
      ...result.rules.map(
        (r) => `${r.kind}\t${r.id}\t${r.dimension}\t${r.weight}\t${r.description['zh-CN']}`,
      ),
      '',
      `scoring model\tv${SCORING_MODEL_VERSION}`,
      ...Object.entries(SEVERITY_BANDS).map(
        ([severity, [low, high]]) => `band\t${severity}\t${low}–${high}`,
      ),
      `call floor\t${NO_CRITICAL_FLOOR} without a critical mistake`,
      `timed calls\tfrom difficulty ${POLICIES.timedFromDifficulty}`,
      `reply time\t${POLICIES.defaultReplySeconds} s unless the case sets its own; ${POLICIES.typingSeconds} s more for a typed reply`,
      `certification\t${POLICIES.certification.description.en}`,
    ],
  };
}

export async function quiz(asJson: boolean): Promise<CommandResult> {
  const { QUIZ_BANK } = await import('../quiz/bank');
  if (asJson) return { code: 0, out: [json(QUIZ_BANK)] };
  return { code: 0, out: QUIZ_BANK.map((q) => `${q.type}\t${q.id}\t${q.prompt['zh-CN']}`) };
}
