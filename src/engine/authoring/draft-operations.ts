import type { Behaviour } from '../behaviours';
import type {
  Choice,
  DecisionNode,
  EndingNode,
  MoodCondition,
  Next,
  Scenario,
  ScenarioNode,
} from '../scenario-schema';
import type { Locale, Outcome } from '../vocabulary';
import { emptyText } from './blank-case';
import { setIn, type FieldPath } from './field-path';
import { renameStageStart } from './stage-operations';

/**
 * Edits of a case being written. Each returns a new draft and leaves the old one untouched, so the
 * history can keep every step. Edits never refuse: what they make invalid, validation reports.
 */

/** Sets one language of the text at `path` (e.g. ['persona', 'name']). */
export function setText(draft: Scenario, path: FieldPath, locale: Locale, value: string): Scenario {
  return setIn(draft, [...path, locale], value);
}

/** Sets any other field: a number, a choice from a list, a flag. */
export function setField(draft: Scenario, path: FieldPath, value: unknown): Scenario {
  return setIn(draft, path, value);
}

/** `count` ids not yet used by any node or reply, built from `stem`. */
export function freshIds(draft: Scenario, stem: string, count: number): string[] {
  const used = new Set(
    draft.nodes.flatMap((n) => [
      n.id,
      ...(n.kind === 'decision' ? n.choices.map((c) => c.id) : []),
    ]),
  );
  const ids: string[] = [];
  for (let n = 1; ids.length < count; n += 1)
    if (!used.has(`${stem}-${n}`)) ids.push(`${stem}-${n}`);
  return ids;
}

export const freshId = (draft: Scenario, stem: string): string => freshIds(draft, stem, 1)[0]!;

function blankReply(id: string, next: string): Choice {
  return { id, text: emptyText(), behaviours: [], mood: {}, note: emptyText(), next };
}

const firstEnding = (draft: Scenario) => draft.nodes.find((n) => n.kind === 'ending')?.id ?? '';

/** Adds a decision point with two empty replies leading to the first ending. */
export function addDecision(draft: Scenario): { draft: Scenario; id: string } {
  const id = freshId(draft, 'node');
  const to = firstEnding(draft);
  const [first, second] = freshIds(draft, 'reply', 2) as [string, string];
  const node: DecisionNode = {
    id,
    kind: 'decision',
    lines: [{ text: emptyText() }],
    choices: [{ ...blankReply(first, to), recommended: true }, blankReply(second, to)],
  };
  return { draft: { ...draft, nodes: [...draft.nodes, node] }, id };
}

/** Adds an ending with the given outcome. */
export function addEnding(draft: Scenario, outcome: Outcome): { draft: Scenario; id: string } {
  const id = freshId(draft, 'ending');
  const node: EndingNode = {
    id,
    kind: 'ending',
    lines: [{ text: emptyText() }],
    outcome,
    summary: emptyText(),
  };
  return { draft: { ...draft, nodes: [...draft.nodes, node] }, id };
}

/** Removes a node; replies that led to it are left pointing nowhere for the author to redirect. */
export function removeNode(draft: Scenario, id: string): Scenario {
  return { ...draft, nodes: draft.nodes.filter((n) => n.id !== id) };
}

const renameIn = (next: Next, from: string, to: string): Next =>
  typeof next === 'string'
    ? next === from
      ? to
      : next
    : {
        branches: next.branches.map((b) => (b.to === from ? { ...b, to } : b)),
        otherwise: next.otherwise === from ? to : next.otherwise,
      };

/** Renames a node and every reference to it (the start, replies, branches, where a stage opens). */
export function renameNode(draft: Scenario, from: string, to: string): Scenario {
  return {
    ...draft,
    start: draft.start === from ? to : draft.start,
    ...(draft.stages ? { stages: renameStageStart(draft.stages, from, to) } : {}),
    nodes: draft.nodes.map((n): ScenarioNode => {
      const renamed = n.id === from ? { ...n, id: to } : n;
      return renamed.kind === 'decision'
        ? {
            ...renamed,
            choices: renamed.choices.map((c) => ({ ...c, next: renameIn(c.next, from, to) })),
          }
        : renamed;
    }),
  };
}

function updateNode(
  draft: Scenario,
  nodeId: string,
  update: (node: ScenarioNode) => ScenarioNode,
): Scenario {
  return { ...draft, nodes: draft.nodes.map((n) => (n.id === nodeId ? update(n) : n)) };
}

function updateDecision(
  draft: Scenario,
  nodeId: string,
  update: (node: DecisionNode) => DecisionNode,
): Scenario {
  return updateNode(draft, nodeId, (n) => (n.kind === 'decision' ? update(n) : n));
}

function updateReply(
  draft: Scenario,
  nodeId: string,
  reply: number,
  update: (choice: Choice) => Choice,
): Scenario {
  return updateDecision(draft, nodeId, (n) => ({
    ...n,
    choices: n.choices.map((c, i) => (i === reply ? update(c) : c)),
  }));
}

/** Adds a customer line to a node. */
export function addLine(draft: Scenario, nodeId: string): Scenario {
  return updateNode(draft, nodeId, (n) => ({ ...n, lines: [...n.lines, { text: emptyText() }] }));
}

