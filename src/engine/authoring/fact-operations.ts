import type { Choice, CustomerLine, Next, Scenario, ScenarioNode } from '../scenario-schema';
import { FORMAT_VERSION } from '../vocabulary';
import { emptyText } from './blank-case';
import { renameStageFact, stagesWithoutFact } from './stage-operations';

/**
 * Edits of a draft's facts: naming them, a reply setting or clearing one, a line said only when
 * (or unless) one holds. Like every draft edit they return a new draft and never refuse.
 */

/** Where a case uses one fact, so the author sees what a rename or a removal will touch. */
export interface FactUse {
  id: string;
  /** Its index in the case's `facts`, or null when it is used but not yet named there. */
  declared: number | null;
  setBy: string[];
  clearedBy: string[];
  /** Lines said only once it is set (`when`) or only while it is not (`unless`). */
  lines: number;
  branches: number;
  /**
   * Set by the engine, not by a reply: what became of a promise a stage checks (`<fact>-kept`,
   * `<fact>-broken`), so it needs no description of its own.
   */
  promise?: { fact: string; outcome: 'kept' | 'broken' };
}

/** The promise a fact is the outcome of, when a stage of the draft checks one by that name. */
export function promiseOutcomeOf(
  draft: Pick<Scenario, 'stages'>,
  id: string,
): { fact: string; outcome: 'kept' | 'broken' } | undefined {
  for (const stage of draft.stages ?? [])
    for (const promise of stage.checks ?? [])
      for (const outcome of ['kept', 'broken'] as const)
        if (id === `${promise.fact}-${outcome}`) return { fact: promise.fact, outcome };
  return undefined;
}

/** Every fact of the case: the named ones in order, then those only used, in order of first use. */
export function factsOf(draft: Scenario): FactUse[] {
  const uses = new Map<string, FactUse>();
  const use = (id: string) => {
    const known = uses.get(id);
    if (known) return known;
    const fresh: FactUse = { id, declared: null, setBy: [], clearedBy: [], lines: 0, branches: 0 };
    uses.set(id, fresh);
    return fresh;
  };
  (draft.facts ?? []).forEach((fact, i) => {
    use(fact.id).declared ??= i;
  });
  for (const node of draft.nodes) {
    for (const line of node.lines) {
      for (const id of conditionFacts(line)) use(id).lines += 1;
    }
    if (node.kind !== 'decision') continue;
    for (const choice of node.choices) {
      for (const id of choice.sets ?? []) use(id).setBy.push(choice.id);
      for (const id of choice.clears ?? []) use(id).clearedBy.push(choice.id);
      if (typeof choice.next === 'string') continue;
      for (const branch of choice.next.branches)
        if (branch.when.fact) use(branch.when.fact).branches += 1;
    }
  }
  return [...uses.values()].map((use) => {
    const promise = use.declared === null ? promiseOutcomeOf(draft, use.id) : undefined;
    return promise ? { ...use, promise } : use;
  });
}

const conditionFacts = (line: CustomerLine) =>
  [line.when?.fact, line.unless?.fact].filter((f): f is string => f !== undefined);

/** Facts need format 2: any fact edit lifts an older draft to the current format. */
export function withFactFormat(draft: Scenario): Scenario {
  return draft.formatVersion >= 2 ? draft : { ...draft, formatVersion: FORMAT_VERSION };
}

/**
 * Names a fact with an empty description to write: `id` when one is used but not yet named, or a
 * fresh `fact-N`.
 */
export function declareFact(draft: Scenario, id?: string): { draft: Scenario; id: string } {
  const taken = new Set(factsOf(draft).map((f) => f.id));
  let name = id;
  for (let n = 1; name === undefined; n += 1) if (!taken.has(`fact-${n}`)) name = `fact-${n}`;
  const facts = [...(draft.facts ?? []), { id: name, description: emptyText() }];
  return { draft: withFactFormat({ ...draft, facts }), id: name };
}

const renameIn = (ids: readonly string[] | undefined, from: string, to: string) =>
  ids?.map((id) => (id === from ? to : id));

const renameNext = (next: Next, from: string, to: string): Next =>
  typeof next === 'string'
    ? next
    : {
        ...next,
        branches: next.branches.map((b) =>
          b.when.fact === from ? { ...b, when: { ...b.when, fact: to } } : b,
        ),
      };

/**
 * Renames a fact and every use of it: replies, lines, branches, the promises stages check. A
 * promise's outcomes (`<fact>-kept`, `<fact>-broken`) follow it, wherever the case tests them.
 */
export function renameFact(draft: Scenario, from: string, to: string): Scenario {
  const renamed = renameOneFact(draft, from, to);
  const promised = (draft.stages ?? []).some((s) => s.checks?.some((p) => p.fact === from));
  if (!promised) return renamed;
  return ['kept', 'broken'].reduce(
    (d, outcome) => renameOneFact(d, `${from}-${outcome}`, `${to}-${outcome}`),
    renamed,
  );
}

