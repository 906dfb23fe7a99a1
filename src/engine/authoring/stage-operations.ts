import type { Scenario, Stage, StagePromise } from '../scenario-schema';
import { stageIndexOf } from '../stages';
import { FORMAT_VERSION } from '../vocabulary';
import { emptyText } from './blank-case';

/**
 * Edits of a case's stages (the contacts it spans) and of the promises each later stage checks.
 * Like every draft edit they return a new draft and never refuse: a stage that opens nowhere or a
 * promise nobody makes is reported by the library's own stage checks.
 */

/** A case spans at most this many contacts (the format's limit). */
export const MAX_STAGES = 6;

const stageIds = (draft: Scenario) => new Set((draft.stages ?? []).map((s) => s.id));

function freshStageId(taken: Set<string>): string {
  for (let n = 1; ; n += 1) if (!taken.has(`stage-${n}`)) return `stage-${n}`;
}

/** Decision points no stage opens at yet, in the order of the case, the start excepted. */
function unopenedDecisions(draft: Scenario, stages: readonly Stage[]): string[] {
  const opened = new Set(stages.map((s) => s.startNode));
  return draft.nodes
    .filter((n) => n.kind === 'decision' && n.id !== draft.start && !opened.has(n.id))
    .map((n) => n.id);
}

function laterStage(draft: Scenario, stages: readonly Stage[]): Stage {
  const taken = new Set([...stageIds(draft), ...stages.map((s) => s.id)]);
  return {
    id: freshStageId(taken),
    title: emptyText(),
    channel: draft.channel,
    startNode: unopenedDecisions(draft, stages)[0] ?? '',
    elapsed: emptyText(),
  };
}

/**
 * Adds a contact. A case without stages becomes two: the call so far (opening at the case's start)
 * and a later contact, since a case has either no stages or at least two. The new stage opens at
 * the first decision point no stage opens at yet, for the author to change.
 */
export function addStage(draft: Scenario): Scenario {
  const existing = draft.stages ?? [];
  if (existing.length >= MAX_STAGES) return draft;
  const first: Stage[] =
    existing.length > 0
      ? existing
      : [{ id: 'stage-1', title: emptyText(), channel: draft.channel, startNode: draft.start }];
  // Stages need format 2 (their promises are facts).
  const formatVersion = draft.formatVersion >= 2 ? draft.formatVersion : FORMAT_VERSION;
  return { ...draft, formatVersion, stages: [...first, laterStage(draft, first)] };
}

/** Removes a contact; with one left the case is a single call again, and loses the list. */
export function removeStage(draft: Scenario, index: number): Scenario {
  const kept = (draft.stages ?? []).filter((_, k) => k !== index);
  const { stages: _stages, ...rest } = draft;
  return kept.length >= 2 ? { ...rest, stages: kept } : rest;
}

/** The facts a reply sets before the stage at `index` opens: the promises it can check. */
export function factsMadeBefore(draft: Scenario, index: number): string[] {
  const made = draft.nodes.flatMap((n) =>
    n.kind === 'decision' && stageIndexOf(draft, n.id) < index
      ? n.choices.flatMap((c) => c.sets ?? [])
      : [],
  );
  return [...new Set(made)];
}

function updateStage(draft: Scenario, index: number, update: (stage: Stage) => Stage): Scenario {
  if (!draft.stages?.[index]) return draft;
  return { ...draft, stages: draft.stages.map((s, k) => (k === index ? update(s) : s)) };
}

/** Adds a promise for the stage to check: a fact made before it and not checked yet, if any. */
export function addPromise(draft: Scenario, index: number): Scenario {
  const checked = new Set((draft.stages ?? []).flatMap((s) => s.checks ?? []).map((p) => p.fact));
  const fact = factsMadeBefore(draft, index).find((f) => !checked.has(f)) ?? '';
  return updateStage(draft, index, (stage) => ({
    ...stage,
    checks: [...(stage.checks ?? []), { fact, text: emptyText() }],
  }));
}

/** Removes one promise; a stage that checks none leaves the list out. */
export function removePromise(draft: Scenario, index: number, promise: number): Scenario {
  return updateStage(draft, index, (stage) => {
    const { checks, ...rest } = stage;
    const kept = (checks ?? []).filter((_, p) => p !== promise);
    return kept.length > 0 ? { ...rest, checks: kept } : rest;
  });
}

/** When a promise counts as kept: once `fact` also holds, or (undefined) whenever it was made. */
export function setKeptWhen(
  draft: Scenario,
  index: number,
  promise: number,
  fact: string | undefined,
): Scenario {
  return updateStage(draft, index, (stage) => ({
    ...stage,
    checks: (stage.checks ?? []).map((p, k): StagePromise => {
      if (k !== promise) return p;
      const { keptWhen: _previous, ...rest } = p;
      return fact ? { ...rest, keptWhen: fact } : rest;
    }),
  }));
}

/** The stages with a node renamed where they open. */
export function renameStageStart(stages: readonly Stage[], from: string, to: string): Stage[] {
  return stages.map((s) => (s.startNode === from ? { ...s, startNode: to } : s));
}

/** The stages with a fact renamed in the promises they check. */
export function renameStageFact(stages: readonly Stage[], from: string, to: string): Stage[] {
  return stages.map((s) =>
    s.checks
      ? {
          ...s,
          checks: s.checks.map((p) => ({
            ...p,
            fact: p.fact === from ? to : p.fact,
            ...(p.keptWhen === from ? { keptWhen: to } : {}),
          })),
        }
      : s,
  );
}

/**
 * The stages without a removed fact: a promise that was that fact goes, and one kept when it held
 * is kept whenever made.
 */
export function stagesWithoutFact(stages: readonly Stage[], id: string): Stage[] {
  return stages.map((s) => {
    if (!s.checks) return s;
    const { checks, ...rest } = s;
    const kept = checks
      .filter((p) => p.fact !== id)
      .map((p): StagePromise => {
        if (p.keptWhen !== id) return p;
        const { keptWhen: _gone, ...promise } = p;
        return promise;
      });
    return kept.length > 0 ? { ...rest, checks: kept } : rest;
  });
}