export function removeLine(draft: Scenario, nodeId: string, line: number): Scenario {
  return updateNode(draft, nodeId, (n) => ({ ...n, lines: n.lines.filter((_, i) => i !== line) }));
}

/** Marks the one line of the case that reveals the real expectation; any other mark moves here. */
export function setKeyCue(draft: Scenario, nodeId: string, line: number): Scenario {
  return {
    ...draft,
    nodes: draft.nodes.map((n) => ({
      ...n,
      lines: n.lines.map((l, i) => {
        const { keyCue: _, ...rest } = l;
        return n.id === nodeId && i === line ? { ...rest, keyCue: true } : rest;
      }),
    })),
  };
}

/** Adds an empty reply leading to the first ending. */
export function addReply(draft: Scenario, nodeId: string): Scenario {
  const id = freshId(draft, 'reply');
  const to = firstEnding(draft);
  return updateDecision(draft, nodeId, (n) => ({
    ...n,
    choices: [...n.choices, blankReply(id, to)],
  }));
}

export function removeReply(draft: Scenario, nodeId: string, reply: number): Scenario {
  return updateDecision(draft, nodeId, (n) => ({
    ...n,
    choices: n.choices.filter((_, i) => i !== reply),
  }));
}

/** Makes one reply the expert's at its decision point, and no other. */
export function setRecommended(draft: Scenario, nodeId: string, reply: number): Scenario {
  return updateDecision(draft, nodeId, (n) => ({
    ...n,
    choices: n.choices.map((c, i) => {
      const { recommended: _, ...rest } = c;
      return i === reply ? { ...rest, recommended: true } : rest;
    }),
  }));
}

/** Adds or removes one behaviour tag, keeping the vocabulary's order. */
export function toggleBehaviour(
  draft: Scenario,
  nodeId: string,
  reply: number,
  behaviour: Behaviour,
): Scenario {
  return updateReply(draft, nodeId, reply, (c) => ({
    ...c,
    behaviours: c.behaviours.includes(behaviour)
      ? c.behaviours.filter((b) => b !== behaviour)
      : [...c.behaviours, behaviour],
  }));
}

/** Sets how a reply moves anger or trust; null removes the effect. */
export function setMoodEffect(
  draft: Scenario,
  nodeId: string,
  reply: number,
  dimension: 'anger' | 'trust',
  delta: number | null,
): Scenario {
  return updateReply(draft, nodeId, reply, (c) => {
    const { [dimension]: _, ...rest } = c.mood;
    return { ...c, mood: delta === null ? rest : { ...rest, [dimension]: delta } };
  });
}

/** Sends a reply to one node, whatever the mood (drops its branches). */
export function setNext(draft: Scenario, nodeId: string, reply: number, to: string): Scenario {
  return updateReply(draft, nodeId, reply, (c) => ({ ...c, next: to }));
}

/**
 * Adds a mood-dependent branch: when the condition holds the reply leads to `to`, otherwise
 * where it led before.
 */
export function addBranch(
  draft: Scenario,
  nodeId: string,
  reply: number,
  when: MoodCondition,
  to: string,
): Scenario {
  return updateReply(draft, nodeId, reply, (c) => ({
    ...c,
    next:
      typeof c.next === 'string'
        ? { branches: [{ when, to }], otherwise: c.next }
        : { ...c.next, branches: [...c.next.branches, { when, to }] },
  }));
}

/** Changes one branch's condition or target. */
export function updateBranch(
  draft: Scenario,
  nodeId: string,
  reply: number,
  branch: number,
  change: { when?: MoodCondition; to?: string },
): Scenario {
  return updateReply(draft, nodeId, reply, (c) =>
    typeof c.next === 'string'
      ? c
      : {
          ...c,
          next: {
            ...c.next,
            branches: c.next.branches.map((b, i) => (i === branch ? { ...b, ...change } : b)),
          },
        },
  );
}

/** Sets where a branching reply leads when no branch holds. */
export function setOtherwise(draft: Scenario, nodeId: string, reply: number, to: string): Scenario {
  return updateReply(draft, nodeId, reply, (c) =>
    typeof c.next === 'string' ? { ...c, next: to } : { ...c, next: { ...c.next, otherwise: to } },
  );
}

/** Removes a branch; the last one removed leaves a plain reply to the fallback. */
export function removeBranch(
  draft: Scenario,
  nodeId: string,
  reply: number,
  branch: number,
): Scenario {
  return updateReply(draft, nodeId, reply, (c) => {
    if (typeof c.next === 'string') return c;
    const branches = c.next.branches.filter((_, i) => i !== branch);
    return { ...c, next: branches.length > 0 ? { ...c.next, branches } : c.next.otherwise };
  });
}

/** Adds an empty learning objective. */
export function addObjective(draft: Scenario): Scenario {
  return { ...draft, objectives: [...draft.objectives, emptyText()] };
}

export function removeObjective(draft: Scenario, index: number): Scenario {
  return { ...draft, objectives: draft.objectives.filter((_, i) => i !== index) };
}