function renameOneFact(draft: Scenario, from: string, to: string): Scenario {
  const line = (l: CustomerLine): CustomerLine => ({
    ...l,
    ...(l.when?.fact === from ? { when: { fact: to } } : {}),
    ...(l.unless?.fact === from ? { unless: { fact: to } } : {}),
  });
  const choice = (c: Choice): Choice => {
    const sets = renameIn(c.sets, from, to);
    const clears = renameIn(c.clears, from, to);
    return {
      ...c,
      ...(sets ? { sets } : {}),
      ...(clears ? { clears } : {}),
      next: renameNext(c.next, from, to),
    };
  };
  return {
    ...draft,
    ...(draft.facts
      ? { facts: draft.facts.map((f) => (f.id === from ? { ...f, id: to } : f)) }
      : {}),
    ...(draft.stages ? { stages: renameStageFact(draft.stages, from, to) } : {}),
    nodes: draft.nodes.map((n): ScenarioNode =>
      n.kind === 'decision'
        ? { ...n, lines: n.lines.map(line), choices: n.choices.map(choice) }
        : { ...n, lines: n.lines.map(line) },
    ),
  };
}

/** A list of fact ids without `id`, or nothing when it empties (the format wants none, not []). */
const without = (ids: readonly string[] | undefined, id: string) => {
  const kept = ids?.filter((f) => f !== id);
  return kept && kept.length > 0 ? kept : undefined;
};

function withoutFact(choice: Choice, id: string): Choice {
  const { sets: _s, clears: _c, ...rest } = choice;
  const sets = without(choice.sets, id);
  const clears = without(choice.clears, id);
  return { ...rest, ...(sets ? { sets } : {}), ...(clears ? { clears } : {}) };
}

/**
 * Removes a fact, its description and every use: replies stop setting or clearing it, lines
 * conditional on it are always said, branches that needed only it are dropped, and no stage
 * checks it as a promise any more.
 */
export function removeFact(draft: Scenario, id: string): Scenario {
  const line = (l: CustomerLine): CustomerLine => {
    const { when, unless, ...rest } = l;
    return {
      ...rest,
      ...(when && when.fact !== id ? { when } : {}),
      ...(unless && unless.fact !== id ? { unless } : {}),
    };
  };
  const next = (n: Next): Next => {
    if (typeof n === 'string') return n;
    const branches = n.branches.flatMap((b) => {
      if (b.when.fact !== id) return [b];
      const { fact: _, ...mood } = b.when;
      return Object.keys(mood).length > 0 ? [{ ...b, when: mood }] : [];
    });
    return branches.length > 0 ? { ...n, branches } : n.otherwise;
  };
  const facts = draft.facts?.filter((f) => f.id !== id);
  const { facts: _, ...rest } = draft;
  return {
    ...rest,
    ...(facts && facts.length > 0 ? { facts } : {}),
    ...(draft.stages ? { stages: stagesWithoutFact(draft.stages, id) } : {}),
    nodes: draft.nodes.map((n): ScenarioNode =>
      n.kind === 'decision'
        ? {
            ...n,
            lines: n.lines.map(line),
            choices: n.choices.map((c) => ({ ...withoutFact(c, id), next: next(c.next) })),
          }
        : { ...n, lines: n.lines.map(line) },
    ),
  };
}

/** What a reply does to a fact. */
export type FactEffect = 'none' | 'sets' | 'clears';

export const effectOn = (choice: Choice, fact: string): FactEffect =>
  choice.sets?.includes(fact) ? 'sets' : choice.clears?.includes(fact) ? 'clears' : 'none';

/** Makes a reply set, clear or leave alone one fact (never both set and clear it). */
export function setReplyFact(
  draft: Scenario,
  nodeId: string,
  reply: number,
  fact: string,
  effect: FactEffect,
): Scenario {
  const lifted = effect === 'none' ? draft : withFactFormat(draft);
  return {
    ...lifted,
    nodes: lifted.nodes.map((n) =>
      n.id !== nodeId || n.kind !== 'decision'
        ? n
        : {
            ...n,
            choices: n.choices.map((c, i) => {
              if (i !== reply) return c;
              const cleared = withoutFact(c, fact);
              return effect === 'none'
                ? cleared
                : { ...cleared, [effect]: [...(cleared[effect] ?? []), fact] };
            }),
          },
    ),
  };
}

/** When a line is said: always, only once a fact is set, or only while it is not. */
export type LineCondition =
  { kind: 'always' } | { kind: 'when'; fact: string } | { kind: 'unless'; fact: string };

/** The line's condition as the editor offers it, or null for one it cannot (a when and an unless). */
export function lineConditionOf(line: CustomerLine): LineCondition | null {
  if (line.when && line.unless) return null;
  if (line.when) return { kind: 'when', fact: line.when.fact };
  if (line.unless) return { kind: 'unless', fact: line.unless.fact };
  return { kind: 'always' };
}

export function setLineCondition(
  draft: Scenario,
  nodeId: string,
  line: number,
  condition: LineCondition,
): Scenario {
  const lifted = condition.kind === 'always' ? draft : withFactFormat(draft);
  return {
    ...lifted,
    nodes: lifted.nodes.map((n) =>
      n.id !== nodeId
        ? n
        : {
            ...n,
            lines: n.lines.map((l, i) => {
              if (i !== line) return l;
              const { when: _w, unless: _u, ...rest } = l;
              return condition.kind === 'always'
                ? rest
                : { ...rest, [condition.kind]: { fact: condition.fact } };
            }),
          },
    ),
  };
}
